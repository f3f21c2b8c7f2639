/**
 * Geometry of the flower box, as pure functions: one flower per flower part, one petal per
 * indicator, the grass and the soil below. Sizes are in SVG user units; React draws the result.
 *
 * Honesty rule: a mark's visible area is proportional to its score on a scale fixed to 0..1,
 * whatever the questionnaire, so boxes of different years and versions can be compared.
 */
import { arc } from 'd3-shape';
import type { IndicatorResult } from '../score/scoring';

/** Petal radius at score 1. */
export const PETAL_MAX = 90;
/** Radius of a flower's centre disc; petals start at its edge. */
export const CENTRE = 18;
const CELL_PAD = 14;
const LABEL_HEIGHT = 40;
export const CELL_WIDTH = 2 * (PETAL_MAX + CELL_PAD);
export const CELL_HEIGHT = 2 * PETAL_MAX + CELL_PAD * 2 + LABEL_HEIGHT;
/** Height of the grass band and the soil band at score 1 (the bands add a margin around it). */
export const BAND_MAX = 64;
const BAND_PAD = 26;
/** Size of the marker that shows a score of exactly 0 (which has no area to draw). */
export const ZERO_MARK = 4;

/**
 * Petal outer radius for a score: the ring between the centre and this radius has an area
 * proportional to the score (r² grows linearly), so a petal twice the score has twice the area.
 */
export function petalRadius(score: number): number {
  const s = Math.min(1, Math.max(0, score));
  return Math.sqrt(CENTRE * CENTRE + s * (PETAL_MAX * PETAL_MAX - CENTRE * CENTRE));
}

/** One indicator's mark: a filled shape for a score, plus what to show for 0, unanswered and n/a. */
export interface Mark {
  indicatorId: string;
  state: IndicatorResult['state'];
  score: number | null;
  /** The filled shape (empty for score 0, unanswered and not applicable). */
  fill: string;
  /** The full-size outline: dashed for unanswered, the reference slot otherwise. */
  slot: string;
  /** A dot for a score of exactly 0, so it differs from unanswered. */
  zero?: { x: number; y: number };
  /** A dotted line for "ej aktuellt". */
  line?: { x1: number; y1: number; x2: number; y2: number };
}

const petalArc = arc<{ outer: number; start: number; end: number }>()
  .innerRadius(CENTRE)
  .outerRadius((d) => d.outer)
  .startAngle((d) => d.start)
  .endAngle((d) => d.end)
  .cornerRadius((d) => Math.min(8, (d.outer - CENTRE) / 3));

const polar = (r: number, angle: number) => ({ x: r * Math.sin(angle), y: -r * Math.cos(angle) });

/** The petals of one flower, clockwise from twelve o'clock, centred on (0, 0). */
export function petals(results: readonly IndicatorResult[]): Mark[] {
  const n = results.length;
  const step = (2 * Math.PI) / n;
  const gap = n === 1 ? 0 : Math.min(0.05, step * 0.12);
  return results.map((result, i) => {
    const start = i * step + gap / 2;
    const end = (i + 1) * step - gap / 2;
    const mid = (start + end) / 2;
    const score = result.state === 'scored' ? result.score : null;
    const fill = score !== null && score > 0 ? petalArc({ outer: petalRadius(score), start, end }) : '';
    const mark: Mark = {
      indicatorId: result.indicatorId,
      state: result.state,
      score,
      fill: fill ?? '',
      slot: petalArc({ outer: PETAL_MAX, start, end }) ?? '',
    };
    if (score === 0) mark.zero = polar(CENTRE + ZERO_MARK + 2, mid);
    if (result.state === 'not-applicable') {
      const a = polar(CENTRE + 4, mid);
      const b = polar(PETAL_MAX, mid);
      mark.line = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    }
    return mark;
  });
}

/**
 * Marks standing on a baseline, one per indicator across `width`: grass blades (triangles) or
 * soil columns (rectangles). Height is proportional to the score; the base width is fixed, so
 * area is too. y = 0 is the baseline, marks grow upwards (negative y).
 */
