/**
 * "Lok och vagnar": the parts ranked by score and by change, so the ones that pull (locomotives)
 * and the ones that lag (wagons) stand out. Parts without a value are listed last, unranked.
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

/** Ranks by `value` (highest first); the top and bottom quarter (at least one each) are marked. */
export function rank(parts: readonly PartChange[], value: (p: PartChange) => number | null): Ranked[] {
  const valued = parts
    .map((part) => ({ part, value: value(part) }))
    .filter((r): r is { part: PartChange; value: number } => r.value !== null)
    .sort((a, b) => b.value - a.value);
  const edge = valued.length >= 2 ? Math.max(1, Math.ceil(valued.length / 4)) : 0;
  const ranked: Ranked[] = valued.map((r, i) => ({
    ...r,
    // Equal values share a rank, so a tie is never shown as an order.
    rank: valued.findIndex((other) => other.value === r.value) + 1,
    position:
      i < edge && r.value !== valued.at(-1)!.value
        ? 'locomotive'
        : i >= valued.length - edge && r.value !== valued[0]!.value
          ? 'wagon'
          : 'middle',
  }));
  const rest = parts
    .filter((p) => value(p) === null)
    .map((part) => ({ part, rank: null, value: null, position: null }));
  return [...ranked, ...rest];
}

/** Ranked by the later round's own score of each part. */
export const byScore = (parts: readonly PartChange[]) => rank(parts, (p) => p.laterScore.score);

/** Ranked by change over the comparable indicators. */
export const byChange = (parts: readonly PartChange[]) => rank(parts, (p) => p.delta);
