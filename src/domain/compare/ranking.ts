/**
 * "Lok och vagnar": the parts ranked by score and by change, so the ones that pull (locomotives)
 * and the ones that lag (wagons) stand out. Parts without a value are listed last, unranked.
 * The score is the part's own score (`scorePart`) and the change is `partChange`'s, so a part
 * stands at the same figure here as on every other view.
 */
import type { PartChange } from './changes';

export type Position = 'locomotive' | 'wagon' | 'middle';

export interface Ranked {
  part: PartChange;
  /** 1-based rank among parts with a value; null for parts without one. */
  rank: number | null;
  value: number | null;
  position: Position | null;
}

/**
 * Ranks by `value` (highest first). Equal values share a rank, so a tie is never shown as an
 * order. The top and bottom quarter (at least one each) are marked; a tie at the edge of a quarter
 * is marked whole, and a value in both quarters at once (a tie across the middle) is neither.
 */
export function rank(parts: readonly PartChange[], value: (p: PartChange) => number | null): Ranked[] {
  const valued = parts
    .map((part) => ({ part, value: value(part) }))
    .filter((r): r is { part: PartChange; value: number } => r.value !== null)
    .sort((a, b) => b.value - a.value);
  const edge = valued.length >= 2 ? Math.max(1, Math.ceil(valued.length / 4)) : 0;
  const ranked: Ranked[] = valued.map((r) => {
    const fromTop = valued.filter((other) => other.value > r.value).length + 1;
    const fromBottom = valued.filter((other) => other.value < r.value).length + 1;
    const top = fromTop <= edge;
    const bottom = fromBottom <= edge;
    return {
      ...r,
      rank: fromTop,
      position: top && !bottom ? 'locomotive' : bottom && !top ? 'wagon' : 'middle',
    };
  });
  const rest = parts
    .filter((p) => value(p) === null)
    .map((part) => ({ part, rank: null, value: null, position: null }));
  return [...ranked, ...rest];
}

/** Ranked by the later round's own score of each part. */
export const byScore = (parts: readonly PartChange[]) => rank(parts, (p) => p.laterScore.score);

/** Ranked by the part's change (`partChange`). */
export const byChange = (parts: readonly PartChange[]) => rank(parts, (p) => p.delta);
