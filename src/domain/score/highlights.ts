/**
 * The strongest parts and the largest gaps of a round: the one rule that the result view's
 * summary and the report use, so both always name the same parts.
 *
 * Only parts whose score rests on at least half of their applicable indicators count
 * (`THIN_COVERAGE`). The strongest are the parts with the highest score and the largest gaps the
 * parts with the lowest, ties included: a part is called a gap only if no counted part scores
 * lower. With fewer than two counted parts, or all of them level, nothing is singled out.
 */
import { THIN_COVERAGE, type PartScore } from './scoring';

export interface Highlights {
  strongest: PartScore[];
  gaps: PartScore[];
  /** Why nothing is singled out, when nothing is. */
  none?: 'too-few' | 'all-equal';
}

/** The strongest parts and the largest gaps, in the order of `parts`. */
export function highlights(parts: readonly PartScore[]): Highlights {
  const rated = parts.filter(
    (p): p is PartScore & { score: number } => p.score !== null && p.coverage >= THIN_COVERAGE,
  );
  if (rated.length < 2) return { strongest: [], gaps: [], none: 'too-few' };
  const scores = rated.map((p) => p.score);
  const max = Math.max(...scores);
  const min = Math.min(...scores);
  if (max === min) return { strongest: [], gaps: [], none: 'all-equal' };
  return {
    strongest: rated.filter((p) => p.score === max),
    gaps: rated.filter((p) => p.score === min),
  };
}

/** What a part's gap is made of: answered indicators below the scale's top level, and at its lowest. */
export function gapOf(part: PartScore): { scored: number; short: number; notAtAll: number } {
  const scored = part.indicators.filter((i) => i.state === 'scored');
  return {
    scored: scored.length,
    short: scored.filter((i) => i.level < i.levels).length,
    notAtAll: scored.filter((i) => i.level === 1).length,
  };
}
