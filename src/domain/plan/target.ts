/**
 * Target levels and their follow-up. A target is a value of the round's scale; by default one
 * step above the current answer. The next round says whether it was reached: its answer to the
 * same indicator (or to the indicator's comparable successor in a later questionnaire version,
 * matched through `supersedes` only) scores at least as high as the target.
 */
import { matchVersions, type UnmatchedReason } from '../compare/matching';
import type { Questionnaire, Scale } from '../questionnaire/schema';
import type { Answer } from '../round/model';
import { scoreIndicator, type IndicatorResult } from '../score/scoring';
import type { Action } from './model';

/**
 * The default target for an indicator: one step above the current answer. The top level stays
 * the top level. An unanswered or not-applicable indicator has no step to start from, so it is
 * treated as the lowest level and gets the step above it.
 */
export function defaultTarget(scale: Scale, answer: Answer | undefined): string {
  const options = scale.options;
  const index = options.findIndex((o) => o.value === answer?.value);
  const next = index < 0 ? 1 : Math.min(index + 1, options.length - 1);
  return options[next]!.value;
}

/** Whether the indicator is met partly or not at all: answered on the scale, below its top level. */
export function needsAction(result: IndicatorResult): boolean {
  return result.state === 'scored' && result.level < result.levels;
}

/** Ordering of indicators offered for the plan: partly/not met first, then unanswered, then the rest. */
export function offerRank(result: IndicatorResult): number {
  if (needsAction(result)) return 0;
  if (result.state === 'unanswered') return 1;
  if (result.state === 'not-applicable') return 2;
  return 3;
}

/** The score a target stands for; null when the value is not on the scale. */
export function targetScore(scale: Scale, target: string): number | null {
  return scale.options.find((o) => o.value === target)?.score ?? null;
}

/** Whether an indicator's result reaches a target score. */
export function reaches(result: IndicatorResult, score: number): boolean {
  return result.state === 'scored' && result.score >= score - 1e-9;
}

/** What the next round says about one earlier action. */
export type FollowUpOutcome =
  /** The later answer scores at least the target's score. */
  | 'reached'
  /** The later answer scores below it. */
  | 'not-reached'
  /** The later round has not answered the indicator (yet). */
  | 'unanswered'
  /** The later round answers "not applicable". */
  | 'not-applicable'
  /** The indicator has no comparable counterpart in the later questionnaire. */
  | 'not-comparable';

export interface FollowUp {
  action: Action;
  outcome: FollowUpOutcome;
  /** The indicator in the later round, when it has one. */
  laterId?: string;
  laterSectionId?: string;
  later?: IndicatorResult;
  /** Why there is no counterpart, for `not-comparable`. */
  reason?: UnmatchedReason;
}

/** A round as follow-up needs it. */
export interface PlanRound {
  questionnaire: Questionnaire;
  answers: Readonly<Record<string, Readonly<Record<string, Answer>> | undefined>>;
}

/**
 * Follows up the actions of an earlier round in a later round: per action, whether its target
 * was reached by the later answer. `known` holds other questionnaire versions, so a chain of
 * `supersedes` maps can be followed across versions in between.
 */
export function followUp(
  actions: readonly Action[],
  earlier: PlanRound,
  later: PlanRound,
  known: readonly Questionnaire[] = [],
): FollowUp[] {
  const match = matchVersions(earlier.questionnaire, later.questionnaire, known);
  const laterSection = new Map(
    later.questionnaire.sections.flatMap((s) => s.indicators.map((i) => [i.id, s.id] as const)),
  );
  return actions.map((action): FollowUp => {
    const laterId = match.laterOf.get(action.indicatorId);
    const score = targetScore(earlier.questionnaire.scale, action.target);
    if (laterId === undefined || score === null) {
      return {
        action,
        outcome: 'not-comparable',
        reason: match.unmatchedEarlier.get(action.indicatorId) ?? 'removed',
      };
    }
    const laterSectionId = laterSection.get(laterId)!;
    const result = scoreIndicator(
      later.questionnaire.scale,
      laterId,
      later.answers[laterSectionId]?.[laterId],
    );
    const outcome: FollowUpOutcome =
      result.state === 'unanswered'
        ? 'unanswered'
        : result.state === 'not-applicable'
          ? 'not-applicable'
          : reaches(result, score)
            ? 'reached'
            : 'not-reached';
    return { action, outcome, laterId, laterSectionId, later: result };
  });
}

/** A round's place in its municipality's history, as ordering needs it. */
export interface RoundOrder {
  id: string;
  organisationCode: string;
  year: number;
  createdAt: string;
}

/**
 * The round a given round follows up: the municipality's latest round before it (by year, then
 * by when it was started). Rounds of other municipalities are never considered.
 */
export function previousRound<T extends RoundOrder>(rounds: readonly T[], roundId: string): T | undefined {
  const current = rounds.find((r) => r.id === roundId);
  if (!current) return undefined;
  const before = (r: T) =>
    r.organisationCode === current.organisationCode &&
    r.id !== current.id &&
    (r.year < current.year || (r.year === current.year && r.createdAt < current.createdAt));
  return [...rounds]
    .filter(before)
    .sort((a, b) => a.year - b.year || a.createdAt.localeCompare(b.createdAt))
    .at(-1);
}
