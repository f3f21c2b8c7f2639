import type { Messages } from '../sv';

/** English strings of the flower box and the result view. */
export const flowerbox: Messages['flowerbox'] = {
  title: 'The flower box {{year}}',
  titleLabelled: 'The flower box {{year}} – {{label}}',
  lead: "The round's answers as a flower box: one flower per service area, one petal per indicator, the grass and the soil below.",
  toResult: 'Show the flower box, the table and export',
  chart: {
    title: 'Flower box of {{municipality}} {{year}}',
    desc_one:
      'One flower{{grass}}{{soil}}. Petal length shows the answers’ scores; empty outlines are unanswered. The table below the picture has the same numbers.',
    desc_other:
      '{{count}} flowers{{grass}}{{soil}}. Petal length shows the answers’ scores; empty outlines are unanswered. The table below the picture has the same numbers.',
    descGrass: ', the grass',
    descSoil: ', the soil',
    skip: 'Skip the picture to the table',
    part: '{{part}}: {{score}}. {{coverage}}. Open the part’s answers.',
    noScore: 'no scored answer yet',
    scoreValue: 'score {{score}} of 1',
    mark: '{{part}}, indicator {{number}} of {{total}}: {{text}} Answer: {{answer}}.',
    hint: 'Point at or tab to a petal, a blade of grass or a soil column to see the indicator and its answer.',
    focused: 'Indicator {{number}} in {{part}}',
    previous: 'Earlier round: {{answer}}.',
    answerLabel: 'Answer',
  },
  answer: {
    scored: '{{label}} (level {{level}} of {{levels}}, score {{score}})',
    notApplicable: 'Not applicable',
    unanswered: 'Not answered',
  },
  coverage: '{{scored}} of {{applicable}} applicable indicators answered',
  coverageNa: '{{scored}} of {{applicable}} applicable indicators answered, {{na}} not applicable',
  legend: {
    title: 'How to read the picture',
    length:
      'Length (area) shows the score: a petal with twice the score has twice the area. Colour repeats it, from dark purple (0) to yellow (1).',
    rings: 'The thin rings mark the levels of the scale.',
    unanswered: 'Not answered',
    notApplicable: 'Not applicable',
    levels: 'Levels of the scale',
  },
  rule: {
    title: 'How scores are computed',
    indicator: 'Each indicator scores its answer’s score on the scale, between 0 and 1.',
    part: 'A part’s score is the mean of its answered indicators’ scores. “Not applicable” counts neither for nor against, and unanswered indicators are not counted.',
    coverage:
      'That is why every score shows its basis: how many of the part’s applicable indicators are answered. A score on a thin basis says little.',
  },
  summary: {
    title: 'Summary',
    strongest: 'Strongest: {{parts}}.',
    weakest: 'Weakest: {{parts}}.',
    partScore: '{{part}} ({{score}})',
    none: 'It is too early to say which parts are strongest and weakest: at least two parts need a score with at least half of their applicable indicators answered, and the scores must differ.',
    thin: 'Thin basis (less than half answered): {{parts}}.',
    unscored: 'No score yet: {{parts}}.',
    progress: '{{answered}} of {{total}} indicators answered in the whole round.',
  },
  table: {
    title: 'Table',
    partsCaption: 'Score and basis per part',
    part: 'Part',
    kind: 'Kind',
    score: 'Score (0–1)',
    coverage: 'Basis',
    indicatorsCaption: 'Answers per indicator in {{part}}',
    number: 'No.',
    indicator: 'Indicator',
    answer: 'Answer',
    indicatorScore: 'Score',
    none: '–',
  },
  export: {
    title: 'Export the picture',
    lead: 'The picture gets a heading with municipality, year, questionnaire version and the round’s status.',
    svg: 'Download as SVG',
    png: 'Download as PNG',
    heading: '{{municipality}} · {{year}} · {{questionnaire}} · {{status}}',
    done: 'The file {{file}} has been created.',
    failed: 'The picture could not be exported: {{reason}}',
  },
};
