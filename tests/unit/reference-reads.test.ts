/**
 * "Jämför med andra" and the report read reference rounds through the indexes of version 5
 * (storage/reference-rounds.ts): the page one questionnaire version's rounds with the other
 * versions counted per year, the report the years of the version as index keys and one year's
 * rounds. The figures must be exactly those the domain computes over the whole table.
 */
import { describe, expect, it } from 'vitest';
import {
  comparePeers,
  comparePeersOf,
  peerYears,
  type PeerFilter,
} from '../../src/domain/peers/distribution';
import { referencePlace, referencePlaceOf } from '../../src/domain/peers/place';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import type { ReferenceRound } from '../../src/domain/round/model';
import { db } from '../../src/storage/db';
import {
  countReferenceRounds,
  readReferencePlace,
  readReferenceRoundsOfYear,
  readReferenceYears,
  readVersionReferences,
} from '../../src/storage/reference-rounds';

const questionnaire = (id: string, version: string) =>
  ({
    format: 'eblomladan.questionnaire/1',
    id,
    version,
    published: '2016-01-01',
    title: { sv: 'Q' },
    scale: {
      options: [
        { value: 'nej', label: { sv: 'Nej' }, score: 0 },
        { value: 'delvis', label: { sv: 'Delvis' }, score: 0.5 },
        { value: 'ja', label: { sv: 'Ja' }, score: 1 },
      ],
      notApplicable: { value: 'na', label: { sv: 'Ej aktuellt' } },
    },
    sections: [
      {
        id: 'skola',
        kind: 'flower',
        title: { sv: 'Skola' },
        respondent: { role: 'head-of-administration', title: { sv: 'Chef' } },
        indicators: [
          { id: 'a', text: { sv: 'A' } },
          { id: 'b', text: { sv: 'B' } },
        ],
      },
    ],
  }) as Questionnaire;

const Q16 = questionnaire('q', '16');
const register = new Map([
  ['0114', { county: '01', group: 'A2' }],
  ['0115', { county: '01', group: 'B3' }],
  ['1280', { county: '12', group: 'A1' }],
  ['1401', { county: '14', group: 'A2' }],
  ['1440', { county: '14', group: 'B3' }],
  ['2480', { county: '24', group: 'B3' }],
]);
// 9999 is not in the register: left out when a county or group is asked for.
const CODES = [...register.keys(), '9999'];
// Two snapshots of q 16, and keys that share its prefix but are another version or id.
const KEYS = [
  'q@16#0123456789abcdef',
  'q@16#fedcba9876543210',
  'q@160#0123456789abcdef',
  'q@1#0123456789abcdef',
  'qq@16#0123456789abcdef',
  'q@14#0123456789abcdef',
];
const VALUES = ['nej', 'delvis', 'ja', 'na'];

/** mulberry32, so the rounds are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 400 rounds over 2019–2025 in random id order: several per municipality and year (some published
 * at the same moment, where the table's order decides which counts), the own municipality, keys
 * of other versions, an unknown code, some synthetic.
 */
function references(): ReferenceRound[] {
  const next = random(17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: 400 }, (): ReferenceRound => {
    const year = 2019 + Math.floor(next() * 7);
    const answers: Record<string, string> = {};
    for (const id of ['a', 'b']) if (next() < 0.8) answers[id] = pick(VALUES);
    const hex = Array.from({ length: 12 }, () => Math.floor(next() * 16).toString(16)).join('');
    return {
      id: `${hex.slice(0, 8)}-0000-4000-8000-${hex}`,
      organisationCode: pick(CODES),
      year,
      label: '',
      publishedAt: `${year}-${pick(['03', '06', '06', '11'])}-01T00:00:00.000Z`,
      questionnaireKey: next() < 0.6 ? pick(KEYS.slice(0, 2)) : pick(KEYS),
      answers: { skola: answers },
      importedAt: '2026-01-01T00:00:00.000Z',
      fileName: 'underlag.json',
      ...(next() < 0.3 ? { synthetic: true as const } : {}),
    };
  });
}

const own = (year: number, q: Questionnaire = Q16) => ({
  organisationCode: '1440',
  year,
  questionnaire: q,
  answers: { skola: { a: { value: 'delvis', updatedAt: '' } } },
});

