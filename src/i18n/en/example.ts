import type { Messages } from '../sv';

/** English strings of the example ("Visa exempel"): its view and the banner shown while it is on. */
export const example: Messages['example'] = {
  title: 'Show an example',
  lead: 'See what eBlomlådan looks like with answers before the municipality has its own: Exempelkommun is an invented municipality with three yearly rounds.',
  contentsTitle: 'What it contains',
  rounds:
    'Three rounds: 2023 on the older questionnaire (version 2014), 2024 and 2025 on version 2016. The 2025 round is still in progress.',
  answers: 'Answers with comments, and who answered each part.',
  plan: 'An action plan from 2024, followed up in 2025.',
  peers: 'Published rounds of four invented municipalities to compare with.',
  apartTitle: 'Your own data is not affected',
  apart:
    'The example lives in a database of its own in the browser. While it is shown your own rounds are hidden, and when you remove the example they are back exactly as they were. In the example you can answer and change freely, but not save or open files, so the example never ends up in a backup or a file.',
  show: 'Show the example',
  creating: 'Creating the example …',
  failed: 'The example could not be created: {{reason}}',
  noQuestionnaires:
    'The example needs the bundled questionnaires eBlomlådan 2014 and 2016, but they could not be read.',
  shown: 'The example is shown now. Everything you see is invented.',
  remove: 'Remove the example',
  removing: 'Removing the example …',
  removeFailed: 'The example could not be removed. Close other tabs with eBlomlådan and try again.',
  bannerLabel: 'Example',
  banner:
    'Example: you are looking at invented data for Exempelkommun. Your own data is untouched and comes back when the example is removed.',
  link: 'Show an example',
};
