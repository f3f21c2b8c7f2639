/**
 * What has grown since an earlier round, and what has not: per indicator and per part, computed
 * only over indicators that are comparable and scored on both sides. Everything else is
 * reported as not comparable, with its reason; nothing unmatched is compared silently.
 *
 * `partChange` is the one rule for a part's change: Förändringar, Trend, Lok och vagnar, the
 * report and the comparison CSV all show what it returns. A change is "like for like": the
 * earlier and the later mean over the same indicator pairs, so a change never comes from an
 * indicator that is new, removed or answered in only one of the rounds. That is why the two
 * means can differ from the parts' own scores (`scorePart`), which count every answered indicator.
 */
import type { Questionnaire, Section } from '../questionnaire/schema';
import type { Answer } from '../round/model';
import { scoreIndicator, scorePart, type IndicatorResult, type PartScore } from '../score/scoring';
import { matchVersions, type UnmatchedReason, type VersionMatch } from './matching';

/** A round as the comparison needs it: its questionnaire snapshot and answers per part. */
export interface RoundData {
  id: string;
  year: number;
  label: string;
  questionnaire: Questionnaire;
  answers: Readonly<Record<string, Readonly<Record<string, Answer>> | undefined>>;
}

export type Direction = 'up' | 'down' | 'same';

/** Why a pair of answers has no change: the indicator is unmatched, or a side has no score. */
export type NotComparableReason = UnmatchedReason | 'not-applicable' | 'unanswered';

export interface IndicatorChange {
  laterId?: string;
  earlierId?: string;
  earlier?: IndicatorResult;
  later?: IndicatorResult;
  /** later − earlier score, when both are scored. */
  delta: number | null;
  direction: Direction | null;
  notComparable?: NotComparableReason;
}

/** Why a part has no change: its indicators' shared reason, or that no pair is scored on both sides. */
export type NoChangeReason = NotComparableReason | 'no-pairs';

/** A part's change between two rounds, with its basis. */
export interface ChangeFigure {
  /** Mean of each side over the compared pairs only (the same indicators on both sides). */
  earlier: number | null;
  later: number | null;
  /** later − earlier; null when no pair is scored on both sides. */
  delta: number | null;
  direction: Direction | null;
  /** Pairs scored on both sides, of all the part's indicators (in the later version). */
  compared: number;
  total: number;
  /** Set when `delta` is null. */
  reason?: NoChangeReason;
}

export interface PartChange extends ChangeFigure {
  /** The part in the later round's questionnaire. */
  sectionId: string;
  kind: Section['kind'];
  /** The later round's own score of the part, over every answered indicator (`scorePart`). */
  laterScore: PartScore;
  indicators: IndicatorChange[];
}

export interface RoundComparison {
  earlier: RoundData;
  later: RoundData;
  match: VersionMatch;
  parts: PartChange[];
  /** Earlier indicators with no comparable successor, with the earlier part they were in. */
  removed: (IndicatorChange & { earlierSectionId: string })[];
}

/** Changes smaller than this are "unchanged": scores are means of a few decimals. */
const EPSILON = 1e-9;

export const directionOf = (delta: number): Direction =>
  delta > EPSILON ? 'up' : delta < -EPSILON ? 'down' : 'same';

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** One pair's change, or why it has none. */
export function indicatorChange(
  earlier: IndicatorResult,
  later: IndicatorResult,
): Pick<IndicatorChange, 'delta' | 'direction' | 'notComparable'> {
  if (earlier.state === 'scored' && later.state === 'scored') {
    const delta = later.score - earlier.score;
    return { delta, direction: directionOf(delta) };
  }
  const reason =
    earlier.state === 'not-applicable' || later.state === 'not-applicable' ? 'not-applicable' : 'unanswered';
  return { delta: null, direction: null, notComparable: reason };
}

/**
 * The one rule for a part's change. `indicators` holds one entry per indicator of the part (in
 * the later version): both results, or the reason a side has none. Only pairs scored on both
 * sides count.
 */
