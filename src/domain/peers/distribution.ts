/**
 * "Jämför med andra": where the municipality's round stands among other municipalities'
 * published rounds (reference data). Always a distribution (N, min, quartiles, median, max and
 * the count per answer option), never a bare average; and only over rounds on the same
 * questionnaire id and version, since a part's score on another version is built from other
 * indicators. Which municipalities count is decided by the filter (year, county, SKR group).
 */
import { quantileSorted } from 'd3-array';
import type { Questionnaire, Section } from '../questionnaire/schema';
import type { Answer, ReferenceRound } from '../round/model';
import { scoreIndicator, scorePart, type IndicatorResult, type PartScore } from '../score/scoring';

/** Spread of numbers: N, min, lower quartile, median, upper quartile, max (d3's R-7 quantiles). */
export interface Spread {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Where the municipality's own number lies among the others'. */
export interface Position {
  higher: number;
  same: number;
  lower: number;
}

/** One part: the others' part scores, and the municipality's own. */
export interface PartDistribution {
  section: Section;
  own: PartScore;
  /** Over the reference rounds where the part has a score; null when none has. */
  spread: Spread | null;
  /** Reference rounds with no score for the part (nothing applicable answered). */
  withoutScore: number;
  /** Null when the municipality's own part has no score. */
  position: Position | null;
  indicators: IndicatorDistribution[];
}

/** One indicator: how many others chose each option, and the municipality's own answer. */
export interface IndicatorDistribution {
  indicatorId: string;
  own: IndicatorResult;
  /** Count per scale option value, in scale order. */
  counts: { value: string; count: number }[];
  notApplicable: number;
  unanswered: number;
  /** Over the scored answers; null when none. */
  spread: Spread | null;
}

/** Which reference rounds count. Undefined fields do not filter. */
export interface PeerFilter {
  year: number;
  county?: string;
  group?: string;
}

/** What the register says about a municipality (county and SKR group codes). */
export interface PeerRegisterEntry {
  county: string;
  group: string;
}

/** The comparison and its basis: which rounds counted and how many were left out, and why. */
export interface PeerComparison {
  basis: ReferenceRound[];
  /** Rounds of the filter's year on another questionnaire or version. */
  otherVersion: number;
  /** Reference rounds of the municipality itself (its own round stands for it). */
  ownMunicipality: number;
  /** Older rounds of a municipality that has a newer one the same year. */
  superseded: number;
  /** Rounds of the basis whose file said its figures are invented (`synthetic`): the view says so. */
  synthetic: number;
  parts: PartDistribution[];
}

/** The spread of a list of numbers, or null for an empty list. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1: quantileSorted(sorted, 0.25)!,
    median: quantileSorted(sorted, 0.5)!,
    q3: quantileSorted(sorted, 0.75)!,
    max: sorted[sorted.length - 1]!,
  };
}

/** How many values are above, equal to (within rounding noise) and below `own`. */
export function positionOf(own: number, values: readonly number[]): Position {
  const position = { higher: 0, same: 0, lower: 0 };
  for (const value of values) {
    if (Math.abs(value - own) < 1e-9) position.same++;
    else if (value > own) position.higher++;
    else position.lower++;
  }
  return position;
}

// Keys are `id@version#fingerprint` and ids cannot hold '@' or '#'. The fingerprint is left out
// on purpose: a corrected help text does not change what a score means.
const sameVersion = (round: ReferenceRound, questionnaire: Questionnaire) =>
  round.questionnaireKey.startsWith(`${questionnaire.id}@${questionnaire.version}#`);

/**
 * The years that have reference rounds on this questionnaire version, newest first. (Storage reads
 * the same from an index, keys only: storage/reference-rounds.ts `readReferenceYears`.)
 */
export function peerYears(references: readonly ReferenceRound[], questionnaire: Questionnaire): number[] {
  const years = new Set(references.filter((r) => sameVersion(r, questionnaire)).map((r) => r.year));
  return [...years].sort((a, b) => b - a);
}

const asAnswers = (values: Readonly<Record<string, string>> | undefined): Record<string, Answer> =>
  Object.fromEntries(Object.entries(values ?? {}).map(([id, value]) => [id, { value, updatedAt: '' }]));

/**
 * Compares the municipality's own round with the reference rounds the filter selects: the
 * filter's year, the same questionnaire id and version, other municipalities only, the newest
 * published round per municipality, and the county and SKR group asked for (a municipality the
 * register does not know is left out when either is asked for).
 */
export function comparePeers(
  own: {
    organisationCode: string;
    questionnaire: Questionnaire;
    answers: Readonly<Record<string, Readonly<Record<string, Answer>>>>;
  },
  references: readonly ReferenceRound[],
  filter: PeerFilter,
  register: ReadonlyMap<string, PeerRegisterEntry>,
): PeerComparison {
  const { questionnaire } = own;
  let otherVersion = 0;
  let ownMunicipality = 0;
  let superseded = 0;
  const newest = new Map<string, ReferenceRound>();
  for (const round of references) {
    if (round.year !== filter.year) continue;
    if (!sameVersion(round, questionnaire)) {
      otherVersion++;
      continue;
    }
    if (round.organisationCode === own.organisationCode) {
      ownMunicipality++;
      continue;
    }
    const entry = register.get(round.organisationCode);
    if (filter.county !== undefined && entry?.county !== filter.county) continue;
    if (filter.group !== undefined && entry?.group !== filter.group) continue;
    const kept = newest.get(round.organisationCode);
    if (kept) superseded++;
    if (!kept || round.publishedAt > kept.publishedAt) newest.set(round.organisationCode, round);
  }
  const basis = [...newest.values()].sort((a, b) => a.organisationCode.localeCompare(b.organisationCode));

  const parts = questionnaire.sections.map((section): PartDistribution => {
    const ownScore = scorePart(section, questionnaire.scale, own.answers[section.id]);
    const scores = basis.map((r) =>
      scorePart(section, questionnaire.scale, asAnswers(r.answers[section.id])),
    );
    const values = scores.flatMap((s) => (s.score === null ? [] : [s.score]));
    return {
      section,
      own: ownScore,
      spread: spreadOf(values),
      withoutScore: scores.length - values.length,
      position: ownScore.score === null ? null : positionOf(ownScore.score, values),
      indicators: section.indicators.map((indicator, index) =>
        indicatorDistribution(questionnaire, section, indicator.id, ownScore.indicators[index]!, basis),
      ),
    };
  });
  const synthetic = basis.filter((round) => round.synthetic === true).length;
  return { basis, otherVersion, ownMunicipality, superseded, synthetic, parts };
}

function indicatorDistribution(
  questionnaire: Questionnaire,
  section: Section,
  indicatorId: string,
  own: IndicatorResult,
  basis: readonly ReferenceRound[],
): IndicatorDistribution {
  const counts = new Map(questionnaire.scale.options.map((o) => [o.value, 0]));
  const scores: number[] = [];
  let notApplicable = 0;
  let unanswered = 0;
  for (const round of basis) {
    const value = round.answers[section.id]?.[indicatorId];
    const result = scoreIndicator(
      questionnaire.scale,
      indicatorId,
      value === undefined ? undefined : { value, updatedAt: '' },
    );
    if (result.state === 'scored') {
      counts.set(result.value, counts.get(result.value)! + 1);
      scores.push(result.score);
    } else if (result.state === 'not-applicable') notApplicable++;
    else unanswered++;
  }
  return {
    indicatorId,
    own,
    counts: [...counts].map(([value, count]) => ({ value, count })),
    notApplicable,
    unanswered,
    spread: spreadOf(scores),
  };
}

/**
 * What "Jämför med andra" holds of one questionnaire id and version, as storage reads it through
 * its indexes (storage/reference-rounds.ts `readVersionReferences`): the version's rounds of every
 * year, and per year how many rounds are on another questionnaire or version, counted, not read.
 */
export interface VersionPeers {
  /** Only rounds on the version. */
  rounds: readonly ReferenceRound[];
  otherVersions: ReadonlyMap<number, number>;
}

/**
 * `comparePeers` over what is held of the version: the same comparison, figure for figure, as
 * over every reference round held, with the rounds of the year on other versions counted from
 * `otherVersions` instead of read.
 */
export function comparePeersOf(
  own: Parameters<typeof comparePeers>[0],
  held: VersionPeers,
  filter: PeerFilter,
  register: ReadonlyMap<string, PeerRegisterEntry>,
): PeerComparison {
  const comparison = comparePeers(own, held.rounds, filter, register);
  return {
    ...comparison,
    otherVersion: comparison.otherVersion + (held.otherVersions.get(filter.year) ?? 0),
  };
}
