/**
 * The rounds the reference pictures are drawn from (tests/e2e/pictures.test.ts), as one
 * `eblomladan.backup/2` file that a test opens under "Öppna fil". Built from the domain code
 * (questionnaire schema, fingerprint, exchange validation), so a change of format fails here with
 * the validator's own words instead of as a strange picture. Every value and date is fixed: the
 * same code always gives the same file, and so the same pictures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateExchange } from '../../../src/domain/exchange/read';
import type { BackupFile } from '../../../src/domain/exchange/schema';
import { questionnaireKey } from '../../../src/domain/questionnaire/fingerprint';
import { validateQuestionnaire } from '../../../src/domain/questionnaire/load';
import type { Questionnaire, Section } from '../../../src/domain/questionnaire/schema';
import type { Answer, PartResponse, Round } from '../../../src/domain/round/model';
import { formatPath } from '../../../src/domain/validation/issues';

/** Ale (SCB 1440), the municipality the other browser tests use too. */
export const MUNICIPALITY = { code: '1440', name: 'Ale' };

const AT = '2026-02-02T09:00:00.000Z';
const ANSWERED_AT = '2026-03-16T10:00:00.000Z';
const PUBLISHED_AT = '2026-05-20T14:00:00.000Z';

/** The round ids, fixed so that every run draws the very same pictures. */
export const ROUNDS = {
  empty: '00000000-0000-4000-8000-000000000001',
  partly: '00000000-0000-4000-8000-000000000002',
  full: '00000000-0000-4000-8000-000000000003',
  twelve: '00000000-0000-4000-8000-000000000004',
  fourLevels: '00000000-0000-4000-8000-000000000005',
  earlier: '00000000-0000-4000-8000-000000000006',
} as const;

function valid(data: unknown, name: string): Questionnaire {
  const result = validateQuestionnaire(data);
  if (!result.ok) {
    const issues = result.issues.map((i) => `${formatPath(i.path)}: ${i.rule}`).join('\n');
    throw new Error(`The test questionnaire ${name} is not valid:\n${issues}`);
  }
  return result.value;
}

/** The bundled questionnaire of 2016: six flowers, grass and soil, three levels and "ej aktuellt". */
const bundled2016 = (): Questionnaire =>
  valid(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../questionnaires/eblomladan-2016.json'), 'utf8'),
    ),
    'eblomladan-2016.json',
  );

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function section(
  kind: Section['kind'],
  title: string,
  indicators: number,
  role: Section['respondent']['role'],
  respondent: string,
): Section {
  const id = slug(title);
  return {
    id,
    kind,
    title: { sv: title },
    respondent: { role, title: { sv: respondent } },
    indicators: Array.from({ length: indicators }, (_, i) => ({
      id: `${id}.indikator-${i + 1}`,
      text: { sv: `${title}: indikator ${i + 1}` },
    })),
  };
}

const grassAndSoil = (grass: number, soil: number): Section[] => [
  section('grass', 'Ledning och arbetssätt', grass, 'municipal-management', 'Kommundirektören'),
  section('soil', 'Tekniska förutsättningar', soil, 'it-strategist', 'IT-strategen'),
];

/** Twelve flowers, the most a questionnaire may have, of 3 to 12 indicators each. */
function twelveFlowers(scale: Questionnaire['scale']): Questionnaire {
  const flowers: [string, number][] = [
    ['Förskola', 3],
    ['Grundskola', 5],
    ['Gymnasium och vuxenutbildning', 8],
    ['Äldreomsorg', 4],
    ['Funktionsstöd', 6],
    ['Individ- och familjeomsorg', 10],
    ['Bygg och miljö', 7],
    ['Gata och park', 3],
    ['Vatten och avfall', 9],
    ['Kultur och fritid', 5],
    ['Näringsliv', 6],
    ['Medborgarservice', 12],
  ];
  return valid(
    {
      format: 'eblomladan.questionnaire/1',
      id: 'bildtest-tolv',
      version: '1',
      published: '2026-01-15',
      title: { sv: 'Bildtest: tolv blommor', en: 'Picture test: twelve flowers' },
      scale,
      sections: [
        ...flowers.map(([title, n]) =>
          section('flower', title, n, 'head-of-administration', 'Förvaltningschefen'),
        ),
        ...grassAndSoil(6, 5),
      ],
    },
    'bildtest-tolv',
  );
}

