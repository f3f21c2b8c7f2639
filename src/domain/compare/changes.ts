/**
 * What has grown since an earlier round, and what has not: per indicator and per part, computed
 * only over indicators that are comparable and scored on both sides. Everything else is
 * reported as not comparable, with its reason; nothing unmatched is compared silently.
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

export interface PartChange {
  /** The part in the later round's questionnaire. */
  sectionId: string;
  kind: Section['kind'];
  /** Mean of each side over the compared pairs only (same indicators on both sides). */
  earlier: number | null;
  later: number | null;
  delta: number | null;
  direction: Direction | null;
  /** Pairs scored on both sides, of all the part's indicators. */
  compared: number;
  total: number;
  /** Each round's own full score of the part (the earlier one over the matched indicators). */
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

/** Locates an indicator's part in a questionnaire. */
function sectionOf(questionnaire: Questionnaire): Map<string, Section> {
  return new Map(questionnaire.sections.flatMap((s) => s.indicators.map((i) => [i.id, s] as const)));
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

  const parts = later.questionnaire.sections.map((section): PartChange => {
    const laterScore = scorePart(section, later.questionnaire.scale, later.answers[section.id]);
    const indicators = section.indicators.map((indicator, i): IndicatorChange => {
      const laterResult = laterScore.indicators[i]!;
      const earlierId = match.earlierOf.get(indicator.id);
      if (earlierId === undefined) {
        return {
          laterId: indicator.id,
          later: laterResult,
          delta: null,
          direction: null,
          notComparable: match.unmatchedLater.get(indicator.id) ?? 'new',
        };
      }
      const before = earlierResult(earlierId);
      return {
        laterId: indicator.id,
        earlierId,
        earlier: before,
        later: laterResult,
        ...indicatorChange(before, laterResult),
      };
    });
    const pairs = indicators.filter((c) => c.delta !== null);
    const before = mean(pairs.map((c) => (c.earlier as Extract<IndicatorResult, { state: 'scored' }>).score));
    const after = mean(pairs.map((c) => (c.later as Extract<IndicatorResult, { state: 'scored' }>).score));
    const delta = before !== null && after !== null ? after - before : null;
    return {
      sectionId: section.id,
      kind: section.kind,
      earlier: before,
      later: after,
      delta,
      direction: delta === null ? null : directionOf(delta),
      compared: pairs.length,
      total: section.indicators.length,
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
