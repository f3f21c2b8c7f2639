/**
 * A round's place among other municipalities' rounds, for the report: a board asks how it
 * compares. The comparison group is the one "Jämför med andra" opens with (the year below, every
 * county and SKR group), and every figure is `comparePeers`'s; this adds only where each part's
 * own score lies against the group's quartiles.
 */
import type { Questionnaire } from '../questionnaire/schema';
import type { Answer, ReferenceRound } from '../round/model';
import {
  comparePeers,
  peerYears,
  type PartDistribution,
  type PeerComparison,
  type PeerFilter,
  type PeerRegisterEntry,
  type Spread,
} from './distribution';

/**
 * Where a score lies against a group's quartiles. Scores within rounding noise of the median are
 * on it; a score on a quartile belongs to the band nearer the median ("between the lower
 * quartile and the median" includes the lower quartile).
 */
export type Band = 'below-q1' | 'q1-median' | 'median' | 'median-q3' | 'above-q3';

/** The band names in order from the lowest to the highest. */
export const BANDS: readonly Band[] = ['below-q1', 'q1-median', 'median', 'median-q3', 'above-q3'];

// The same tolerance as `positionOf`'s "same": a mean of halves may differ in its last bits.
const NOISE = 1e-9;

/** The band of `own` against the spread's lower quartile, median and upper quartile. */
export function bandOf(own: number, spread: Spread): Band {
  if (Math.abs(own - spread.median) < NOISE) return 'median';
  if (own < spread.median) return own < spread.q1 - NOISE ? 'below-q1' : 'q1-median';
  return own > spread.q3 + NOISE ? 'above-q3' : 'median-q3';
}

/**
 * The year of other municipalities' rounds that "Jämför med andra" shows first: the round's own
 * year when there are rounds of it on the questionnaire's version, otherwise the newest year that
 * has some. `years` as `peerYears` gives them (newest first); undefined when it is empty.
 */
export function defaultPeerYear(years: readonly number[], roundYear: number): number | undefined {
  return years.includes(roundYear) ? roundYear : years[0];
}

/** One part: its distribution among the group, and the band its own score falls in. */
export interface PartPlace {
  part: PartDistribution;
  /** Null when the part has no score of its own or no other round in the group has one. */
  band: Band | null;
}

export type ReferencePlace =
  /** No other municipality's round is held here. */
  | { kind: 'no-references' }
  /** Rounds are held, but none on this questionnaire id and version, so none can be compared. */
  | { kind: 'other-version'; references: number }
  /** The group "Jämför med andra" opens with; `comparison.basis` may be empty (all left out). */
  | {
      kind: 'compared';
      filter: PeerFilter;
      comparison: PeerComparison;
      /** Rounds of the year left out: another version, the municipality's own, superseded. */
      leftOut: number;
      parts: PartPlace[];
    };

interface OwnRound {
  organisationCode: string;
  year: number;
  questionnaire: Questionnaire;
  answers: Readonly<Record<string, Readonly<Record<string, Answer>>>>;
}

/**
 * What a place needs of the reference rounds held, as storage reads it through its indexes
 * without the whole table (storage/reference-rounds.ts `readReferencePlace`).
 */
export interface HeldReferences {
  /** How many reference rounds are held, on any questionnaire. */
  count: number;
  /** The years with rounds on the round's questionnaire id and version, as `peerYears` gives them. */
  years: readonly number[];
  /**
   * At least every round, on any questionnaire, of the year `defaultPeerYear` chooses from
   * `years`; rounds of other years may be there and do not count.
   */
  rounds: readonly ReferenceRound[];
}

/**
 * The round's place among the reference rounds: `comparePeers` over the default group (the year
 * `defaultPeerYear` chooses, no county or SKR group filter), with each part's band.
 */
export function referencePlace(
  own: OwnRound,
  references: readonly ReferenceRound[],
  register: ReadonlyMap<string, PeerRegisterEntry>,
): ReferencePlace {
  const years = peerYears(references, own.questionnaire);
  return referencePlaceOf(own, { count: references.length, years, rounds: references }, register);
}

/** `referencePlace` from what storage reads through the indexes: the same place, figure for figure. */
export function referencePlaceOf(
  own: OwnRound,
  held: HeldReferences,
  register: ReadonlyMap<string, PeerRegisterEntry>,
): ReferencePlace {
  if (held.count === 0) return { kind: 'no-references' };
  const year = defaultPeerYear(held.years, own.year);
  if (year === undefined) return { kind: 'other-version', references: held.count };
  const filter: PeerFilter = { year };
  const comparison = comparePeers(own, held.rounds, filter, register);
  return {
    kind: 'compared',
    filter,
    comparison,
    leftOut: comparison.otherVersion + comparison.ownMunicipality + comparison.superseded,
    parts: comparison.parts.map((part) => ({
      part,
      band: part.own.score === null || part.spread === null ? null : bandOf(part.own.score, part.spread),
    })),
  };
}
