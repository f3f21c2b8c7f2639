/**
 * The dataset format `eblomladan.dataset/1` written and read back: it carries exactly the rounds
 * the equivalent single round files carry (what the import of reference rounds takes), so
 * "Jämför med andra" shows the same figures from either; values only; the same rounds give the
 * same bytes in any order; the filter selects by year, county, SKR group and questionnaire
 * version; a round held twice is written once.
 */
import { describe, expect, it } from 'vitest';
import { buildSharedRound } from '../../src/domain/exchange/build';
import { DATASET_FORMAT, type DatasetFile } from '../../src/domain/exchange/dataset';
import {
  buildDataset,
  type DatasetFilter,
  type DatasetSources,
} from '../../src/domain/exchange/dataset-build';
import { readDataset, referenceRoundOf, sharedRoundFiles } from '../../src/domain/exchange/dataset-read';
import { readExchangeText } from '../../src/domain/exchange/read';
import type { SharedRoundFile } from '../../src/domain/exchange/schema';
import { comparePeers, type PeerFilter } from '../../src/domain/peers/distribution';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import type { PartResponse, ReferenceRound, Round } from '../../src/domain/round/model';
import { bundled, REGISTER, singleRoundFile, syntheticReferences } from './dataset-helpers';

const Q2016 = bundled('eblomladan-2016.json');
const Q2014 = bundled('eblomladan-2014.json');
const KEY_2016 = questionnaireKey(Q2016);
const KEY_2014 = questionnaireKey(Q2014);
const NOW = '2026-02-01T10:00:00.000Z';
const WRITER = { now: NOW, version: '0.1.0', synthetic: false };
const SNAPSHOTS = new Map([
  [KEY_2016, Q2016],
  [KEY_2014, Q2014],
]);

/** Ale's own published 2024 round, answered with names, comments and links that must stay at home. */
function aleRound(): { round: Round; responses: PartResponse[] } {
  const id = '0f3e6a52-2b1c-4d8e-9f0a-1b2c3d4e5f60';
  const at = '2024-11-20T09:00:00.000Z';
  const round: Round = {
    id,
    organisationCode: '1440',
    year: 2024,
    label: 'Årlig bedömning',
    questionnaireKey: KEY_2016,
    status: 'published',
    createdAt: '2024-09-01T08:00:00.000Z',
    updatedAt: at,
    publishedAt: at,
    history: [
      { type: 'created', at: '2024-09-01T08:00:00.000Z' },
      { type: 'published', at },
    ],
  };
  const responses = Q2016.sections.map((section, s): PartResponse => ({
    roundId: id,
    sectionId: section.id,
    respondent: { name: 'Maria Lind', role: 'Förvaltningschef' },
    answers: Object.fromEntries(
      section.indicators.map((indicator, i) => [
        indicator.id,
        {
          value: ['inte-alls', 'delvis', 'helt', 'ej-aktuellt'][(s + i) % 4],
          comment: 'Hemlig kommentar om Maria Lind',
          evidence: 'https://ale.se/intern-plan.pdf',
          answeredBy: 'Maria Lind',
          updatedAt: at,
        },
      ]),
    ),
    updatedAt: at,
  }));
  // One indicator left unanswered but commented: it is left out, comment and all.
  const first = responses[0]!.answers[Q2016.sections[0]!.indicators[0]!.id]!;
  delete first.value;
  return { round, responses };
}

function sources(references: readonly ReferenceRound[], own = [aleRound()]): DatasetSources {
  return { own, references, questionnaires: SNAPSHOTS };
}

const REFERENCES = [
  ...syntheticReferences(Q2016, 40, [2023, 2024, 2025]),
  ...syntheticReferences(Q2014, 12, [2021, 2022], 5),
];

/** Reads a round file as the import path does; the reference round plan.ts stores from it, less the import's own fields. */
function readSingle(file: SharedRoundFile) {
  const read = readExchangeText(JSON.stringify(file));
  if (!read.ok || read.value.kind !== 'round') throw new Error(JSON.stringify(read));
  const { round, questionnaire, answers } = read.value.file;
  return { ...round, questionnaireKey: questionnaireKey(questionnaire), answers, questionnaire };
}

