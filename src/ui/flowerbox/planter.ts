/**
 * What the planter picture needs besides geometry: each part's words (name and score line,
 * wrapped for the room a tag has) and a layout chosen for the width the picture gets.
 */
import {
  balancedColumns,
  CELL_WIDTH,
  charsFor,
  GLYPH_EM,
  layoutPlanter,
  wrapLabel,
  type PlanterLayout,
} from '../../domain/flowerbox/geometry';
import type { PartScore } from '../../domain/score/scoring';

export interface PartWords {
  /** The part's name. */
  name: (part: PartScore) => string;
  /** Its score and coverage in a few words, e.g. "0,62 · 8/10 besvarade". */
  score: (part: PartScore) => string;
}

export interface Labelled {
  part: PartScore;
  lines: string[];
  /** How many of `lines` are the name (set in bold); the rest are the score line. */
  nameLines: number;
}

export interface Planter {
  layout: PlanterLayout;
  flowers: Labelled[];
  grass?: Labelled;
  soil?: Labelled;
}

export interface PlanterOptions {
  /** Width the picture is shown at, in CSS pixels. */
  widthPx: number;
  /** Smallest label size on screen, in CSS pixels. */
  minFontPx?: number;
  /** Share one scale with boxes of up to this many flowers (side by side). */
  widthFor?: number;
  /** At most this many flowers in a row. */
  maxColumns?: number;
  /** The least width a flower may have, in CSS pixels; smaller puts more flowers in a row. */
  flowerPx?: number;
}

/** Base label size in user units, used whenever the picture is shown at least at natural size. */
const BASE_FONT = 15;

/** Flowers a row holds at a width: a flower wants at least ~150 px, two always fit, six at most. */
export function columnsFor(widthPx: number, flowers: number, maxColumns = 6, flowerPx = 150): number {
  const fit = Math.min(maxColumns, Math.max(2, Math.floor(widthPx / flowerPx)));
  return balancedColumns(flowers, fit);
}

const label = (part: PartScore, words: PartWords, chars: number, nameLines: number): Labelled => {
  const name = wrapLabel(words.name(part), chars, nameLines);
  return { part, lines: [...name, ...wrapLabel(words.score(part), chars, 2)], nameLines: name.length };
};

export function planter(parts: readonly PartScore[], words: PartWords, options: PlanterOptions): Planter {
  const flowerParts = parts.filter((p) => p.kind === 'flower');
  const grassPart = parts.find((p) => p.kind === 'grass');
  const soilPart = parts.find((p) => p.kind === 'soil');
  const widest = Math.max(flowerParts.length, options.widthFor ?? 0, 1);
  const columns = columnsFor(options.widthPx, widest, options.maxColumns, options.flowerPx);
  const cells = columns + (Math.ceil(widest / columns) > 1 ? 0.5 : 0);
  const scale = options.widthPx / (cells * CELL_WIDTH);
  // Text keeps its size on screen: a box drawn small gets larger letters in its own units.
  const font = Math.min(40, Math.max(BASE_FONT, (options.minFontPx ?? 12) / scale));
  const tagChars = charsFor(CELL_WIDTH - 28, font);
  const bandChars = charsFor(Math.min(cells * CELL_WIDTH - 64, 520), font);
  const flowers = flowerParts.map((part) => label(part, words, tagChars, 6));
  const grass = grassPart && label(grassPart, words, bandChars, 2);
  const soil = soilPart && label(soilPart, words, bandChars, 2);
  const layout = layoutPlanter({
    flowers: flowers.length,
    columns,
    font,
    tagLines: Math.max(2, ...flowers.map((f) => f.lines.length)),
    grassLines: grass?.lines.length ?? 0,
    soilLines: soil?.lines.length ?? 0,
    widthFor: widest,
  });
  return { layout, flowers, ...(grass ? { grass } : {}), ...(soil ? { soil } : {}) };
}

/** Width of a band title's tag, from its longest line (estimated, as the layout does). */
export function titleWidth(lines: readonly string[], font: number, max: number): number {
  const longest = Math.max(...lines.map((l) => l.length));
  return Math.min(max, Math.ceil(longest * font * GLYPH_EM) + 24);
}