/** A regional variant with four levels (a third between each) and "ej aktuellt". */
function fourLevels(): Questionnaire {
  const flowers: [string, number][] = [
    ['Barn och unga', 6],
    ['Vård och omsorg', 8],
    ['Samhällsbyggnad', 5],
    ['Invånare och besökare', 7],
  ];
  return valid(
    {
      format: 'eblomladan.questionnaire/1',
      id: 'bildtest-fyra',
      version: '1',
      published: '2026-01-15',
      title: { sv: 'Bildtest: fyra nivåer', en: 'Picture test: four levels' },
      scale: {
        options: [
          { value: 'inte-alls', label: { sv: 'Inte alls', en: 'Not at all' }, score: 0 },
          { value: 'i-liten-grad', label: { sv: 'I liten grad', en: 'To a small extent' }, score: 1 / 3 },
          { value: 'i-stor-grad', label: { sv: 'I stor grad', en: 'To a large extent' }, score: 2 / 3 },
          { value: 'helt', label: { sv: 'Helt', en: 'Fully' }, score: 1 },
        ],
        notApplicable: { value: 'ej-aktuellt', label: { sv: 'Ej aktuellt', en: 'Not applicable' } },
      },
      sections: [
        ...flowers.map(([title, n]) =>
          section('flower', title, n, 'head-of-administration', 'Förvaltningschefen'),
        ),
        ...grassAndSoil(8, 6),
      ],
    },
    'bildtest-fyra',
  );
}

/** How far along each part is, 0..1, by its place in the questionnaire (a fixed pattern). */
const MATURITY = [0.8, 0.35, 0.6, 0.95, 0.15, 0.5, 0.7, 0.25, 0.85, 0.45, 0.6, 0.3, 0.55, 0.4];
/** Each indicator's lead or lag on its part, in scale steps, by its place in the part. */
const SPREAD = [0, 0.6, -0.7, 0.3, -0.4, 0.9, -1, 0.2];

/**
 * A fixed answer for every indicator of the chosen parts: a level around the part's maturity,
 * now and then "ej aktuellt". `share` answers only the first part of each part's indicators
 * (1 = all); `shift` moves every level by that many steps (an earlier, weaker year).
 */
function answers(
  questionnaire: Questionnaire,
  share: (sectionIndex: number) => number,
  shift = 0,
): Map<string, Record<string, string>> {
  const levels = questionnaire.scale.options.map((o) => o.value);
  const notApplicable = questionnaire.scale.notApplicable?.value;
  const chosen = new Map<string, Record<string, string>>();
  questionnaire.sections.forEach((s, i) => {
    const count = Math.round(s.indicators.length * share(i));
    const part: Record<string, string> = {};
    s.indicators.slice(0, count).forEach((indicator, j) => {
      if (notApplicable && (i * 5 + j) % 11 === 7) {
        part[indicator.id] = notApplicable;
        return;
      }
      const level = MATURITY[i % MATURITY.length]! * (levels.length - 1) + SPREAD[j % SPREAD.length]! + shift;
      part[indicator.id] = levels[Math.min(levels.length - 1, Math.max(0, Math.round(level)))]!;
    });
    chosen.set(s.id, part);
  });
  return chosen;
}

interface Planned {
  id: string;
  year: number;
  label: string;
  questionnaire: Questionnaire;
  status: Round['status'];
  values: Map<string, Record<string, string>>;
}

