/**
 * Where the box plot of "Jämför med andra" puts things, for the width it really has: the picture
 * is drawn at 1 unit = 1 CSS px (never scaled down), so its text keeps its font size at every
 * width. Wide enough, each part's name stands in a column to the left of its row; narrower, above
 * it. Names wrap at spaces and are never cut. Every part shares one 0–1 scale, and the numbers it
 * shows (median, quartiles) come from the domain; this only places them.
 */

/** Font sizes in CSS px (= the picture's units): never below 12. */
export const FONT = { label: 14, tick: 13 } as const;
/** Height of a line of a part's name. */
const LINE = 18;
/** Height of the band a part's box, whiskers and diamond are drawn in. */
export const BAND = 30;
/** Space left of 0 and right of 1, so that the end ticks' numbers and a diamond at 0 or 1 fit. */
const PAD = 16;
const TOP = 6;
const ROW_GAP = 8;
/** Below this width the names go above their rows. */
export const NARROW = 560;

export interface SpreadRow {
  /** The part's name in lines. */
  lines: string[];
  /** Where the name is drawn: x, the first line's baseline, and which end of the text x is. */
  label: { x: number; y: number; anchor: 'start' | 'end' };
  /** The vertical middle of the part's box. */
  y: number;
}

export interface SpreadLayout {
  width: number;
  height: number;
  /** The one scale of every part: x of a score from 0 to 1. */
  x: (score: number) => number;
  rows: SpreadRow[];
  lineHeight: number;
  /** The grid lines run from `top` to `bottom`; the tick numbers' baseline, the axis title's. */
  axis: { top: number; bottom: number; ticks: number; title: number };
}

/**
 * An upper estimate of how wide a text is drawn in the system sans-serif at `fontPx`: generous
 * (DejaVu Sans, among the widest, fits), so that a line the estimate lets through is never wider
 * than its space.
 */
export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const char of text) {
    if (/[\s.,:;!'|ijlI]/.test(char)) em += 0.34;
    else if (/[frt()\-–/]/.test(char)) em += 0.46;
    else if (/[mwMW]/.test(char)) em += 1.02;
    else if (char !== char.toLowerCase()) em += 0.8;
    else em += 0.66;
  }
  return em * fontPx;
}

/** Splits a text into lines no wider than `max` px, at spaces; a single word wider than that is split. */
export function wrapText(text: string, max: number, fontPx: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = current ? `${current} ${word}` : word;
    if (textWidth(joined, fontPx) <= max) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    // A word longer than a whole line (none of the questionnaires has one) is broken, not cut off.
    while (textWidth(current, fontPx) > max && current.length > 1) {
      let cut = current.length - 1;
      while (cut > 1 && textWidth(current.slice(0, cut) + '-', fontPx) > max) cut--;
      lines.push(current.slice(0, cut) + '-');
      current = current.slice(cut);
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** The layout of the box plot for `labels` (the parts' names, in order) in `width` CSS px. */
export function spreadLayout(width: number, labels: string[]): SpreadLayout {
  const narrow = width < NARROW;
  // Wide: a column for the names, about a third of the width; narrow: names above, full width.
  const labelColumn = narrow ? 0 : Math.round(Math.min(280, Math.max(180, width * 0.34)));
  const left = narrow ? PAD : labelColumn + PAD;
  const right = width - PAD;
  const x = (score: number) => left + score * (right - left);
  const labelMax = narrow ? right - PAD : labelColumn - 12;
  // The first baseline sits this far below the top of its line (ascent of a 14 px font, and a little).
  const baseline = Math.round(LINE / 2 + FONT.label * 0.36);

  let y = TOP;
  const rows = labels.map((text): SpreadRow => {
    const lines = wrapText(text, labelMax, FONT.label);
    const textHeight = lines.length * LINE;
    if (narrow) {
      const row = {
        lines,
        label: { x: PAD, y: y + baseline, anchor: 'start' as const },
        y: y + textHeight + BAND / 2,
      };
      y += textHeight + BAND + ROW_GAP;
      return row;
    }
    const height = Math.max(BAND, textHeight);
    const middle = y + height / 2;
    const row = {
      lines,
      label: { x: labelColumn, y: middle - textHeight / 2 + baseline, anchor: 'end' as const },
      y: middle,
    };
    y += height + ROW_GAP;
    return row;
  });
  const bottom = y - ROW_GAP + 4;
  const ticks = bottom + FONT.tick + 6;
  const title = ticks + FONT.tick + 8;
  return { width, height: title + 6, x, rows, lineHeight: LINE, axis: { top: TOP, bottom, ticks, title } };
}
