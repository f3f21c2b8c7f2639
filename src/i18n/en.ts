import { offline } from './en/offline';
import { exchange } from './en/exchange';
import type { CoreMessages } from './sv';

/** Interface strings in English. The type makes a missing or extra key a compile error. */
export const en: CoreMessages = {
  offline,
  exchange,
  app: {
    locale: 'en-GB',
    name: 'eBlomlådan',
    tagline: "The municipality's self-assessment of digitalisation",
    skipToContent: 'Skip to content',
    mainNav: 'Main menu',
    loading: 'Loading …',
  },
  nav: {
    rounds: 'Rounds',
    questionnaires: 'Questionnaires',
    settings: 'Settings',
    start: 'Home',
    about: 'About eBlomlådan',
    accessibility: 'Accessibility statement',
    help: 'Help',
  },
  language: {
    label: 'Language',
    switchTo: 'På svenska',
  },
  start: {
    toRounds: "To the municipality's rounds",
    guideOffer:
      'First time here? A short guide shows what the flower box means, who answers what and where the data is kept.',
    guideStart: 'Go through the guide',
    guideLink: 'Guide: getting started',
    example: 'Show an example',
    chooseMunicipality: 'Get started: choose your municipality',
    title: 'Welcome to eBlomlådan',
    lead: 'eBlomlådan helps a municipality assess, once a year, how far it has come with digital services and digitalisation, and shows the result as a flower box.',
    flowers:
      "The flowers are the municipality's business areas or target groups. Each petal is an indicator, and the head of administration for the area answers its flower.",
    grass:
      'The grass is leadership, ways of working and methods for digital development. It is owned by municipal management.',
    soil: 'The soil is the technical prerequisites that everything grows from. It is rated by the IT strategist.',
    privacy: 'Everything you enter is kept in this browser only. Nothing is sent to any server.',
    questionnairesTitle: 'Bundled questionnaires',
    questionnairesLead:
      'Read the questionnaires before the municipality starts a round. Each version has its own indicators; versions are compared only where indicators correspond.',
    open: 'Read {{title}}',
    version: 'Version {{version}}',
    published: 'Published {{date}}',
    noQuestionnaires: 'No questionnaires come with this installation.',
    catalogError: 'The list of questionnaires could not be read',
  },
  questionnaire: {
    backToStart: 'Back to home',
    version: 'Version',
    published: 'Published',
    indicatorCount_one: '{{count}} indicator',
    indicatorCount_other: '{{count}} indicators',
    scaleTitle: 'Answer scale',
    scaleLead:
      "Each indicator is answered with one of the options. The scores are used to compute the parts' results.",
    scaleOption: 'Option',
    scaleScore: 'Score',
    scaleMeaning: 'Meaning',
    notApplicable: "Not counted in the part's result.",
    partsTitle: 'Parts',
    kind: { flower: 'Flower', grass: 'Grass', soil: 'Soil' },
    kindPlural: { flower: 'Flowers', grass: 'The grass', soil: 'The soil' },
    respondent: 'Answered by',
    help: 'Guidance',
    suggestions: 'Suggested activities',
    indicatorId: 'Id',
    tags: 'Tags',
    supersedes: 'Replaces version {{version}}.',
    supersedesMapped_one: '{{count}} indicator from version {{version}} has a comparable counterpart here.',
    supersedesMapped_other:
      '{{count}} indicators from version {{version}} have a comparable counterpart here.',
    supersedesUnmapped_one: '{{count}} indicator has no counterpart and cannot be compared.',
    supersedesUnmapped_other: '{{count}} indicators have no counterpart and cannot be compared.',
    comparableWith: 'Comparable with {{id}} in version {{version}}',
    newInVersion: 'New in this version',
    notFound: 'There is no questionnaire {{id}} version {{version}} in this installation.',
    loadError: 'The questionnaire in the file {{file}} could not be read',
    loadErrorLead:
      'The file is not used until the errors are corrected. None of its content has been loaded.',
    mapError: 'The mapping to version {{version}} in the file {{file}} is wrong',
    errorsTitle_one: '{{count}} error',
    errorsTitle_other: '{{count}} errors',
    errorPlace: 'Place in the file',
    errorProblem: 'Problem',
    englishMissing: 'This text is in Swedish only.',
  },
  validation: {
    required: 'The value is missing.',
    'wrong-type': 'Wrong kind of value: this must be {{expected}}.',
    'too-short': 'The text is too short (at least {{min}} characters).',
    'too-long': 'The text is too long (at most {{max}} characters).',
    'too-few': 'Too few (at least {{min}}).',
    'too-many': 'Too many (at most {{max}}).',
    'too-low': 'The value is too low (at least {{min}}).',
    'too-high': 'The value is too high (at most {{max}}).',
    'not-a-date': '“{{value}}” is not a date of the form YYYY-MM-DD.',
    'not-a-datetime': '“{{value}}” is not a time of the form YYYY-MM-DDThh:mm:ssZ.',
    'not-an-id': '“{{value}}” is not a valid id: use lower-case letters a–z, digits, dot and hyphen.',
    'unknown-keys': 'Unknown fields: {{keys}}.',
    'not-allowed': '“{{value}}” is not allowed. Allowed: {{allowed}}.',
    'duplicate-id': 'The id “{{id}}” is used more than once in the file.',
    'duplicate-value': 'The answer option “{{value}}” appears more than once.',
    'scale-order':
      'The scale must go from the lowest score to the highest: {{score}} comes after {{previous}}.',
    'flower-count': 'The questionnaire has {{count}} flowers; it must have {{min}}–{{max}}.',
    'single-part': 'There may be at most one part of the kind “{{kind}}”; the file has {{count}}.',
    'supersedes-self': 'A version cannot replace itself ({{version}}).',
    'supersedes-unknown-target': 'The indicator “{{id}}” does not exist in this version.',
    'supersedes-shared-target':
      'The indicator “{{id}}” already replaces “{{other}}”; an indicator can replace only one.',
    'supersedes-wrong-previous': 'The mapping is for {{expected}} but was checked against {{actual}}.',
    'supersedes-unknown-source': 'The indicator “{{id}}” does not exist in version {{version}}.',
    'supersedes-missing-source':
      'The indicator “{{id}}” of version {{version}} is missing from the mapping; give its counterpart or null.',
    'file-too-large': 'The file is too large ({{bytes}} bytes; at most {{max}}).',
    'empty-file': 'The file is empty.',
    'not-json': 'The file is not valid JSON.',
    'not-json-at': 'The file is not valid JSON: the error is on line {{line}}, column {{column}}.',
    'not-an-object': 'The file must contain a JSON object.',
    'format-too-new':
      'The file has the format {{format}}, newer than this version of eBlomlådan can read ({{supported}}). Update eBlomlådan.',
    'wrong-format': 'The file has the format “{{format}}”, but {{expected}} is needed here.',
    'fetch-failed': 'The file could not be fetched ({{status}}).',
    'catalog-mismatch': 'The list (index.json) says {{expected}}, but the file holds {{actual}}.',
    invalid: 'The value is invalid.',
  },
  types: {
    string: 'a text',
    number: 'a number',
    array: 'a list',
    object: 'an object',
    boolean: 'true or false',
  },
  storage: {
    reload: 'Reload the page',
    problem: {
      unavailable:
        'The browser does not let eBlomlådan store data. This often happens in private mode or when site data is turned off. Open eBlomlådan in a normal window.',
      quota:
        "The browser's storage is full, so the change was not saved. Free some space or remove old data and try again.",
      blocked:
        'eBlomlådan needs to upgrade its database, but another tab with eBlomlådan prevents it. Close the other tabs.',
      'version-change':
        'A newer version of eBlomlådan has been opened in another tab. Reload this page to continue; nothing you saved is lost.',
      'newer-database':
        'The data in this browser was saved by a newer version of eBlomlådan. Reload the page to get the new version.',
      locked: 'The round is published and cannot be changed.',
      'not-found': 'What you tried to change no longer exists.',
      invalid: 'The value could not be saved because it is not valid.',
      example:
        'Not possible in the example: files are neither saved nor opened there, so the example never mixes with the municipality’s own data. Remove the example first.',
      unknown: 'An unexpected error occurred while saving. Reload the page and try again.',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'The address does not lead to any page in eBlomlådan.',
  },
  crash: {
    title: 'Something went wrong',
    body: 'This view could not be shown because of an error in eBlomlådan. What you have saved is still in the browser and is not affected. Reload the page or go back home.',
    reload: 'Reload the page',
    backupLead:
      'To be sure nothing is lost, you can save a backup of everything now. It can be opened under Open file, here or in another browser.',
    backup: 'Save a backup',
    backupSaved: 'The backup was saved as {{name}}.',
    backupFailed: 'The backup could not be saved. Reload the page and try again under Settings.',
    details: 'Technical description of the error',
  },
  footer: {
    privacy: 'Your data stays in this browser.',
  },
};
