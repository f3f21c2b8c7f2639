import type { Messages } from '../sv';

/** English strings shown where a view cannot read the browser's storage. */
export const storageFailure: Messages['storageFailure'] = {
  title: 'The data cannot be shown',
  lead: 'This page shows what is stored in the browser, but eBlomlådan cannot read it right now.',
  part: 'This cannot be shown right now.',
  stillWorks: 'You can still use:',
  questionnaires: 'Reading the questionnaires',
  help: "Help: the year's work step by step",
  about: 'About eBlomlådan',
};