function roundRows({ id, year, label, questionnaire, status, values }: Planned) {
  const round: Round = {
    id,
    organisationCode: MUNICIPALITY.code,
    year,
    label,
    questionnaireKey: questionnaireKey(questionnaire),
    status,
    createdAt: AT,
    updatedAt: status === 'published' ? PUBLISHED_AT : ANSWERED_AT,
    ...(status === 'published' ? { publishedAt: PUBLISHED_AT } : {}),
    history: [
      { type: 'created', at: AT },
      ...(status === 'published' ? [{ type: 'published' as const, at: PUBLISHED_AT }] : []),
    ],
  };
  const responses: PartResponse[] = questionnaire.sections.map((s) => {
    const chosen = Object.entries(values.get(s.id) ?? {});
    return {
      roundId: id,
      sectionId: s.id,
      ...(chosen.length > 0 ? { respondent: { name: 'Bo Bildtest', role: s.respondent.title.sv } } : {}),
      answers: Object.fromEntries(
        chosen.map(([indicatorId, value]): [string, Answer] => [
          indicatorId,
          { value, updatedAt: ANSWERED_AT },
        ]),
      ),
      updatedAt: chosen.length > 0 ? ANSWERED_AT : AT,
    };
  });
  return { round, responses };
}

/**
 * The backup with every round the pictures need, checked by the app's own reader. Rounds still
 * being answered are drafts (their answers become round documents when the file is read), the
 * others published.
 */
export function pictureBackup(): { name: string; content: string } {
  const standard = bundled2016();
  const twelve = twelveFlowers(standard.scale);
  const four = fourLevels();
  // Partly answered: parts from wholly to not at all, the grass a little, the soil not yet.
  const partly = [1, 0.5, 0.15, 1, 0, 0.75, 0.3, 0];
  const planned: Planned[] = [
    {
      id: ROUNDS.empty,
      year: 2027,
      label: 'Tom',
      questionnaire: standard,
      status: 'draft',
      values: answers(standard, () => 0),
    },
    {
      id: ROUNDS.partly,
      year: 2027,
      label: 'Delvis besvarad',
      questionnaire: standard,
      status: 'draft',
      values: answers(standard, (i) => partly[i] ?? 0),
    },
    {
      id: ROUNDS.full,
      year: 2026,
      label: '',
      questionnaire: standard,
      status: 'published',
      values: answers(standard, () => 1),
    },
    {
      id: ROUNDS.earlier,
      year: 2025,
      label: '',
      questionnaire: standard,
      status: 'published',
      values: answers(standard, (i) => (i === 4 ? 0.5 : 1), -0.6),
    },
    {
      id: ROUNDS.twelve,
      year: 2026,
      label: 'Tolv blommor',
      questionnaire: twelve,
      status: 'published',
      values: answers(twelve, (i) => [1, 1, 0.5, 1, 0, 1, 0.75, 1, 1, 0.3, 1, 1, 1, 1][i] ?? 1),
    },
    {
      id: ROUNDS.fourLevels,
      year: 2026,
      label: 'Fyra nivåer',
      questionnaire: four,
      status: 'published',
      values: answers(four, () => 1),
    },
  ];
  const rows = planned.map(roundRows);
  const file: BackupFile = {
    format: 'eblomladan.backup/2',
    writtenBy: { app: 'eBlomlådan', version: '0.1.0' },
    createdAt: ANSWERED_AT,
    data: {
      questionnaires: [
        { q: standard, source: 'bundled' as const },
        { q: twelve, source: 'imported' as const },
        { q: four, source: 'imported' as const },
      ].map(({ q, source }) => ({
        key: questionnaireKey(q),
        id: q.id,
        version: q.version,
        source,
        ...(source === 'imported' ? { fileName: `${q.id}.json` } : {}),
        storedAt: AT,
        questionnaire: q,
      })),
      rounds: rows.map((r) => r.round),
      responses: rows.flatMap((r) => r.responses),
      settings: [
        { key: 'organisation', code: MUNICIPALITY.code },
        { key: 'guide', at: AT },
      ],
      actions: [],
      referenceRounds: [],
      roundDocs: [],
    },
  };
  const content = JSON.stringify(file, null, 2);
  const checked = validateExchange(JSON.parse(content));
  if (!checked.ok) {
    const issues = checked.issues.map((i) => `${formatPath(i.path)}: ${i.rule}`).join('\n');
    throw new Error(`The pictures' backup file is not valid:\n${issues}`);
  }
  return { name: 'bildtest-sakerhetskopia.json', content };
}
