import type { Messages } from '../sv';

/** English strings of the settings feature. */
export const settings: Messages['settings'] = {
  title: 'Settings',
  lead: 'The settings apply to this browser only.',
  organisation: {
    title: 'Municipality',
    none: 'No municipality chosen',
    noneLead: 'Choose the municipality you work for before you start a round.',
    name: 'Municipality',
    code: 'Municipality code',
    county: 'County',
    group: 'Municipality group (SKR)',
    groupValue: '{{code}} – {{name}}',
    unknown: 'The municipality code {{code}} is not in the register. Choose the municipality again.',
    change: 'Change municipality',
    choose: 'Choose municipality',
  },
  language: {
    title: 'Language',
    legend: 'Language of the interface',
    sv: 'Svenska',
    en: 'English',
    hint: 'Questionnaire texts are shown in Swedish where there is no English translation.',
  },
  storage: {
    title: 'Storage',
    lead: "Everything you enter is stored in this browser's storage and nowhere else.",
    checking: 'Checking …',
    persisted: 'The browser has promised not to clear the data.',
    notPersisted:
      'The browser has not promised to keep the data. If storage space runs out, it may clear it without asking. Save backups regularly.',
    unsupported: 'The browser cannot tell whether it keeps the data. Save backups regularly.',
    usage: 'Used: {{used}} of {{quota}}',
    ask: 'Ask for persistent storage',
    asking: 'Asking the browser …',
    granted: 'The browser has now promised not to clear the data.',
    denied:
      'The browser said no. It decides by itself, often from how much the site is used; a bookmark may help. Try again later and save backups meanwhile.',
    unavailable: 'This browser cannot be asked for persistent storage.',
    failed: 'Asking for persistent storage failed. Try again later.',
  },
};
