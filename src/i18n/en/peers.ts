import type { Messages } from '../sv';

export const peers: Messages['peers'] = {
  title: 'Compare with other municipalities',
  lead: 'This shows how other municipalities’ published rounds are spread, part by part and indicator by indicator, and where your own round lies. Other municipalities’ rounds are opened as files under Open file and kept apart from your own.',
  caveat:
    'Being higher or lower than others is not the same as good or poor quality. Municipalities have different conditions and tasks, and the answers are their own assessments. Use the comparison to find municipalities to learn from, not as a grade.',
  caveatTitle: 'Read this first',
  chooseMunicipality: 'First choose the municipality you work for.',
  noRounds:
    'The municipality has no round yet. Start a round first; then it can be compared with other municipalities’.',
  toRounds: 'To the rounds',
  noReferences:
    'There are no other municipalities’ rounds in this browser. Ask other municipalities for their published rounds as files and open them under Open file.',
  toOpenFile: 'Open file',
  noPeersYet:
    'No other municipality’s round from {{year}} on {{questionnaire}} version {{version}} matches the selection. Choose another year, county or group.',
  noVersion:
    'None of the loaded rounds was answered on {{questionnaire}} version {{version}}, so your round cannot be compared with them. Other versions have other indicators.',
  filters: 'Selection',
  roundOption: '{{year}}{{label}}, {{questionnaire}}, {{status}}',
  round: 'Your round',
  year: 'Year of the other municipalities’ rounds',
  county: 'County',
  allCounties: 'All counties',
  group: 'Municipality group (SKR)',
  allGroups: 'All municipality groups',
  basis_one:
    'The basis is {{count}} other municipality’s published round from {{year}} on {{questionnaire}} version {{version}}.',
  basis_other:
    'The basis is {{count}} other municipalities’ published rounds from {{year}} on {{questionnaire}} version {{version}}.',
  smallBasis: 'The basis is small: with fewer than five municipalities the spread says little.',
  synthetic: {
    all: 'The comparison rests on invented (synthetic) data, not on the municipalities’ own answers.',
    some_one:
      '{{count}} of the {{total}} rounds in the basis is invented (synthetic) data, not a municipality’s own answers.',
    some_other:
      '{{count}} of the {{total}} rounds in the basis are invented (synthetic) data, not the municipalities’ own answers.',
  },
  leftOut: {
    otherVersion_one: '{{count}} round from the same year on another questionnaire version is not counted.',
    otherVersion_other:
      '{{count}} rounds from the same year on another questionnaire version are not counted.',
    ownMunicipality_one:
      '{{count}} loaded round of your own municipality is not counted; your round stands for it.',
    ownMunicipality_other:
      '{{count}} loaded rounds of your own municipality are not counted; your round stands for it.',
    superseded_one:
      '{{count}} older round is not counted because the same municipality has a newer one that year.',
    superseded_other:
      '{{count}} older rounds are not counted because the same municipality has a newer one that year.',
  },
  parts: {
    title: 'The parts',
    lead: 'Each part as a spread among the other municipalities: the line runs from the lowest to the highest score, the box from the lower to the upper quartile, and the thick line is the median. Your municipality is the diamond.',
    chart:
      'The spread of scores per part among {{count}} other municipalities, with your municipality marked. The table below has the same numbers.',
    caption: 'Score per part (0–1) among the other municipalities and for yours',
    part: 'Part',
    n: 'Municipalities (N)',
    min: 'Lowest',
    q1: 'Lower quartile',
    median: 'Median',
    q3: 'Upper quartile',
    max: 'Highest',
    own: 'Your municipality',
    position: 'Others higher / same / lower',
    positionValue: '{{higher}} / {{same}} / {{lower}}',
    withoutScore_one: '{{count}} municipality has no scored answer in the part.',
    withoutScore_other: '{{count}} municipalities have no scored answer in the part.',
    none: '–',
    ownLabel: 'Yours: {{score}}',
    ownNone: 'Yours: no score',
    axis: 'Score',
  },
  indicators: {
    title: 'The indicators',
    lead: 'For each indicator: how many of the other municipalities chose each answer option, and your own answer.',
    caption: '{{part}}: answers among the other municipalities and yours',
    indicator: 'Indicator',
    distribution: 'Answers among other municipalities',
    median: 'Median',
    own: 'Your answer',
    count: '{{label}}: {{count}}',
    notApplicable: 'Not applicable: {{count}}',
    unanswered: 'Unanswered: {{count}}',
    ownUnanswered: 'Unanswered',
    ownNotApplicable: 'Not applicable',
    show: 'Show the indicators of {{part}}',
  },
  csv: {
    title: 'Export the comparison',
    lead: 'A CSV file with the same numbers, one row per part and indicator, that opens correctly in a Swedish Excel.',
    button: 'Export CSV',
    headings: {
      level: 'Level',
      part: 'Part',
      indicatorId: 'Indicator id',
      indicator: 'Indicator',
      n: 'N',
      min: 'Lowest',
      q1: 'Lower quartile',
      median: 'Median',
      q3: 'Upper quartile',
      max: 'Highest',
      own: 'Your municipality',
      higher: 'Higher',
      same: 'Same',
      lower: 'Lower',
      distribution: 'Distribution',
    },
    partLevel: 'Part',
    indicatorLevel: 'Indicator',
    fileName: 'comparison-with-others',
  },
  basisList: {
    title: 'Which municipalities are included',
    caption: 'The rounds in the basis',
    municipality: 'Municipality',
    county: 'County',
    group: 'Municipality group',
    year: 'Year',
    label: 'Label',
    file: 'File',
    unknown: 'Unknown municipality code {{code}}',
    synthetic: 'Invented data',
  },
  exportDataset: {
    title: 'Export comparison data',
    lead: 'Save the municipality’s published rounds and the other municipalities’ rounds held here as one file, for example so that the region or SKR can collect them and hand them out again. Choose which rounds to include.',
    years: 'Years',
    noYear: 'Choose at least one year.',
    questionnaire: 'Questionnaire',
    allQuestionnaires: 'All questionnaires and versions',
    questionnaireOption: '{{questionnaire}} version {{version}}',
    valuesOnly: 'The file holds only the answers: no names, comments or links to evidence.',
    button: 'Export comparison data',
    fileName: 'comparison-data',
    saved_one: 'The file {{name}} with {{count}} round is saved among your downloads.',
    saved_other: 'The file {{name}} with {{count}} rounds is saved among your downloads.',
    synthetic: 'It is marked as invented (synthetic), because it holds invented data.',
    none: 'No rounds match the selection, so no file was saved. Choose more years, another county, another municipality group or another questionnaire.',
    failed: 'The file could not be created. {{reason}}',
  },
  remove: {
    title: 'Remove the reference data',
    lead_one:
      'There is {{count}} other municipality’s round in this browser. Your municipality’s own rounds are not affected.',
    lead_other:
      'There are {{count}} other municipalities’ rounds in this browser. Your municipality’s own rounds are not affected.',
    button: 'Remove all other municipalities’ rounds',
    confirm: 'Yes, remove them',
    cancel: 'Cancel',
    question:
      'Remove all {{count}} rounds of other municipalities? This cannot be undone, but the files can be opened again.',
  },
  link: 'Compare with other municipalities',
};