export function bandMarks(
  results: readonly IndicatorResult[],
  width: number,
  shape: 'blade' | 'column',
): Mark[] {
  const n = results.length;
  const spacing = width / n;
  const base = Math.min(shape === 'blade' ? 16 : 20, spacing * 0.75);
  return results.map((result, i) => {
    const x = (i + 0.5) * spacing;
    const score = result.state === 'scored' ? result.score : null;
    const draw = (height: number) =>
      shape === 'blade'
        ? `M${x - base / 2},0L${x},${-height}L${x + base / 2},0Z`
        : `M${x - base / 2},0V${-height}H${x + base / 2}V0Z`;
    const mark: Mark = {
      indicatorId: result.indicatorId,
      state: result.state,
      score,
      fill: score !== null && score > 0 ? draw(score * BAND_MAX) : '',
      slot: draw(BAND_MAX),
    };
    if (score === 0) mark.zero = { x, y: -ZERO_MARK - 1 };
    if (result.state === 'not-applicable') mark.line = { x1: x, y1: 0, x2: x, y2: -BAND_MAX };
    return mark;
  });
}

/** Where everything goes: flower centres in a grid, then the grass band, then the soil band. */
export interface BoxLayout {
  width: number;
  height: number;
  columns: number;
  flowers: { x: number; y: number; labelY: number }[];
  /** Baseline y and left x of the grass band's marks, when there is grass. */
  grass?: { x: number; y: number; width: number; top: number; bottom: number };
  soil?: { x: number; y: number; width: number; top: number; bottom: number };
}

/** Columns for `flowers` flowers when at most `maxColumns` fit: as few rows as possible, then rows as even as possible. */
export function balancedColumns(flowers: number, maxColumns: number): number {
  const max = Math.max(1, Math.floor(maxColumns));
  const rows = Math.ceil(Math.max(1, flowers) / max);
  return Math.ceil(Math.max(1, flowers) / rows);
}

/** Lays out `flowers` flowers in at most `maxColumns` columns, with optional grass and soil. */
export function layoutBox(
  flowers: number,
  hasGrass: boolean,
  hasSoil: boolean,
  maxColumns: number,
): BoxLayout {
  const columns = Math.max(1, Math.min(flowers || 1, Math.floor(maxColumns)));
  const rows = Math.ceil(flowers / columns);
  const width = columns * CELL_WIDTH;
  // Centre a short last row.
  const positions = Array.from({ length: flowers }, (_, i) => {
    const row = Math.floor(i / columns);
    const inRow = row === rows - 1 ? flowers - row * columns : columns;
    const offset = ((columns - inRow) * CELL_WIDTH) / 2;
    const x = offset + (i % columns) * CELL_WIDTH + CELL_WIDTH / 2;
    const y = row * CELL_HEIGHT + CELL_PAD + PETAL_MAX;
    return { x, y, labelY: y + PETAL_MAX + CELL_PAD + 4 };
  });
  let y = rows * CELL_HEIGHT;
  const band = () => {
    const top = y;
    const bottom = top + BAND_MAX + 2 * BAND_PAD;
    y = bottom;
    return { x: CELL_PAD, y: bottom - BAND_PAD, width: width - 2 * CELL_PAD, top, bottom };
  };
  const layout: BoxLayout = { width, height: 0, columns, flowers: positions };
  if (hasGrass) layout.grass = band();
  if (hasSoil) layout.soil = band();
  layout.height = y;
  return layout;
}

/** Splits a label into at most `lines` lines of about `max` characters, at spaces; the last ends in "…" if cut. */
export function wrapLabel(text: string, max: number, lines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && (current + ' ' + word).length > max) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  if (out.length <= lines) return out.map((l) => (l.length > max ? l.slice(0, max - 1) + '…' : l));
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = (last.length >= max ? last.slice(0, max - 1) : last) + '…';
  return kept;
}
