/**
 * Geometry of the flower box, as pure functions: a planter box seen from the front, the soil in
 * the box, the grass above it, and one flower per flower part on a stem rising from the grass,
 * each head a rosette with one petal per indicator. Sizes are in SVG user units; React draws.
 *
 * Honesty rule: a mark's visible area is proportional to its score on a scale fixed to 0..1,
 * whatever the questionnaire, so boxes of different years and versions can be compared. A score
 * of 0, an unanswered indicator and "ej aktuellt" have no area; each gets its own small sign
 * near the centre (a cross, a dashed socket, a short bar), so an empty flower looks empty.
 */
import { arc } from 'd3-shape';
import type { IndicatorResult } from '../score/scoring';

/** Petal radius at score 1. */
export const PETAL_MAX = 90;
/** Radius of a flower's centre disc; petals start at its edge. */
export const CENTRE = 18;
/** Horizontal room per flower. */
export const CELL_WIDTH = 208;
/** Height of a grass blade and of a soil column at score 1. */
export const BAND_MAX = 64;
/** Radius at which the signs for 0, unanswered and "ej aktuellt" sit. */
const SIGN_RADIUS = CENTRE + 10;
/** Outer radius of the dashed socket that marks an unanswered petal. */
const SOCKET = CENTRE + 13;
const MARGIN = 12;

/**
 * Petal outer radius for a score: the ring between the centre and this radius has an area
 * proportional to the score (r² grows linearly), so a petal twice the score has twice the area.
 */
export function petalRadius(score: number): number {
  const s = Math.min(1, Math.max(0, score));
  return Math.sqrt(CENTRE * CENTRE + s * (PETAL_MAX * PETAL_MAX - CENTRE * CENTRE));
}

interface Point {
  x: number;
  y: number;
}

/** One indicator's mark: a filled shape for a score above 0, else exactly one sign. */
export interface Mark {
  indicatorId: string;
  state: IndicatorResult['state'];
  score: number | null;
  /** The filled shape (empty unless the score is above 0). */
  fill: string;
  /** The full-size area the indicator owns: never drawn, the target of its link. */
  slot: string;
  /** A cross: scored exactly 0 ("inte alls"). */
  zero?: string;
  /** A small dashed outline: not answered yet. */
  open?: string;
  /** A short bar across the petal's direction: "ej aktuellt". */
  na?: string;
  /** Just beyond the mark's full size: where the quiet "ratings differ" sign goes. */
  tip: Point;
}

const petalArc = arc<{ inner: number; outer: number; start: number; end: number }>()
  .innerRadius((d) => d.inner)
  .outerRadius((d) => d.outer)
  .startAngle((d) => d.start)
  .endAngle((d) => d.end)
  .cornerRadius((d) => Math.min(8, (d.outer - d.inner) / 3));

const polar = (r: number, angle: number): Point => ({ x: r * Math.sin(angle), y: -r * Math.cos(angle) });
const round = (v: number) => Math.round(v * 100) / 100;
const cross = ({ x, y }: Point, s: number) =>
  `M${round(x - s)},${round(y - s)}L${round(x + s)},${round(y + s)}M${round(x - s)},${round(y + s)}L${round(x + s)},${round(y - s)}`;
const bar = (a: Point, b: Point) => `M${round(a.x)},${round(a.y)}L${round(b.x)},${round(b.y)}`;

/**
 * The petals of one flower, clockwise from twelve o'clock, centred on (0, 0). With an odd number
 * of petals the rosette turns half a petal, so six o'clock, where the stem leaves the head, is
 * always between two petals and no sign sits on the stem.
 */
