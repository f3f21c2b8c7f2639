/**
 * One figure per number, in the domain: for the example's three rounds (2023 on the 2014
 * questionnaire, 2024 and 2025 on 2016), the change of each part that Förändringar
 * (`compareRounds`), Trend (`partTrends`), Lok och vagnar (`byChange`, `byScore`) and the CSV
 * (`comparisonCsv`) carry is the same for the same pair, and the score is `scorePart`'s everywhere.
 * The component test tests/component/one-figure.test.tsx checks what the views write.
 */
import { describe, expect, it } from 'vitest';
import { compareRounds, type ChangeFigure, type RoundData } from '../../src/domain/compare/changes';
import { comparisonCsv } from '../../src/domain/compare/csv';
import { byChange, byScore, rank } from '../../src/domain/compare/ranking';
import { partTrends } from '../../src/domain/compare/trend';
import { buildExample } from '../../src/domain/example/example';
import { highlights } from '../../src/domain/score/highlights';
import { scoreRound } from '../../src/domain/score/scoring';
import { bundled } from '../component/round-fixtures';

const q2014 = bundled('2014');
const q2016 = bundled('2016');
const known = [q2014, q2016];
const example = buildExample(q2014, q2016);
const rounds: RoundData[] = example.rounds.map((round) => ({
  id: round.id,
  year: round.year,
  label: round.label,
  questionnaire: round.year === 2023 ? q2014 : q2016,
  answers: Object.fromEntries(
    example.responses.filter((r) => r.roundId === round.id).map((r) => [r.sectionId, r.answers]),
  ),
}));
const [r2023, r2024, r2025] = rounds as [RoundData, RoundData, RoundData];

const figure = ({ earlier, later, delta, direction, compared, total, reason }: ChangeFigure) => ({
  earlier,
  later,
  delta,
  direction,
  compared,
  total,
  reason,
});

describe('the same pair of rounds has the same figures in every view', () => {
  it.each([
    ['2023 → 2024, across questionnaire versions', r2023, r2024],
    ['2024 → 2025, one version', r2024, r2025],
  ])('%s', (_, earlier, later) => {
    const comparison = compareRounds(earlier, later, known);
    const changes = new Map(comparison.parts.map((p) => [p.sectionId, figure(p)]));
    const scores = new Map(scoreRound(later.questionnaire, later.answers).map((p) => [p.sectionId, p.score]));
    expect(comparison.parts.some((p) => p.delta !== null)).toBe(true);

    // Trend of just the pair, and the matching step of the trend over all three rounds.
    const steps = [
      ...partTrends([earlier, later], known).map((t) => [t.sectionId, t.steps[0]!, t.latest.score] as const),
      ...partTrends(rounds, known).map((t) => {
        const step = t.steps.find((s) => s.from.id === earlier.id && s.to.id === later.id)!;
        return [t.sectionId, step, t.latest.score] as const;
      }),
    ];
    expect(steps).toHaveLength(2 * comparison.parts.length);
    for (const [sectionId, step, latest] of steps) {
      expect(figure(step), `trend ${sectionId}`).toEqual(changes.get(sectionId));
      if (later === r2025) expect(latest).toBe(scores.get(sectionId));
    }

    // Lok och vagnar ranks the same change and the later round's own score.
    for (const r of byChange(comparison.parts)) expect(r.value).toBe(changes.get(r.part.sectionId)!.delta);
    for (const r of byScore(comparison.parts)) expect(r.value).toBe(scores.get(r.part.sectionId));

    // The CSV's part rows carry the same means and change.
    const words = {
      headings: Object.fromEntries(
        [
          'level',
          'part',
          'indicatorId',
          'indicator',
          'earlier',
          'later',
          'earlierScore',
          'laterScore',
          'change',
          'direction',
          'compared',
          'notComparable',
        ].map((k) => [k, k]),
      ) as Parameters<typeof comparisonCsv>[1]['headings'],
      partLevel: 'Del',
      indicatorLevel: 'Indikator',
      notApplicable: 'na',
      unanswered: 'ua',
      direction: (d: string) => d,
      reason: (r: string) => r,
      basis: (c: number, t: number) => `${c} av ${t}`,
    };
    const rows = comparisonCsv(comparison, words, (text) => text.sv)
      .split('\r\n')
      .filter((row) => row.startsWith('"Del";'))
      .map((row) => row.split(';'));
    const number = (cell: string) => (cell === '' ? null : Number(cell.replace(',', '.')));
    expect(rows.map((row) => [number(row[6]!), number(row[7]!), number(row[8]!)])).toEqual(
      comparison.parts.map((p) => [p.earlier, p.later, p.delta]),
    );
  });

  it('names as gaps only parts that no sufficiently answered part scores below', () => {
    for (const round of rounds) {
      const parts = scoreRound(round.questionnaire, round.answers);
      const { strongest, gaps } = highlights(parts);
      const rated = parts.filter((p) => p.score !== null && p.coverage >= 0.5).map((p) => p.score!);
      expect(gaps.length).toBeGreaterThan(0);
      for (const gap of gaps) expect(gap.score).toBe(Math.min(...rated));
      for (const top of strongest) expect(top.score).toBe(Math.max(...rated));
    }
  });
});

describe('ranking', () => {
  it('marks a tie at the edge of a quarter whole, never as an order', () => {
    const values = [0.9, 0.8, 0.8, 0.7, 0.6, 0.5, 0.4, 0.4];
    const parts = compareRounds(r2024, r2025, known).parts;
    const ranked = rank(parts, (p) => values[parts.indexOf(p)] ?? null);
    expect(ranked.map((r) => [r.value, r.rank, r.position])).toEqual([
      [0.9, 1, 'locomotive'],
      [0.8, 2, 'locomotive'],
      [0.8, 2, 'locomotive'],
      [0.7, 4, 'middle'],
      [0.6, 5, 'middle'],
      [0.5, 6, 'middle'],
      [0.4, 7, 'wagon'],
      [0.4, 7, 'wagon'],
    ]);
    // A tie across the middle of the list is neither pulling nor lagging.
    const level = rank(parts.slice(0, 5), (p) => [1, 0.5, 0.5, 0.5, 0][parts.indexOf(p)]!);
    expect(level.map((r) => r.position)).toEqual(['locomotive', 'middle', 'middle', 'middle', 'wagon']);
  });
});
