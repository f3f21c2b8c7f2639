/** Filtering and ordering a round's actions, as the plan view and the report show them. */
import type { Questionnaire } from '../questionnaire/schema';
import { ACTION_PRIORITIES, ACTION_STATUSES, type Action, type ActionStatus } from './model';

export const ACTION_SORTS = ['due', 'priority', 'part', 'status', 'owner'] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

/** What to show; a field left out shows all. `owner: ''` shows the actions without an owner. */
export interface ActionFilter {
  sectionId?: string;
  tag?: string;
  owner?: string;
  status?: ActionStatus;
}

/** Each indicator's position in the questionnaire and its tags. */
function indicatorIndex(questionnaire: Questionnaire) {
  const index = new Map<string, { order: number; tags: readonly string[] }>();
  let order = 0;
  for (const section of questionnaire.sections)
    for (const indicator of section.indicators)
      index.set(indicator.id, { order: order++, tags: indicator.tags ?? [] });
  return index;
}

/** The tags used by the questionnaire's indicators, sorted. */
export function questionnaireTags(questionnaire: Questionnaire): string[] {
  const tags = new Set(questionnaire.sections.flatMap((s) => s.indicators.flatMap((i) => i.tags ?? [])));
  return [...tags].sort();
}

/** The owners named in a plan, sorted, without duplicates (the empty owner left out). */
export function owners(actions: readonly Action[], locale = 'sv'): string[] {
  return [...new Set(actions.map((a) => a.owner).filter((o) => o !== ''))].sort((a, b) =>
    a.localeCompare(b, locale),
  );
}

/** The actions that pass the filter, in the chosen order; ties keep the questionnaire's order. */
export function selectActions(
  actions: readonly Action[],
  questionnaire: Questionnaire,
  filter: ActionFilter,
  sort: ActionSort,
  locale = 'sv',
): Action[] {
  const index = indicatorIndex(questionnaire);
  const order = (a: Action) => index.get(a.indicatorId)?.order ?? Number.MAX_SAFE_INTEGER;
  const shown = actions.filter(
    (a) =>
      (filter.sectionId === undefined || a.sectionId === filter.sectionId) &&
      (filter.tag === undefined || (index.get(a.indicatorId)?.tags ?? []).includes(filter.tag)) &&
      (filter.owner === undefined || a.owner === filter.owner) &&
      (filter.status === undefined || a.status === filter.status),
  );
  const byPart = (a: Action, b: Action) => order(a) - order(b) || a.createdAt.localeCompare(b.createdAt);
  const byDue = (a: Action, b: Action) =>
    a.due === b.due ? 0 : a.due === undefined ? 1 : b.due === undefined ? -1 : a.due.localeCompare(b.due);
  const byPriority = (a: Action, b: Action) =>
    ACTION_PRIORITIES.indexOf(a.priority) - ACTION_PRIORITIES.indexOf(b.priority);
  const compare: Record<ActionSort, (a: Action, b: Action) => number> = {
    due: (a, b) => byDue(a, b) || byPriority(a, b) || byPart(a, b),
    priority: (a, b) => byPriority(a, b) || byDue(a, b) || byPart(a, b),
    part: byPart,
    status: (a, b) => ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status) || byPart(a, b),
    owner: (a, b) =>
      (a.owner === '' ? 1 : 0) - (b.owner === '' ? 1 : 0) ||
      a.owner.localeCompare(b.owner, locale) ||
      byPart(a, b),
  };
  return shown.sort(compare[sort]);
}
