import { describe, expect, it } from 'vitest';
import { comparePeers } from '../../src/domain/peers/distribution';
import { bandOf, defaultPeerYear, referencePlace } from '../../src/domain/peers/place';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import type { ReferenceRound } from '../../src/domain/round/model';

const q = {
  format: 'eblomladan.questionnaire/1',
  id: 'q',
  version: '16',
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
    {
      id: 'mark',
      kind: 'soil',
      title: { sv: 'Mark' },
      respondent: { role: 'it-strategist', title: { sv: 'IT-strateg' } },
      indicators: [{ id: 'c', text: { sv: 'C' } }],
    },
  ],
} as Questionnaire;

let n = 0;
function ref(code: string, year: number, skola: Record<string, string>, extra: Partial<ReferenceRound> = {}) {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationCode: code,
    year,
    label: 'Syntetiska data',
    publishedAt: `${year}-12-01T00:00:00.000Z`,
    questionnaireKey: 'q@16#0123456789abcdef',
    answers: { skola },
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: `${code}.json`,
    ...extra,
  } satisfies ReferenceRound;
}

const own = (year: number, skola: Record<string, string>) => ({
  organisationCode: '1440',
  year,
  questionnaire: q,
  answers: {
    skola: Object.fromEntries(Object.entries(skola).map(([k, value]) => [k, { value, updatedAt: '' }])),
  },
});

const register = new Map([
  ['0114', { county: '01', group: 'A2' }],
  ['0115', { county: '01', group: 'B3' }],
  ['1280', { county: '12', group: 'A1' }],
  ['1440', { county: '14', group: 'B3' }],
]);

// Quartiles 0.25, median 0.5, upper quartile 0.75 (R-7 over 0, 0.25, 0.5, 0.75, 1).
const spread = { n: 5, min: 0, q1: 0.25, median: 0.5, q3: 0.75, max: 1 };

describe('a score against the quartiles', () => {
  it('names the band from below the lower quartile to above the upper one', () => {
    expect(bandOf(0.1, spread)).toBe('below-q1');
    expect(bandOf(0.3, spread)).toBe('q1-median');
    expect(bandOf(0.5, spread)).toBe('median');
    expect(bandOf(0.6, spread)).toBe('median-q3');
    expect(bandOf(0.9, spread)).toBe('above-q3');
  });

  it('puts a score on a quartile in the band nearer the median, and ignores rounding noise', () => {
    expect(bandOf(0.25, spread)).toBe('q1-median');
    expect(bandOf(0.75, spread)).toBe('median-q3');
    expect(bandOf(0.1 + 0.4, spread)).toBe('median');
    expect(bandOf(0.25 - 1e-12, spread)).toBe('q1-median');
  });

  it('is at the median of a group of one with the same score, and above or below it otherwise', () => {
    const one = { n: 1, min: 0.5, q1: 0.5, median: 0.5, q3: 0.5, max: 0.5 };
    expect(bandOf(0.5, one)).toBe('median');
    expect(bandOf(0.75, one)).toBe('above-q3');
    expect(bandOf(0, one)).toBe('below-q1');
  });
});

describe('the year shown first', () => {
  it("is the round's own year when it has other rounds, else the newest", () => {
    expect(defaultPeerYear([2026, 2025, 2024], 2025)).toBe(2025);
    expect(defaultPeerYear([2024, 2023], 2025)).toBe(2024);
    expect(defaultPeerYear([], 2025)).toBeUndefined();
  });
});

describe("a round's place among other municipalities' rounds", () => {
  const refs = [
    ref('0114', 2025, { a: 'ja', b: 'ja' }),
    ref('0115', 2025, { a: 'nej', b: 'delvis' }),
    ref('1280', 2025, { a: 'delvis', b: 'delvis' }),
    ref('1280', 2024, { a: 'ja', b: 'ja' }),
    ref('1440', 2025, { a: 'ja', b: 'ja' }),
    ref('0114', 2025, { a: 'delvis' }, { questionnaireKey: 'q@14#0123456789abcdef' }),
  ];

  it('says when there is nothing to compare with, and when nothing is on the same version', () => {
    expect(referencePlace(own(2025, {}), [], register)).toEqual({ kind: 'no-references' });
    const older = refs.filter((r) => r.questionnaireKey.startsWith('q@14#'));
    expect(referencePlace(own(2025, {}), older, register)).toEqual({ kind: 'other-version', references: 1 });
  });

  it('is exactly what Jämför med andra computes for its first group, with each part’s band', () => {
    const round = own(2025, { a: 'ja', b: 'delvis' });
    const place = referencePlace(round, refs, register);
    if (place.kind !== 'compared') throw new Error(`expected a comparison, got ${place.kind}`);
    expect(place.filter).toEqual({ year: 2025 });
    expect(place.comparison).toEqual(comparePeers(round, refs, { year: 2025 }, register));
    // Ale's own reference round and 0114's round on the 2014 version.
    expect(place.leftOut).toBe(2);
    // Others 1, 0.25 and 0.5: quartiles 0.375 and 0.75, median 0.5. Ale's 0.75 is on the upper quartile.
    const [skola, mark] = place.parts;
    expect(skola!.part.spread).toMatchObject({ n: 3, q1: 0.375, median: 0.5, q3: 0.75 });
    expect(skola!.part.position).toEqual({ higher: 1, same: 0, lower: 2 });
    expect(skola!.band).toBe('median-q3');
    // Nobody has a score in the soil: no spread, no band.
    expect(mark!.part.spread).toBeNull();
    expect(mark!.band).toBeNull();
  });

  it('has no band for a part the round itself has not answered', () => {
    const place = referencePlace(own(2025, {}), refs, register);
    if (place.kind !== 'compared') throw new Error(`expected a comparison, got ${place.kind}`);
    expect(place.parts[0]!.part.spread).not.toBeNull();
    expect(place.parts[0]!.band).toBeNull();
  });

  it("compares with the newest year when the round's own year has no other rounds", () => {
    const place = referencePlace(own(2026, { a: 'nej', b: 'nej' }), refs, register);
    if (place.kind !== 'compared') throw new Error(`expected a comparison, got ${place.kind}`);
    expect(place.filter).toEqual({ year: 2025 });
    expect(place.comparison.basis.map((r) => r.organisationCode)).toEqual(['0114', '0115', '1280']);
    expect(place.parts[0]!.band).toBe('below-q1');
  });

  it('is a comparison with no basis when the only rounds of the year are the municipality’s own', () => {
    const place = referencePlace(own(2025, { a: 'ja' }), [ref('1440', 2025, { a: 'ja' })], register);
    if (place.kind !== 'compared') throw new Error(`expected a comparison, got ${place.kind}`);
    expect(place.comparison.basis).toEqual([]);
    expect(place.comparison.ownMunicipality).toBe(1);
    expect(place.parts.every((p) => p.band === null)).toBe(true);
  });
});
