import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  balancedColumns,
  bandMarks,
  CELL_WIDTH,
  CENTRE,
  layoutPlanter,
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

  it('tells a score of 0, unanswered and not applicable apart, each with one sign and no area', () => {
    const [zero, unanswered, na, full] = petals([
      scored(0, 0),
      { indicatorId: 'u', state: 'unanswered' },
      { indicatorId: 'n', state: 'not-applicable' },
      scored(1, 3),
    ]);
    const signs = (m: (typeof full & object) | undefined) =>
      [m!.fill && 'fill', m!.zero && 'zero', m!.open && 'open', m!.na && 'na'].filter(Boolean);
    expect(signs(zero)).toEqual(['zero']);
    expect(signs(unanswered)).toEqual(['open']);
    expect(signs(na)).toEqual(['na']);
    expect(signs(full)).toEqual(['fill']);
  });

  it('keeps the signs near the centre, so an empty flower looks smaller than an answered one', () => {
    // The farthest point a path reaches from the centre: the end points of its M, L and A commands.
    const reach = (d: string) => {
      let max = 0;
      for (const [, command, args] of d.matchAll(/([MLAZ])([^MLAZ]*)/gi)) {
        const n = (args!.match(/-?\d*\.?\d+(e-?\d+)?/g) ?? []).map(Number);
        const size = command!.toUpperCase() === 'A' ? 7 : 2;
        for (let i = 0; i + size <= n.length; i += size)
          max = Math.max(max, Math.hypot(n[i + size - 2]!, n[i + size - 1]!));
      }
      return max;
    };
    const marks = petals([
      scored(0, 0),
      { indicatorId: 'u', state: 'unanswered' },
      { indicatorId: 'n', state: 'not-applicable' },
    ]);
    for (const d of [marks[0]!.zero!, marks[1]!.open!, marks[2]!.na!])
      expect(reach(d)).toBeLessThan(petalRadius(0.15));
  });

  it('leaves six o’clock, where the stem leaves the head, between two petals', () => {
    for (let n = 2; n <= 30; n++) {
      const marks = petals(Array.from({ length: n }, (_, i) => scored(0.5, i)));
      expect(marks.filter((m) => Math.abs(m.tip.x) < 1e-6 && m.tip.y > 0)).toEqual([]);
    }
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

describe('planter layout', () => {
  const input = (flowers: number, columns: number) => ({
    flowers,
    columns,
    font: 15,
    tagLines: 3,
    grassLines: 2,
    soilLines: 2,
  });

  it('places 1 to 12 flowers in any number of columns: heads apart, inside, tags clear of the heads below', () => {
    for (let flowers = 1; flowers <= 12; flowers++) {
      for (const columns of [1, 2, 3, 4, 6, 12]) {
        const layout = layoutPlanter(input(flowers, balancedColumns(flowers, columns)));
        expect(layout.flowers).toHaveLength(flowers);
        for (const [i, a] of layout.flowers.entries()) {
          expect(a.x - PETAL_MAX).toBeGreaterThanOrEqual(0);
          expect(a.x + PETAL_MAX).toBeLessThanOrEqual(layout.width);
          expect(a.y - PETAL_MAX).toBeGreaterThanOrEqual(0);
          expect(a.tagTop + layout.tag.height).toBeLessThan(layout.grass!.top);
          for (const b of layout.flowers.slice(i + 1)) {
            expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * PETAL_MAX);
            // A tag ends before the next row's heads begin.
            if (b.y > a.y) expect(a.tagTop + layout.tag.height).toBeLessThan(b.y - PETAL_MAX);
          }
        }
        expect(layout.grass!.bottom).toBe(layout.ground);
        expect(layout.box.top).toBe(layout.ground);
        expect(layout.height).toBe(layout.box.bottom);
      }
    }
  });

  it('sets each row half a flower aside from the one in front, so stems rise between the heads', () => {
    const layout = layoutPlanter(input(8, 4));
    const rows = [...new Set(layout.flowers.map((f) => f.y))].sort((a, b) => a - b);
    expect(rows).toHaveLength(2);
    const back = layout.flowers.filter((f) => f.y === rows[0]);
    const front = layout.flowers.filter((f) => f.y === rows[1]);
    for (const stem of back)
      for (const head of front)
        expect(Math.abs(stem.x - head.x)).toBeGreaterThanOrEqual(CELL_WIDTH / 2 - 1e-9);
    expect(layout.width).toBe(4.5 * CELL_WIDTH);
  });

  it('puts a short row at the back and keeps the front row full', () => {
    const layout = layoutPlanter(input(7, 4));
    const frontY = Math.max(...layout.flowers.map((f) => f.y));
    expect(layout.flowers.filter((f) => f.y === frontY)).toHaveLength(4);
  });

  it('lays boxes with fewer flowers out as wide as the widest, so side by side they share a scale', () => {
    const small = layoutPlanter({ ...input(3, 3), widthFor: 6 });
    const large = layoutPlanter(input(6, 3));
    expect(small.width).toBe(large.width);
  });

  it('draws the box only as a rim when the questionnaire has no soil, and no grass band without grass', () => {
    const layout = layoutPlanter({ ...input(3, 3), grassLines: 0, soilLines: 0 });
    expect(layout.grass).toBeUndefined();
    expect(layout.box.bottom - layout.box.top).toBeLessThan(40);
    expect(layout.width).toBe(3 * CELL_WIDTH);
  });

  it('balances rows: six flowers in at most five columns make two rows of three', () => {
    expect(balancedColumns(6, 5)).toBe(3);
    expect(balancedColumns(6, 6)).toBe(6);
    expect(balancedColumns(7, 4)).toBe(4);
    expect(balancedColumns(12, 1)).toBe(1);
    expect(balancedColumns(1, 6)).toBe(1);
  });
});

describe('labels and colours', () => {
  it('wraps a long part name at spaces, hyphenates a word longer than a line, and marks a cut', () => {
    expect(wrapLabel('Barn och elever', 20)).toEqual(['Barn och elever']);
    expect(wrapLabel('Kultur, fritid och besöksnäring i kommunen', 20)).toEqual([
      'Kultur, fritid och',
      'besöksnäring i…',
    ]);
    expect(wrapLabel('Samhällsbyggnadsförvaltningen', 12, 3)).toEqual([
      'Samhällsbyg-',
      'gnadsförval-',
      'tningen',
    ]);
    expect(wrapLabel('Samhällsbyggnadsförvaltningen', 12, 2)).toEqual(['Samhällsbyg-', 'gnadsförval…']);
    for (const line of wrapLabel('Kulturintresserade, fritidsutövare och besökare', 14, 6))
      expect(line.length).toBeLessThanOrEqual(14);
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