export function partChange(
  indicators: readonly Pick<IndicatorChange, 'earlier' | 'later' | 'notComparable'>[],
): ChangeFigure {
  const scored = indicators.flatMap(({ earlier: e, later: l }) =>
    e?.state === 'scored' && l?.state === 'scored' ? [[e.score, l.score] as const] : [],
  );
  const earlier = mean(scored.map(([e]) => e));
  const later = mean(scored.map(([, l]) => l));
  const figure = { earlier, later, compared: scored.length, total: indicators.length };
  if (earlier === null || later === null) {
    const reasons = new Set(indicators.map((c) => c.notComparable));
    const only = reasons.size === 1 ? [...reasons][0] : undefined;
    return { ...figure, delta: null, direction: null, reason: only ?? 'no-pairs' };
  }
  return { ...figure, delta: later - earlier, direction: directionOf(later - earlier) };
}

/** One pair's entry for `partChange`, from both sides' results or the reason a side has none. */
export function pairOf(
  earlier: IndicatorResult | undefined,
  later: IndicatorResult | undefined,
  unmatched: () => UnmatchedReason,
): Pick<IndicatorChange, 'earlier' | 'later' | 'delta' | 'direction' | 'notComparable'> {
  if (earlier === undefined || later === undefined)
    return { earlier, later, delta: null, direction: null, notComparable: unmatched() };
  return { earlier, later, ...indicatorChange(earlier, later) };
}

/** Locates an indicator's part in a questionnaire. */
function sectionOf(questionnaire: Questionnaire): Map<string, Section> {
  return new Map(questionnaire.sections.flatMap((s) => s.indicators.map((i) => [i.id, s] as const)));
}

/**
 * A round's result for each indicator of a later version that has a comparable counterpart in the
 * round (through `match`, from the round's version to the later one); undefined for the others.
 */
export function matchedResults(
  round: Pick<RoundData, 'questionnaire' | 'answers'>,
  match: VersionMatch,
): (laterId: string) => IndicatorResult | undefined {
  const where = sectionOf(round.questionnaire);
  return (laterId) => {
    const id = match.earlierOf.get(laterId);
    if (id === undefined) return undefined;
    return scoreIndicator(round.questionnaire.scale, id, round.answers[where.get(id)!.id]?.[id]);
  };
}

/** Compares two rounds (the earlier first); `known` holds other versions to follow `supersedes` chains. */
export function compareRounds(
  earlier: RoundData,
  later: RoundData,
  known: readonly Questionnaire[] = [],
): RoundComparison {
  const match = matchVersions(earlier.questionnaire, later.questionnaire, known);
  const earlierSection = sectionOf(earlier.questionnaire);
  const earlierResult = (id: string) =>
    scoreIndicator(earlier.questionnaire.scale, id, earlier.answers[earlierSection.get(id)!.id]?.[id]);
  const before = matchedResults(earlier, match);

  const parts = later.questionnaire.sections.map((section): PartChange => {
    const laterScore = scorePart(section, later.questionnaire.scale, later.answers[section.id]);
    const indicators = section.indicators.map((indicator, i): IndicatorChange => {
      const laterResult = laterScore.indicators[i]!;
      const earlierId = match.earlierOf.get(indicator.id);
      return {
        laterId: indicator.id,
        ...(earlierId === undefined ? {} : { earlierId }),
        ...pairOf(before(indicator.id), laterResult, () => match.unmatchedLater.get(indicator.id) ?? 'new'),
      };
    });
    return {
      sectionId: section.id,
      kind: section.kind,
      ...partChange(indicators),
      laterScore,
      indicators,
    };
  });

  const removed = [...match.unmatchedEarlier].map(([id, reason]) => ({
    earlierId: id,
    earlierSectionId: earlierSection.get(id)!.id,
    earlier: earlierResult(id),
    delta: null,
    direction: null,
    notComparable: reason,
  }));
  return { earlier, later, match, parts, removed };
}

/** Orders rounds oldest first: by year, then by the questionnaire's publication date. */
export function chronological<T extends Pick<RoundData, 'year' | 'questionnaire'>>(
  rounds: readonly T[],
): T[] {
  return [...rounds].sort(
    (a, b) => a.year - b.year || a.questionnaire.published.localeCompare(b.questionnaire.published),
  );
}
