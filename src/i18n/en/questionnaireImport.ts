import type { Messages } from '../sv';

/** English strings of the questionnaire list and of loading one's own questionnaire file. */
export const questionnaireImport: Messages['questionnaireImport'] = {
  title: 'Questionnaires',
  lead: 'These are the questionnaires that come with eBlomlådan and those loaded from your own files. All of them can be read here and chosen when a new round starts.',
  version: 'Version {{version}}',
  published: 'Published {{date}}',
  open: 'Read {{title}}, version {{version}}',
  bundled: {
    title: 'Questionnaires that come with the app',
    none: 'No questionnaires come with this installation.',
    catalogError: 'The list of questionnaires that come with the app could not be read.',
  },
  own: {
    title: 'Your own questionnaires',
    lead: 'Questionnaires loaded from a file, for example a regional variant. They are stored in this browser only.',
    none: 'No questionnaires of your own have been loaded yet.',
    importedFrom: 'Loaded from the file {{file}} on {{date}}',
    importedFromFile: 'Loaded from the file {{file}}',
  },
  form: {
    title: 'Load a questionnaire of your own',
    lead: 'The file must be a JSON file in the format eblomladan.questionnaire/1, the same format as the questionnaires that come with the app, and it is checked the same way. A file with errors is not loaded at all.',
    schemaBefore: 'Whoever writes the file can use ',
    schemaLink: 'the JSON Schema of the format (schema.json)',
    schemaAfter:
      ' in an editor such as VS Code for help and checks while writing. The format is described in docs/questionnaire-format.md in the source code of eBlomlådan.',
    fileLabel: 'Choose a JSON file',
    fileHint: 'At most {{max}}. The file is read in the browser and sent nowhere.',
    reading: 'Reading the file {{file}} …',
  },
  outcome: {
    imported: 'The questionnaire “{{title}}” version {{version}} is loaded and can be used for new rounds.',
    alreadyThere:
      'The questionnaire “{{title}}” version {{version}} is already loaded with exactly the same content. Nothing was changed.',
    refused: {
      bundled:
        'The file {{file}} was not loaded: the questionnaire {{id}} version {{version}} already comes with the app.',
      'version-taken':
        'The file {{file}} was not loaded: another file with the same id ({{id}}) and version ({{version}}) is already there; give the file a new version number.',
    },
    tooLarge:
      'The file {{file}} is too large ({{size}}) and was not read. A questionnaire may be at most {{max}}.',
    unreadable: 'The file {{file}} could not be read from the computer. Try choosing it again.',
    errorsHeading: 'The file {{file}} could not be loaded',
    errorsLead_one:
      'The file has {{count}} problem. Nothing was stored. Correct it and choose the file again.',
    errorsLead_other:
      'The file has {{count}} problems. Nothing was stored. Correct them and choose the file again.',
    storageFailed: 'The file {{file}} could not be stored.',
  },
  megabytes: '{{size}} MB',
  backToList: 'Back to the questionnaires',
};
