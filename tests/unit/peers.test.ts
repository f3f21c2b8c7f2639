import { describe, expect, it } from 'vitest';
import { comparePeers, peerYears, positionOf, spreadOf } from '../../src/domain/peers/distribution';
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
  ],
} as Questionnaire;

let n = 0;
function ref(
  code: string,
  year: number,
  answers: Record<string, string>,
  extra: Partial<ReferenceRound> = {},
) {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationCode: code,
    year,
    label: 'Syntetiska data',
    publishedAt: `${year}-12-01T00:00:00.000Z`,
    questionnaireKey: 'q@16#0123456789abcdef',
    answers: { skola: answers },
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: `${code}.json`,
    ...extra,
  } satisfies ReferenceRound;
}

const own = (answers: Record<string, string>) => ({
  organisationCode: '1440',
  questionnaire: q,
  answers: {
    skola: Object.fromEntries(Object.entries(answers).map(([k, value]) => [k, { value, updatedAt: '' }])),
  },
});

const register = new Map([
  ['0114', { county: '01', group: 'A2' }],
  ['0115', { county: '01', group: 'B3' }],
  ['1280', { county: '12', group: 'A1' }],
  ['1440', { county: '14', group: 'B3' }],
]);

describe('spread and position', () => {
  it('gives N, min, quartiles, median and max with R-7 quantiles', () => {
    expect(spreadOf([1, 0, 0.5, 0.25])).toEqual({
      n: 4,
      min: 0,
      q1: 0.1875,
      median: 0.375,
      q3: 0.625,
      max: 1,
    });
    expect(spreadOf([0.5])).toEqual({ n: 1, min: 0.5, q1: 0.5, median: 0.5, q3: 0.5, max: 0.5 });
    expect(spreadOf([])).toBeNull();
  });

  it('counts others above, level with and below, without rounding noise', () => {
    expect(positionOf(0.5, [0.1 + 0.4, 0.7, 0.2, 0.2])).toEqual({ higher: 1, same: 1, lower: 2 });
  });
});

describe('comparing with other municipalities', () => {
  const refs = [
    ref('0114', 2025, { a: 'ja', b: 'ja' }),
    ref('0115', 2025, { a: 'nej', b: 'delvis' }),
    ref('1280', 2025, { a: 'na', b: 'na' }),
    ref('1280', 2024, { a: 'ja', b: 'ja' }),
    ref('1440', 2025, { a: 'ja', b: 'ja' }),
    ref('0114', 2025, { a: 'delvis' }, { questionnaireKey: 'q@14#0123456789abcdef' }),
  ];

  it('uses the year, the same version and other municipalities only, and says what it left out', () => {
    const result = comparePeers(own({ a: 'delvis', b: 'delvis' }), refs, { year: 2025 }, register);
    expect(result.basis.map((r) => r.organisationCode)).toEqual(['0114', '0115', '1280']);
    expect(result.otherVersion).toBe(1);
    expect(result.ownMunicipality).toBe(1);
    const part = result.parts[0]!;
    expect(part.own.score).toBe(0.5);
    // 1280 answered nothing applicable: it has no score and is counted apart, not as a zero.
    expect(part.spread).toMatchObject({ n: 2, min: 0.25, median: 0.625, max: 1 });
    expect(part.withoutScore).toBe(1);
    expect(part.position).toEqual({ higher: 1, same: 0, lower: 1 });
  });

  it('counts each answer option per indicator, with not applicable and unanswered apart', () => {
    const refsWithGap = [
      ...refs,
      ref('0115', 2025, { b: 'ja' }, { publishedAt: '2025-12-24T00:00:00.000Z' }),
    ];
    const result = comparePeers(own({ a: 'ja' }), refsWithGap, { year: 2025 }, register);
    // The newer round of 0115 replaces its older one.
    expect(result.superseded).toBe(1);
    const [a, b] = result.parts[0]!.indicators;
    expect(a!.counts).toEqual([
      { value: 'nej', count: 0 },
      { value: 'delvis', count: 0 },
      { value: 'ja', count: 1 },
    ]);
    expect(a!.notApplicable).toBe(1);
    expect(a!.unanswered).toBe(1);
    expect(a!.own).toMatchObject({ state: 'scored', value: 'ja' });
    expect(b!.own.state).toBe('unanswered');
    expect(b!.spread).toMatchObject({ n: 2, median: 1 });
  });

  it('filters by county and by SKR group from the register', () => {
    expect(comparePeers(own({}), refs, { year: 2025, county: '01' }, register).basis).toHaveLength(2);
    const group = comparePeers(own({}), refs, { year: 2025, county: '01', group: 'B3' }, register);
    expect(group.basis.map((r) => r.organisationCode)).toEqual(['0115']);
    // A municipality the register does not know drops out as soon as a filter is set.
    const unknown = [...refs, ref('9999', 2025, { a: 'ja' })];
    expect(comparePeers(own({}), unknown, { year: 2025 }, register).basis).toHaveLength(4);
    expect(comparePeers(own({}), unknown, { year: 2025, group: 'A2' }, register).basis).toHaveLength(1);
  });

  it('has no spread and no position when there is nothing to compare', () => {
    const result = comparePeers(own({}), refs, { year: 2019 }, register);
    expect(result.basis).toEqual([]);
    expect(result.parts[0]!.spread).toBeNull();
    expect(result.parts[0]!.position).toBeNull();
  });

  it('lists the years with reference rounds on the same version, newest first', () => {
    expect(peerYears(refs, q)).toEqual([2025, 2024]);
  });
});
