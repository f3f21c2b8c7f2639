import type { Messages } from '../sv';

/** English strings of the small help link each view has (ui/HelpLink.tsx), and the help's topics. */
export const helpLink: Messages['helpLink'] = {
  label: 'Help: {{topic}}',
  topics: {
    process: "the year's work step by step",
    start: 'starting a round',
    answer: 'answering a part',
    handOut: 'handing out parts',
    merge: 'merging answers',
    publish: 'publishing',
    compare: 'comparing year by year',
    peers: 'comparing with other municipalities',
    plan: 'action plan',
    report: 'report and export',
    live: 'working live',
    roles: 'roles',
    scoring: 'the scoring rule',
    storage: 'storage and backups',
    questionnaires: 'questionnaires',
  },
};
