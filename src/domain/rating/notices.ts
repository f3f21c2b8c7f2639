import type { Notice, NoticeKind } from './model';

/** How many notices of each kind, for "N uppgifter ignorerades" and its breakdown. */
export function noticeCounts(notices: readonly Notice[]): Partial<Record<NoticeKind, number>> {
  const counts: Partial<Record<NoticeKind, number>> = {};
  for (const { kind } of notices) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