export function petals(results: readonly IndicatorResult[]): Mark[] {
  const n = results.length;
  const step = (2 * Math.PI) / n;
  const turn = n > 1 && n % 2 === 1 ? step / 2 : 0;
  const gap = n === 1 ? 0 : Math.min(0.05, step * 0.12);
  // Signs shrink with the room a petal has at their radius, but stay visible.
  const sign = Math.max(2.5, Math.min(5.5, SIGN_RADIUS * step * 0.3));
  return results.map((result, i) => {
    const start = turn + i * step + gap / 2;
    const end = turn + (i + 1) * step - gap / 2;
    const mid = (start + end) / 2;
    const score = result.state === 'scored' ? result.score : null;
    const shape = (inner: number, outer: number) => petalArc({ inner, outer, start, end }) ?? '';
    const mark: Mark = {
      indicatorId: result.indicatorId,
      state: result.state,
      score,
      fill: score !== null && score > 0 ? shape(CENTRE, petalRadius(score)) : '',
      slot: shape(CENTRE, PETAL_MAX),
      tip: polar(PETAL_MAX + 7, mid),
    };
    const at = polar(SIGN_RADIUS, mid);
    if (score === 0) mark.zero = cross(at, sign * 0.8);
    if (result.state === 'unanswered') mark.open = shape(CENTRE + 2, SOCKET);
    if (result.state === 'not-applicable') {
      const across = { x: Math.cos(mid) * sign, y: Math.sin(mid) * sign };
      mark.na = bar({ x: at.x - across.x, y: at.y - across.y }, { x: at.x + across.x, y: at.y + across.y });
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
  const sign = Math.max(2.5, Math.min(5, base * 0.35));
  return results.map((result, i) => {
    const x = (i + 0.5) * spacing;
    const score = result.state === 'scored' ? result.score : null;
    const draw = (height: number, w = base) =>
      shape === 'blade'
        ? `M${round(x - w / 2)},0L${round(x)},${round(-height)}L${round(x + w / 2)},0Z`
        : `M${round(x - w / 2)},0V${round(-height)}H${round(x + w / 2)}V0Z`;
    const mark: Mark = {
      indicatorId: result.indicatorId,
      state: result.state,
      score,
      fill: score !== null && score > 0 ? draw(score * BAND_MAX) : '',
      slot: `M${round(x - spacing / 2)},0V${-BAND_MAX}H${round(x + spacing / 2)}V0Z`,
      tip: { x, y: -BAND_MAX - 7 },
    };
    if (score === 0) mark.zero = cross({ x, y: -sign - 2 }, sign * 0.8);
    if (result.state === 'unanswered') mark.open = draw(14, base * 0.8);
    if (result.state === 'not-applicable') mark.na = bar({ x: x - sign, y: -6 }, { x: x + sign, y: -6 });
    return mark;
  });
}

/** Columns for `flowers` flowers when at most `maxColumns` fit: as few rows as possible, then rows as even as possible. */
export function balancedColumns(flowers: number, maxColumns: number): number {
  const max = Math.max(1, Math.floor(maxColumns));
  const rows = Math.ceil(Math.max(1, flowers) / max);
  return Math.ceil(Math.max(1, flowers) / rows);
}

/** What the planter's layout needs to know besides the number of flowers. */
export interface PlanterInput {
  flowers: number;
  /** Flowers per row (the widest row). */
  columns: number;
  /** Label font size in user units; tags and titles grow with it. */
  font: number;
  /** Lines in the tallest flower tag (name lines and the score line). */
  tagLines: number;
  /** Lines of the grass title and the soil title, 0 when the part is absent. */
  grassLines: number;
  soilLines: number;
  /**
   * Lay the box out as wide as it would be for this many flowers in `columns` columns, so
   * boxes shown side by side share one scale. Defaults to `flowers`.
   */
  widthFor?: number;
}

export interface Flower {
  /** Centre of the head. */
  x: number;
  y: number;
  /** Top of the name tag, which hangs on the stem just below the head. */
  tagTop: number;
}

export interface Band {
  top: number;
  /** Where the marks stand (y) and the span they use. */
  baseline: number;
  x: number;
  width: number;
  /** Top of the title tag. */
  titleTop: number;
  bottom: number;
}

export interface PlanterLayout {
  width: number;
  height: number;
  font: number;
  lineHeight: number;
  tag: { width: number; height: number };
  flowers: Flower[];
  /** Where stems end: the grass's baseline, or the box's rim without grass. */
  ground: number;
  grass?: Band;
  /** The planter box with its soil; without a soil part the box is drawn empty. */
  box: Band;
}

/**
 * Rows of flowers from the back (top) to the front (bottom), the front row full and any short
 * row at the back. With more than one row each row sits half a flower aside from the one in
 * front of it, so a stem from behind rises between the heads in front, as in a real box.
 */
export function layoutPlanter(input: PlanterInput): PlanterLayout {
  const columns = Math.max(1, Math.floor(input.columns));
  const count = Math.max(0, input.flowers);
  const rows = Math.max(1, Math.ceil(count / columns));
  const widthRows = Math.max(rows, Math.ceil(Math.max(count, input.widthFor ?? 0) / columns));
  const widthCells = columns + (widthRows > 1 ? 0.5 : 0);
  const width = widthCells * CELL_WIDTH;
  const font = input.font;
  const lineHeight = Math.round(font * 1.25 * 100) / 100;
  const tag = { width: CELL_WIDTH - 20, height: input.tagLines * lineHeight + 10 };
  const pitch = 2 * PETAL_MAX + 12 + tag.height + 16;

  // Row sizes, back to front: the remainder goes to the back row.
  const sizes = Array.from({ length: rows }, (_, r) =>
    r === 0 ? count - (rows - 1) * columns : columns,
  ).map((size) => Math.max(0, size));
  // Each row's start (in cells): the front row centred, each row behind half a cell aside.
  const starts: number[] = [];
  for (let r = rows - 1; r >= 0; r--) {
    const ideal = (widthCells - sizes[r]!) / 2;
    if (r === rows - 1) {
      // A full front row in a staggered box starts at the edge, leaving the half cell to the rows behind.
      starts[r] = rows > 1 ? Math.floor(ideal * 2) / 2 : ideal;
      continue;
    }
    const wanted = (starts[r + 1]! + 0.5) % 1;
    const candidates = [-1, 0, 1].map((k) => Math.floor(ideal) + wanted + k);
    const fits = candidates.filter((s) => s >= 0 && s + sizes[r]! <= widthCells + 1e-9);
    starts[r] = (fits.length ? fits : [ideal]).reduce((best, s) =>
      Math.abs(s - ideal) < Math.abs(best - ideal) ? s : best,
    );
  }
  const flowers: Flower[] = [];
  sizes.forEach((size, r) => {
    const y = MARGIN + PETAL_MAX + r * pitch;
    for (let i = 0; i < size; i++)
      flowers.push({ x: (starts[r]! + i + 0.5) * CELL_WIDTH, y, tagTop: y + PETAL_MAX + 12 });
  });

  let y = MARGIN + rows * pitch + 8;
  const titleHeight = (lines: number) => (lines > 0 ? lines * lineHeight + 10 : 0);
  const band = (lines: number, below: number): Band => {
    const top = y;
    const titleTop = top + 8;
    const baseline = titleTop + titleHeight(lines) + 10 + BAND_MAX;
    y = baseline + below;
    return { top, titleTop, baseline, x: 24, width: width - 48, bottom: y };
  };
  const layout: Omit<PlanterLayout, 'box' | 'ground'> & { grass?: Band } = {
    width,
    height: 0,
    font,
    lineHeight,
    tag,
    flowers,
  };
  if (input.grassLines > 0) layout.grass = band(input.grassLines, 0);
  const ground = y;
  // Without a soil part the box is only its rim: nothing in it to read.
  const box: Band =
    input.soilLines > 0
      ? band(input.soilLines, 16)
      : { top: y, titleTop: y, baseline: y + 20, x: 24, width: width - 48, bottom: y + 28 };
  return { ...layout, ground, box, height: box.bottom };
}

/**
 * Splits a label into at most `lines` lines of about `max` characters, at spaces; a word longer
 * than a line is hyphenated rather than cut. Only a label longer than all its lines ends in "…".
 */
export function wrapLabel(text: string, max: number, lines = 2): string[] {
  const width = Math.max(4, max);
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => hyphenate(word, width));
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    const joined = current.endsWith('-') ? current + word : current ? `${current} ${word}` : word;
    if (current && (current.endsWith('-') || joined.length > width)) {
      out.push(current);
      current = word;
    } else current = joined;
  }
  if (current) out.push(current);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!.replace(/-$/, '');
  kept[lines - 1] = (last.length >= width ? last.slice(0, width - 1) : last) + '…';
  return kept;
}

/** A word too long for a line, in pieces of a line each ending in a hyphen; no piece under 3 letters. */
function hyphenate(word: string, width: number): string[] {
  if (word.length <= width) return [word];
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > width) {
    const take = Math.max(3, Math.min(width - 1, rest.length - 3));
    pieces.push(rest.slice(0, take) + '-');
    rest = rest.slice(take);
  }
  return [...pieces, rest];
}

/**
 * Characters of a label that fit in `width` units at `font`. An average glyph of a semi-bold
 * sans-serif is ~0.6 em; the estimate errs wide (DejaVu Sans, the widest common system font).
 */
export const GLYPH_EM = 0.6;
export function charsFor(width: number, font: number): number {
  return Math.max(6, Math.floor(width / (font * GLYPH_EM)));
}
