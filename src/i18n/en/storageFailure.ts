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
  unsaved: {
    title: 'Not saved.',
    keep: 'The text is only here on the screen. Copy it and keep it somewhere else, for example in a document.',
    label: '{{what}}, not saved',
    copy: 'Copy the text',
    copied: 'The text is copied.',
    selected: 'The text is selected. Press Ctrl+C (⌘C on a Mac) to copy it.',
  },
};
