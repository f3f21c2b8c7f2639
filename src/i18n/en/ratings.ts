import type { Messages } from '../sv';

/** English strings of several respondents per part. */
export const ratings: Messages['ratings'] = {
  who: {
    title: 'Who is answering?',
    lead: 'Several people can rate the same part. Each person’s rating is kept apart, and the part gets the agreed answer.',
    choose: 'The rating is made by',
    unnamed: 'Unknown respondent',
    me: '{{name}} (you)',
    meUnnamed: 'You',
    nameLead:
      'Enter your name and role once. They are saved with every rating you make, in every part of the round.',
    add: 'Add a respondent',
    addLead: 'For example a head of preschools and a head of schools for the same flower.',
    addName: 'Respondent’s name',
    addRole: 'Respondent’s role',
    addButton: 'Add',
    added: '{{name}} has been added. Ratings are now made by {{name}}.',
    nameRequired: 'Enter the respondent’s name.',
  },
  indicator: {
    yours: 'Rating by {{name}}',
    all: 'All ratings ({{count}})',
    person: 'Who',
    answer: 'Answer',
    changed: 'Changed',
    comment: 'Comment',
    evidence: 'Evidence',
    noAnswer: 'No answer',
    spread: {
      none: '',
      same: 'The ratings are the same.',
      'one-level': 'The ratings are one level apart.',
      more: 'The ratings are more than one level apart.',
    },
  },
  agreed: {
    title: 'Agreed answer',
    single: 'Agreed answer: {{value}} (the only rating).',
    unanimous: 'Agreed answer: {{value}} (all ratings are the same).',
    chosen: 'Agreed answer: {{value}}, chosen by {{name}} {{time}}.',
    chosenNone: 'The agreed answer is not settled (chosen by {{name}} {{time}}).',
    note: 'Note: {{note}}',
    differs: 'The ratings differ and no agreed answer has been chosen.',
    choose: 'Choose the agreed answer for indicator {{number}}',
    notSettled: 'Not settled yet',
    noteLabel: 'Note on the choice (optional)',
    save: 'Save the agreed answer',
    saved: 'The agreed answer is saved.',
    unknownPerson: 'unknown',
  },
};