function readText(text: string) {
  const read = readDataset(text);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
}

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('a dataset written and read back', () => {
  const file = buildDataset(sources(REFERENCES), {}, REGISTER, WRITER);
  const text = JSON.stringify(file);
  const read = readText(text);
  const singles = [
    buildSharedRound(
      { ...aleRound().round, publishedAt: aleRound().round.publishedAt! },
      Q2016,
      aleRound().responses,
      NOW,
      '0.1.0',
    ),
    ...REFERENCES.map((r) => singleRoundFile(r, r.questionnaireKey === KEY_2016 ? Q2016 : Q2014)),
  ].map(readSingle);

  it('holds every round once and each snapshot once, in a fixed order', () => {
    expect(read.format).toBe(DATASET_FORMAT);
    expect(read.notices).toEqual([]);
    expect(read.rounds).toHaveLength(1 + 40 * 3 + 12 * 2);
    expect(read.questionnaires.map((s) => s.key)).toEqual([KEY_2014, KEY_2016].sort());
    const order = read.rounds.map((r) => `${r.organisationCode} ${r.year}`);
    expect(order).toEqual([...order].sort());
    // Own and reference rounds alike, as written (reading puts fields in the schema's order anyway).
    const fields = ['id', 'organisationCode', 'year', 'label', 'questionnaireKey', 'publishedAt', 'answers'];
    expect(new Set(file.rounds.map((r) => Object.keys(r).join()))).toEqual(new Set([fields.join()]));
    expect(text.split('"format":"eblomladan.questionnaire/1"')).toHaveLength(3);
  });

  it('gives the same rounds, answers and snapshots as the single round files', () => {
    const expanded = sharedRoundFiles(read).map(readSingle);
    expect(byId(expanded)).toEqual(byId(singles));
    // The reference rounds the import would store: the same rows.
    const rows = read.rounds.map((r) => referenceRoundOf(r, NOW, 'underlag.json'));
    expect(byId(rows)).toEqual(
      byId(
        singles.map(({ questionnaire: _, ...r }) => ({ ...r, importedAt: NOW, fileName: 'underlag.json' })),
      ),
    );
  });

  it('validates each snapshot once: every round of a version shares one snapshot object', () => {
    const files = sharedRoundFiles(read);
    const snapshots = new Set(files.map((f) => f.questionnaire));
    expect(snapshots.size).toBe(2);
    expect(files.filter((f) => f.questionnaire === read.questionnaires[1]!.questionnaire)).toHaveLength(121);
  });

  it('gives "Jämför med andra" the same figures as the single files, for every filter', () => {
    const own = {
      organisationCode: '1440',
      questionnaire: Q2016,
      answers: Object.fromEntries(aleRound().responses.map((r) => [r.sectionId, r.answers])),
    };
    const fromDataset = read.rounds.map((r) => referenceRoundOf(r, NOW, 'underlag.json'));
    const fromFiles = singles.map(({ questionnaire: _, ...r }) => ({
      ...r,
      importedAt: NOW,
      fileName: 'x.json',
    }));
    const stockholm = REGISTER.get('0114')!;
    const filters: PeerFilter[] = [
      { year: 2024 },
      { year: 2025, county: stockholm.county },
      { year: 2023, group: stockholm.group },
      { year: 2024, county: stockholm.county, group: stockholm.group },
    ];
    for (const filter of filters) {
      const a = comparePeers(own, fromDataset, filter, REGISTER);
      const b = comparePeers(own, fromFiles, filter, REGISTER);
      expect(a.basis.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(a.parts).toEqual(b.parts);
      expect(a.basis.map((r) => r.id)).toEqual(b.basis.map((r) => r.id));
      expect([a.otherVersion, a.ownMunicipality, a.superseded]).toEqual([
        b.otherVersion,
        b.ownMunicipality,
        b.superseded,
      ]);
    }
    // Ale's own round in the dataset counts as Ale's, as its own round file does.
    expect(comparePeers(own, fromDataset, { year: 2024 }, REGISTER).ownMunicipality).toBe(1);
  });

  it('carries values only: no names, roles, comments or evidence links of the own round', () => {
    // Only the snapshots hold text; the rounds hold ids and values.
    const rounds = JSON.stringify(file.rounds);
    expect(
      rounds.match(/Maria Lind|Förvaltningschef|Hemlig kommentar|intern-plan|answeredBy|comment|evidence/),
    ).toBeNull();
    expect(text.match(/Maria Lind|Hemlig kommentar|intern-plan/)).toBeNull();
    const ale = read.rounds.find((r) => r.organisationCode === '1440')!;
    expect(Object.keys(ale)).toEqual([
      'id',
      'organisationCode',
      'year',
      'label',
      'questionnaireKey',
      'publishedAt',
      'answers',
    ]);
    const firstPart = Q2016.sections[0]!;
    expect(ale.answers[firstPart.id]).not.toHaveProperty(firstPart.indicators[0]!.id);
    expect(ale.answers[firstPart.id]![firstPart.indicators[1]!.id]).toBe('delvis');
  });

  it('says what wrote it, when, and whether its answers are made up', () => {
    expect([read.writtenBy, read.createdAt, read.synthetic]).toEqual([
      { app: 'eBlomlådan', version: '0.1.0' },
      NOW,
      false,
    ]);
    const synthetic = readText(
      JSON.stringify(buildDataset(sources(REFERENCES), {}, REGISTER, { ...WRITER, synthetic: true })),
    );
    expect(synthetic.synthetic).toBe(true);
  });
});

describe('building a dataset', () => {
  it('writes the same bytes from the same rounds in any order', () => {
    const a = JSON.stringify(buildDataset(sources(REFERENCES), {}, REGISTER, WRITER));
    const shuffled = [...REFERENCES].reverse();
    shuffled.push(shuffled.shift()!);
    const b = JSON.stringify(buildDataset(sources(shuffled), {}, REGISTER, WRITER));
    expect(b).toBe(a);
  });

  it('writes a reference round’s answers in the questionnaire’s order, whatever order they were stored in', () => {
    const reversed = REFERENCES.slice(0, 1).map((r) => ({
      ...r,
      answers: Object.fromEntries(
        Object.entries(r.answers)
          .reverse()
          .map(([s, v]) => [s, Object.fromEntries(Object.entries(v).reverse())]),
      ),
    }));
    const file = buildDataset(sources(reversed, []), {}, REGISTER, WRITER);
    expect(JSON.stringify(file.rounds[0]!.answers)).toBe(JSON.stringify(REFERENCES[0]!.answers));
  });

  const codes = (file: DatasetFile) => [...new Set(file.rounds.map((r) => r.organisationCode))];
  const build = (filter: DatasetFilter) => buildDataset(sources(REFERENCES), filter, REGISTER, WRITER);

  it('selects by year, county, SKR group and questionnaire version', () => {
    expect(new Set(build({ years: [2024] }).rounds.map((r) => r.year))).toEqual(new Set([2024]));
    expect(build({ years: [2021, 2025] }).rounds).toHaveLength(12 + 40);

    const stockholm = build({ counties: ['01'] });
    expect(codes(stockholm).length).toBeGreaterThan(0);
    expect(codes(stockholm).every((c) => REGISTER.get(c)!.county === '01')).toBe(true);
    expect(codes(stockholm)).not.toContain('1440');
    expect(codes(build({ counties: ['14'] }))).toEqual(['1440']);

    const group = REGISTER.get('0114')!.group;
    const inGroup = build({ groups: [group] });
    expect(codes(inGroup).every((c) => REGISTER.get(c)!.group === group)).toBe(true);
    expect(codes(inGroup)).toContain('0114');

    const v2014 = build({ questionnaires: ['eblomladan@2014'] });
    expect(v2014.rounds).toHaveLength(24);
    expect(v2014.questionnaires.map((s) => s.key)).toEqual([KEY_2014]);

    const both = build({ years: [2024], counties: ['01'], questionnaires: ['eblomladan@2016'] });
    expect(
      both.rounds.every((r) => r.year === 2024 && REGISTER.get(r.organisationCode)!.county === '01'),
    ).toBe(true);
    expect(both.rounds.length).toBe(codes(stockholm).filter((c) => c !== '1440').length);

    const none = build({ years: [] });
    expect([none.rounds, none.questionnaires]).toEqual([[], []]);
    expect(readDataset(JSON.stringify(none)).ok).toBe(true);
  });

  it('leaves out a municipality the register does not know when county or group is asked for', () => {
    const unknown = {
      ...REFERENCES[0]!,
      id: '99999999-9999-4999-8999-999999999999',
      organisationCode: '9901',
    };
    const all = buildDataset(sources([unknown], []), {}, REGISTER, WRITER);
    expect(all.rounds).toHaveLength(1);
    expect(buildDataset(sources([unknown], []), { counties: ['14'] }, REGISTER, WRITER).rounds).toEqual([]);
    expect(buildDataset(sources([unknown], []), { groups: ['A2'] }, REGISTER, WRITER).rounds).toEqual([]);
  });

  it('writes a round held twice once: the own round, else the one published last', () => {
    const ale = aleRound();
    const asReference: ReferenceRound = {
      ...REFERENCES[0]!,
      id: '11111111-1111-4111-8111-111111111111',
      organisationCode: '1440',
      year: 2024,
      label: ale.round.label,
    };
    const sameId: ReferenceRound = { ...asReference, id: ale.round.id, label: 'annan' };
    const file = buildDataset(sources([asReference, sameId]), {}, REGISTER, WRITER);
    expect(file.rounds.map((r) => r.id)).toEqual([ale.round.id]);

    const older = { ...REFERENCES[0]!, publishedAt: '2023-01-01T00:00:00.000Z' };
    const newer = { ...REFERENCES[0]!, id: '22222222-2222-4222-8222-222222222222' };
    const kept = buildDataset(sources([older, newer], []), {}, REGISTER, WRITER).rounds;
    expect(kept.map((r) => r.id)).toEqual([newer.id]);
    expect(readDataset(JSON.stringify(file)).ok).toBe(true);
  });

  it('leaves out rounds that are not published', () => {
    const draft = aleRound();
    draft.round.status = 'draft';
    expect(buildDataset(sources([], [draft]), {}, REGISTER, WRITER).rounds).toEqual([]);
  });

  it('refuses to write a round whose snapshot is not stored', () => {
    const lost = { ...REFERENCES[0]!, questionnaireKey: 'eblomladan@2016#0000000000000000' };
    expect(() => buildDataset(sources([lost], []), {}, REGISTER, WRITER)).toThrow(/not stored/);
  });

  it('writes a snapshot with a control character under the key a reader gives it, so the file reads back', () => {
    const raw = structuredClone(Q2016) as Questionnaire & {
      sections: { indicators: { text: { sv: string } }[] }[];
    };
    raw.sections[0]!.indicators[0]!.text.sv += '\u0007';
    const rawKey = questionnaireKey(raw);
    const round = { ...REFERENCES[0]!, questionnaireKey: rawKey };
    const file = buildDataset(
      { own: [], references: [round], questionnaires: new Map([[rawKey, raw]]) },
      {},
      REGISTER,
      WRITER,
    );
    expect(file.questionnaires.map((s) => s.key)).toEqual([KEY_2016]);
    expect(file.rounds[0]!.questionnaireKey).toBe(KEY_2016);
    // As its round file would be read: the same key.
    expect(readSingle(singleRoundFile(round, raw)).questionnaireKey).toBe(KEY_2016);
    expect(readText(JSON.stringify(file)).rounds).toHaveLength(1);
  });
});
