/**
 * What reading a file left out or assumed, told to the user in the import preview: not errors
 * (the file is read), but what they should know about it. A file from a newer eBlomlådan may
 * carry fields this version does not know; they are named here instead of the whole file being
 * refused (docs/formats.md, "Compatibility"). The words are `exchange:views.preview.notices.*` (src/i18n/locales).
 */
import type { IssueParams } from '../validation/issues';
import { pathPattern, type JsonPath } from '../validation/known-fields';

export const NOTICE_RULES = [
  /** Fields this version does not know, left out: `{ count }` places. */
  'ignored-fields',
  /** Fields this version does not know inside a questionnaire snapshot, kept unused: `{ count }`. */
  'kept-fields',
  /** A setting this version does not know, left out: `{ setting }` (its key). */
  'ignored-setting',
  /** A response written before `receivedAt` existed: the hand-out time stands in for it. */
  'received-at-assumed',
] as const;

export type NoticeRule = (typeof NOTICE_RULES)[number];

export interface FileNotice {
  rule: NoticeRule;
  /** Where, as a pattern for every element alike (`parts[].answers[].mood`); `$` is the file. */
  path: string;
  params: IssueParams;
}

/** At most this many notices per file; a hostile file must not flood the preview. */
export const MAX_NOTICES = 50;

/** One notice per place (pattern), with how many times the file has a field there. */
export function groupFields(
  rule: 'ignored-fields' | 'kept-fields',
  schema: unknown,
  paths: readonly JsonPath[],
): FileNotice[] {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const pattern = pathPattern(schema, path);
    counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  return [...counts].map(([path, count]) => ({ rule, path, params: { count } }));
}
