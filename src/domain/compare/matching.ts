/**
 * Which indicators of two questionnaire versions can be compared. Versions are linked by the
 * newer one's `supersedes` map (old id → comparable new id, or null), followed through every
 * version in between; nothing is matched by guesswork, and what cannot be followed is said so.
 */
import type { Questionnaire } from '../questionnaire/schema';

/** Why an indicator has no counterpart on the other side. */
export type UnmatchedReason =
  /** The later version added it. */
  | 'new'
  /** The later version dropped it. */
  | 'removed'
  /** The id is in both versions, but the maps say it no longer means the same. */
  | 'changed-meaning'
  /** The rounds use different questionnaires altogether. */
  | 'other-questionnaire'
  /** A version between the two is not known in this browser, so its map cannot be followed. */
  | 'missing-version';

/** How the indicators of an earlier and a later questionnaire version correspond. */
export interface VersionMatch {
  /** Later id → earlier id, for every comparable pair. */
  earlierOf: Map<string, string>;
  /** Earlier id → later id, for every comparable pair. */
  laterOf: Map<string, string>;
  /** Later ids with no comparable predecessor, and why. */
  unmatchedLater: Map<string, UnmatchedReason>;
  /** Earlier ids with no comparable successor, and why. */
  unmatchedEarlier: Map<string, UnmatchedReason>;
  /** Set when nothing at all could be matched: the reason, and for a gap the missing version. */
  failure?: { reason: 'other-questionnaire' | 'missing-version'; version?: string };
}

const indicatorIds = (q: Questionnaire) => q.sections.flatMap((s) => s.indicators.map((i) => i.id));

/**
 * The versions from `earlier` to `later` (both included), oldest first, found by following
 * `supersedes` back from `later` through `known`; or the first version that could not be found.
 */
export function versionChain(
  earlier: Questionnaire,
  later: Questionnaire,
  known: readonly Questionnaire[],
): { chain: Questionnaire[] } | { missing: string } {
  const chain = [later];
  let current = later;
  const seen = new Set([later.version]);
  while (current.version !== earlier.version) {
    const previous = current.supersedes?.version;
    if (!previous || seen.has(previous)) return { missing: earlier.version };
    seen.add(previous);
    const next =
      previous === earlier.version ? earlier : known.find((q) => q.id === later.id && q.version === previous);
    if (!next) return { missing: previous };
    chain.unshift(next);
    current = next;
  }
  return { chain };
}

/** Matches the indicators of `earlier` to those of `later` (same questionnaire id, any two versions). */
export function matchVersions(
  earlier: Questionnaire,
  later: Questionnaire,
  known: readonly Questionnaire[] = [],
): VersionMatch {
  const earlierIds = indicatorIds(earlier);
  const laterIds = indicatorIds(later);
  const match: VersionMatch = {
    earlierOf: new Map(),
    laterOf: new Map(),
    unmatchedLater: new Map(),
    unmatchedEarlier: new Map(),
  };
  const fail = (reason: 'other-questionnaire' | 'missing-version', version?: string) => {
    for (const id of laterIds) match.unmatchedLater.set(id, reason);
    for (const id of earlierIds) match.unmatchedEarlier.set(id, reason);
    match.failure = version === undefined ? { reason } : { reason, version };
    return match;
  };
  if (earlier.id !== later.id) return fail('other-questionnaire');

  // Where each earlier id has got to, version by version; null once it stops being comparable.
  const current = new Map<string, string | null>(earlierIds.map((id) => [id, id]));
  if (earlier.version !== later.version) {
    const found = versionChain(earlier, later, known);
    if ('missing' in found) return fail('missing-version', found.missing);
    for (const step of found.chain.slice(1)) {
      const map = step.supersedes!.map;
      for (const [id, at] of current) current.set(id, at === null ? null : (map[at] ?? null));
    }
  }
  const laterSet = new Set(laterIds);
  const earlierSet = new Set(earlierIds);
  for (const [earlierId, laterId] of current) {
    if (laterId !== null && laterSet.has(laterId) && !match.earlierOf.has(laterId)) {
      match.earlierOf.set(laterId, earlierId);
      match.laterOf.set(earlierId, laterId);
    } else {
      match.unmatchedEarlier.set(earlierId, laterSet.has(earlierId) ? 'changed-meaning' : 'removed');
    }
  }
  for (const laterId of laterIds) {
    if (!match.earlierOf.has(laterId))
      match.unmatchedLater.set(laterId, earlierSet.has(laterId) ? 'changed-meaning' : 'new');
  }
  return match;
}
