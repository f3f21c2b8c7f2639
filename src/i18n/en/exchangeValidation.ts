import type { Messages } from '../sv';
export const exchangeValidation: Messages['exchangeValidation'] = {
  'exchange-too-large':
    'The file is {{size}} MB. eBlomlådan opens files of at most {{max}} MB, so the file has not been read.',
  'too-deep': 'The file is nested more than {{max}} levels deep and cannot be a file from eBlomlådan.',
  'file-too-new':
    'The file was created by a newer version of eBlomlådan ({{format}}). This version can read {{supported}}. Update eBlomlådan and try again.',
  'questionnaire-too-new':
    'The questionnaire in the file has the format {{format}}, newer than this version of eBlomlådan can read ({{supported}}). Update eBlomlådan and try again.',
  'not-exchange-file':
    'The file is not an eBlomlådan file (its format is “{{format}}”). Assignments, responses, shared rounds and backups are opened here.',
  'questionnaire-file': 'The file is a questionnaire ({{format}}). Load questionnaires under Questionnaires.',
  'not-evidence-url': 'The evidence link is not a complete web address (http:// or https://).',
  'unknown-section': 'The part “{{id}}” is not in the questionnaire.',
  'unknown-indicator': 'The indicator “{{id}}” is not in this part of the questionnaire.',
  'not-on-scale': 'The answer “{{value}}” is not on the questionnaire’s scale.',
  'key-mismatch':
    'The questionnaire is stored under the key “{{key}}”, but its content has the key “{{actual}}”.',
  'unknown-questionnaire': 'The questionnaire “{{key}}” is not in the file.',
  'unknown-round':
    'The round “{{id}}” is not here. Open the response in the browser where the parts were handed out.',
  'round-exists':
    'The round “{{id}}” already exists in this browser as an own round. An assignment is opened in another browser than the one that created it.',
  'own-round': 'The round “{{id}}” is one of this browser’s own rounds and cannot be loaded for comparison.',
  'questionnaire-mismatch':
    'The response is for the questionnaire “{{theirs}}”, but the round here is answered with “{{mine}}”.',
  'round-published': 'The round is published. Reopen it before adding answers.',
  'document-damaged':
    'The answers in the file are damaged and cannot be read (the file may have been cut short or edited). Ask for a new file.',
  'document-outside-parts':
    'The file changes the part “{{part}}”, which was not handed out with it. Nothing from the file has been saved.',
  'not-a-dataset': 'The file is not an eBlomlådan comparison dataset (its format is “{{format}}”).',
  'too-many-rounds':
    'The comparison dataset has {{count}} rounds. eBlomlådan reads at most {{max}} rounds from one file, so the file has not been read. Split the dataset, for example by county or year.',
  'duplicate-round':
    'Municipality {{code}} already has a round {{year}} labelled “{{label}}” on the questionnaire “{{key}}” in the file (rounds[{{first}}]). Each round may appear only once.',
  'dataset-with-others':
    'This is a comparison dataset. Open it on its own or with other municipalities’ rounds, not with assignments, responses or backups.',
};
