/**
 * A small invented box for the guide's first step: two flowers, the grass and the soil, with
 * every kind of answer, so a newcomer sees what full, partly, not at all and unanswered look like.
 */
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Answer } from '../../domain/round/model';

const indicators = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}.${i + 1}`,
    text: { sv: `Indikator ${i + 1}`, en: `Indicator ${i + 1}` },
  }));

export const SAMPLE: Questionnaire = {
  format: 'eblomladan.questionnaire/1',
  id: 'guide-sample',
  version: '1',
  published: '2025-01-01',
  title: { sv: 'Exempel i guiden', en: 'Example in the guide' },
  scale: {
    options: [
      { value: 'inte-alls', label: { sv: 'Uppfyller inte alls', en: 'Not met at all' }, score: 0 },
      { value: 'delvis', label: { sv: 'Uppfyller delvis', en: 'Partly met' }, score: 0.5 },
      { value: 'helt', label: { sv: 'Uppfyller helt', en: 'Fully met' }, score: 1 },
    ],
    notApplicable: { value: 'ej-aktuellt', label: { sv: 'Ej aktuellt', en: 'Not applicable' } },
  },
  sections: [
    {
      id: 'barn-elever',
      kind: 'flower',
      title: { sv: 'Barn och elever', en: 'Children and pupils' },
      respondent: {
        role: 'head-of-administration',
        title: { sv: 'Förvaltningschef', en: 'Head of administration' },
      },
      indicators: indicators('barn', 6),
    },
    {
      id: 'foretagare',
      kind: 'flower',
      title: { sv: 'Företagare', en: 'Business owners' },
      respondent: {
        role: 'head-of-administration',
        title: { sv: 'Förvaltningschef', en: 'Head of administration' },
      },
      indicators: indicators('foretag', 6),
    },
    {
      id: 'grass',
      kind: 'grass',
      title: { sv: 'Ledning och arbetssätt', en: 'Leadership and ways of working' },
      respondent: {
        role: 'municipal-management',
        title: { sv: 'Kommunledningen', en: 'Municipal management' },
      },
      indicators: indicators('ledning', 6),
    },
    {
      id: 'soil',
      kind: 'soil',
      title: { sv: 'Tekniska förutsättningar', en: 'Technical prerequisites' },
      respondent: { role: 'it-strategist', title: { sv: 'IT-strateg', en: 'IT strategist' } },
      indicators: indicators('teknik', 6),
    },
  ],
};

const answered = (values: (string | undefined)[], prefix: string): Record<string, Answer> =>
  Object.fromEntries(
    values.flatMap((value, i) =>
      value ? [[`${prefix}.${i + 1}`, { value, updatedAt: '2025-01-01T00:00:00.000Z' }]] : [],
    ),
  );

/** Answers of every kind: full, partly, not at all, not applicable and unanswered. */
export const SAMPLE_ANSWERS: Record<string, Record<string, Answer>> = {
  'barn-elever': answered(['helt', 'helt', 'delvis', 'inte-alls', 'ej-aktuellt', undefined], 'barn'),
  foretagare: answered(['delvis', 'delvis', 'helt', 'inte-alls', 'delvis', 'helt'], 'foretag'),
  grass: answered(['helt', 'delvis', 'delvis', 'inte-alls', 'helt', 'delvis'], 'ledning'),
  soil: answered(['helt', 'helt', 'delvis', 'helt', 'inte-alls', 'delvis'], 'teknik'),
};