describe('reference rounds read through the indexes', () => {
  it('gives the years of a questionnaire version as peerYears does over the whole table', async () => {
    await db.referenceRounds.bulkAdd(references());
    // The whole table, as the views read it before version 5 (in the table's order, by id).
    const all = await db.referenceRounds.toArray();
    for (const [id, version] of [
      ['q', '16'],
      ['q', '1'],
      ['q', '160'],
      ['qq', '16'],
      ['q', '14'],
      ['q', '2'],
    ] as const) {
      const q = questionnaire(id, version);
      expect(await readReferenceYears(q), `${id}@${version}`).toEqual(peerYears(all, q));
    }
    // Not a vacuous check: q 16 has rounds in every year, q 2 in none.
    expect(await readReferenceYears(Q16)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(await readReferenceYears(questionnaire('q', '2'))).toEqual([]);
  });

  it('reads one version’s rounds, and comparePeersOf gives the whole table’s figures for every year and filter', async () => {
    await db.referenceRounds.bulkAdd(references());
    // The whole table, as the views read it before version 5 (in the table's order, by id).
    const all = await db.referenceRounds.toArray();
    let compared = 0;
    let superseded = 0;
    let otherVersion = 0;
    for (const q of [Q16, questionnaire('q', '14'), questionnaire('q', '160'), questionnaire('q', '2')]) {
      const held = await readVersionReferences(q);
      // Only the version's rounds are read.
      expect(held.rounds.length).toBe(
        all.filter((r) => r.questionnaireKey.startsWith(`q@${q.version}#`)).length,
      );
      expect(held.rounds.length).toBeLessThan(all.length);
      expect(peerYears(held.rounds, q)).toEqual(await readReferenceYears(q));
      for (const year of [2019, 2022, 2025, 2030]) {
        for (const county of [undefined, '01', '14', '99']) {
          for (const group of [undefined, 'A2', 'B3']) {
            const filter: PeerFilter = { year, county, group };
            const narrow = comparePeersOf(own(2025, q), held, filter, register);
            expect(narrow).toEqual(comparePeers(own(2025, q), all, filter, register));
            compared += narrow.basis.length;
            superseded += narrow.superseded;
            otherVersion += narrow.otherVersion;
          }
        }
      }
    }
    // Not vacuous: rounds compared, older rounds and other versions left out, on both paths.
    expect(compared).toBeGreaterThan(40);
    expect(superseded).toBeGreaterThan(0);
    expect(otherVersion).toBeGreaterThan(0);
  });

  it('counts no other version when every round held is on the version', async () => {
    const rounds = references().filter((r) => r.questionnaireKey.startsWith('q@16#'));
    await db.referenceRounds.bulkAdd(rounds);
    const all = await db.referenceRounds.toArray();
    const held = await readVersionReferences(Q16);
    expect(held.rounds).toEqual(all);
    for (const year of [2019, 2025]) {
      const filter: PeerFilter = { year, county: '14' };
      expect(comparePeersOf(own(2025), held, filter, register)).toEqual(
        comparePeers(own(2025), all, filter, register),
      );
    }
    // One round of another version: counted in its year.
    await db.referenceRounds.add({
      ...rounds[0]!,
      id: 'ffffffff-0000-4000-8000-000000000000',
      questionnaireKey: 'q@14#0123456789abcdef',
    });
    const after = await readVersionReferences(Q16);
    expect(comparePeersOf(own(2025), after, { year: rounds[0]!.year }, register).otherVersion).toBe(1);
  });

  it('reads the rounds of one year for the report, every questionnaire, in the table’s order', async () => {
    await db.referenceRounds.bulkAdd(references());
    const all = await db.referenceRounds.toArray();
    for (const year of [2019, 2025, 2030]) {
      expect(await readReferenceRoundsOfYear(year)).toEqual(all.filter((r) => r.year === year));
    }
  });

  it('counts synthetic rounds of the basis, so the views can say the figures are invented', async () => {
    await db.referenceRounds.bulkAdd(references());
    const comparison = comparePeers(
      own(2025),
      await readReferenceRoundsOfYear(2024),
      { year: 2024 },
      register,
    );
    expect(comparison.synthetic).toBe(comparison.basis.filter((r) => r.synthetic).length);
    expect(comparison.synthetic).toBeGreaterThan(0);
    expect(comparison.synthetic).toBeLessThan(comparison.basis.length);
  });

  it('gives the report the same place as the whole table, in every case', async () => {
    // Nothing held yet.
    expect(referencePlaceOf(own(2025), await readReferencePlace(Q16, 2025), register)).toEqual({
      kind: 'no-references',
    });
    await db.referenceRounds.bulkAdd(references());
    const all = await db.referenceRounds.toArray();
    expect(await countReferenceRounds()).toBe(400);
    const cases = [
      own(2025),
      own(2022),
      // A year with no rounds on q 16: the newest year is compared.
      own(2031),
      // A version none of the rounds is on.
      own(2025, questionnaire('q', '2')),
      own(2024, questionnaire('q', '14')),
    ];
    const kinds = new Set<string>();
    for (const round of cases) {
      const held = await readReferencePlace(round.questionnaire, round.year);
      const place = referencePlaceOf(round, held, register);
      expect(place).toEqual(referencePlace(round, all, register));
      kinds.add(place.kind);
      // Only one year's rounds were read.
      expect(new Set(held.rounds.map((r) => r.year)).size).toBeLessThanOrEqual(1);
    }
    expect([...kinds].sort()).toEqual(['compared', 'other-version']);
  });
});
