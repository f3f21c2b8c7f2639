/**
 * The action plan (handlingsplan) of a round: what the municipality will do about an indicator,
 * to which level, who owns it and by when. Actions belong to the round they were planned in and
 * are followed up by the municipality's next round.
 */

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
/** planerad, pågår, klar, avbruten. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

export const ACTIVITY_MAX = 2000;
export const OWNER_MAX = 120;
/** A due date: `YYYY-MM-DD`. */
export const DUE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** One action of a round's plan. */
export interface Action {
  /** Random UUID, so plans from other browsers merge without clashes. */
  id: string;
  roundId: string;
  /** The part and indicator in the round's questionnaire snapshot. */
  sectionId: string;
  indicatorId: string;
  /** The level aimed for: a value of the questionnaire's scale (not the not-applicable value). */
  target: string;
  /** What will be done. */
  activity: string;
  /** Who is responsible, in words (a person or a function). */
  owner: string;
  /** When it should be done, `YYYY-MM-DD`; optional. */
  due?: string;
  priority: ActionPriority;
  status: ActionStatus;
  createdAt: string;
  updatedAt: string;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isDueDate(value: string): boolean {
  if (!DUE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
