import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  balancedColumns,
  bandMarks,
  CELL_WIDTH,
  CENTRE,
  layoutBox,
  PETAL_MAX,
  petalRadius,
  petals,
  wrapLabel,
} from '../../src/domain/flowerbox/geometry';
import { scoreColour } from '../../src/domain/flowerbox/palette';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import type { IndicatorResult } from '../../src/domain/score/scoring';

const scored = (score: number, i = 0): IndicatorResult => ({
  indicatorId: `i${i}`,
  state: 'scored',
  value: 'v',
  score,
  level: 1,
  levels: 2,
});
const ring = (score: number) => petalRadius(score) ** 2 - CENTRE ** 2;

describe('flower geometry', () => {
  it('draws one petal per indicator, for 1 to 30 indicators', () => {
    for (const n of [1, 2, 3, 7, 30]) {
      const marks = petals(Array.from({ length: n }, (_, i) => scored(0.5, i)));
      expect(marks).toHaveLength(n);
      expect(marks.every((m) => m.fill.startsWith('M'))).toBe(true);
    }
  });

  it('gives a petal an area proportional to its score, on a scale fixed to 0..1', () => {
    expect(petalRadius(0)).toBe(CENTRE);
    expect(petalRadius(1)).toBeCloseTo(PETAL_MAX);
    expect(ring(0.5) / ring(1)).toBeCloseTo(0.5);
    expect(ring(0.25) / ring(0.75)).toBeCloseTo(1 / 3);
    const radii = [0.1, 0.33, 0.5, 0.9, 1].map(petalRadius);
    expect([...radii].sort((x, y) => x - y)).toEqual(radii);
  });

  it('tells a score of 0, unanswered and not applicable apart', () => {
    const [zero, unanswered, na, full] = petals([
      scored(0, 0),
      { indicatorId: 'u', state: 'unanswered' },
      { indicatorId: 'n', state: 'not-applicable' },
      scored(1, 3),
    ]);
    expect(zero!.fill).toBe('');
    expect(zero!.zero).toBeDefined();
    expect(unanswered!.fill).toBe('');
    expect(unanswered!.zero).toBeUndefined();
    expect(unanswered!.line).toBeUndefined();
    expect(unanswered!.slot).not.toBe('');
    expect(na!.line).toBeDefined();
    expect(na!.zero).toBeUndefined();
    expect(full!.fill).not.toBe('');
  });

  it('is deterministic', () => {
    const results = [scored(0.3, 0), scored(0.8, 1), { indicatorId: 'u', state: 'unanswered' as const }];
    expect(petals(results)).toEqual(petals(results));
    expect(bandMarks(results, 300, 'blade')).toEqual(bandMarks(results, 300, 'blade'));
  });

  it('makes grass blades and soil columns as high as their score', () => {
    for (const shape of ['blade', 'column'] as const) {
      const [half, full, zero] = bandMarks([scored(0.5, 0), scored(1, 1), scored(0, 2)], 300, shape);
      const top = (d: string) =>
        Math.min(...(d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number).filter((v) => v <= 0));
      expect(top(half!.fill) / top(full!.fill)).toBeCloseTo(0.5);
      expect(zero!.fill).toBe('');
      expect(zero!.zero).toBeDefined();
    }
  });
});

describe('box layout', () => {
  const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.abs(a.x - b.x) < 2 * PETAL_MAX && Math.abs(a.y - b.y) < 2 * PETAL_MAX;

  it('places 1 to 12 flowers in any number of columns without overlap, bands below them', () => {
    for (let flowers = 1; flowers <= 12; flowers++) {
      for (const columns of [1, 2, 3, 4, 6, 12]) {
        const layout = layoutBox(flowers, true, true, columns);
        expect(layout.flowers).toHaveLength(flowers);
        for (let i = 0; i < flowers; i++)
          for (let j = i + 1; j < flowers; j++)
            expect(overlaps(layout.flowers[i]!, layout.flowers[j]!)).toBe(false);
        for (const f of layout.flowers) {
          expect(f.x - PETAL_MAX).toBeGreaterThanOrEqual(0);
          expect(f.x + PETAL_MAX).toBeLessThanOrEqual(layout.width);
          expect(f.labelY).toBeLessThan(layout.grass!.top);
        }
        expect(layout.grass!.bottom).toBeLessThanOrEqual(layout.soil!.top);
        expect(layout.soil!.bottom).toBe(layout.height);
      }
    }
  });

  it('leaves out the grass or the soil band when the questionnaire has none', () => {
    const layout = layoutBox(3, false, false, 3);
    expect(layout.grass).toBeUndefined();
    expect(layout.soil).toBeUndefined();
    expect(layout.width).toBe(3 * CELL_WIDTH);
    expect(layoutBox(3, false, true, 3).soil).toBeDefined();
  });

  it('balances rows: six flowers in at most five columns make two rows of three', () => {
    expect(balancedColumns(6, 5)).toBe(3);
    expect(balancedColumns(6, 6)).toBe(6);
    expect(balancedColumns(7, 4)).toBe(4);
    expect(balancedColumns(12, 1)).toBe(1);
    expect(balancedColumns(1, 6)).toBe(1);
  });

  it('never uses more columns than flowers', () => {
    expect(layoutBox(2, true, true, 6).columns).toBe(2);
    expect(layoutBox(7, true, true, 0).columns).toBe(1);
  });
});

describe('labels and colours', () => {
  it('wraps a long part name onto two lines and marks a cut', () => {
    expect(wrapLabel('Barn och elever', 20)).toEqual(['Barn och elever']);
    expect(wrapLabel('Kultur, fritid och besöksnäring i kommunen', 20)).toEqual([
      'Kultur, fritid och',
      'besöksnäring i…',
    ]);
    expect(wrapLabel('Samhällsbyggnadsförvaltningen', 12)).toEqual(['Samhällsbyg…']);
  });

  it('colours by score with lightness rising, so order survives colour-blindness', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const shades = [0, 0.2, 0.4, 0.6, 0.8, 1].map((s) => lum(scoreColour(s)));
    expect([...shades].sort((x, y) => x - y)).toEqual(shades);
    expect(scoreColour(-1)).toBe(scoreColour(0));
  });
});

describe('extreme test questionnaires', () => {
  const read = (name: string) =>
    loadQuestionnaire(readFileSync(join(import.meta.dirname, '../fixtures/questionnaires', name), 'utf8'));

  it('are valid and span the limits: 12 flowers of 30 and 7 levels; 1 flower of 1, 2 levels, no grass or soil', () => {
    const largest = read('extreme-largest.json');
    const smallest = read('extreme-smallest.json');
    if (!largest.ok || !smallest.ok) throw new Error('extreme questionnaire invalid');
    expect(largest.value.sections.filter((s) => s.kind === 'flower')).toHaveLength(12);
    expect(largest.value.sections.every((s) => s.indicators.length === 30)).toBe(true);
    expect(largest.value.scale.options).toHaveLength(7);
    expect(smallest.value.sections.map((s) => s.kind)).toEqual(['flower']);
    expect(smallest.value.scale.options).toHaveLength(2);
  });
});
