/**
 * Every change of an exchange file's shape, as a small pure step that lifts a file of the older
 * shape to the newer one. The restore step (restore.ts) runs, in order, each step whose `from` is
 * the file's version and that `applies` to it, and then validates the result strictly against the
 * current schema (schema.ts).
 *
 * A step either raises the version (`to` = `from` + 1, for a new version such as
 * `eblomladan.assignment/2`; restore.ts then writes the new `format` tag) or repairs an older shape
 * within a version (`to` = `from`, for a change that was released without a new version number).
 *
 * Append only. A released step is never edited or removed: files that need it are in
 * municipalities' archives. Each step has a frozen fixture of the shape it reads in
 * tests/fixtures/formats/ and a test in tests/unit/format-migrations.test.ts. How to add a version
 * is in docs/formats.md ("Adding a version").
 */
import type { FileNotice, NoticeRule } from './notices';
import { EXCHANGE_FORMATS, type ExchangeKind } from './schema';

/** The version of `kind` this app writes and reads: the number in its `format` tag. */
export const currentVersion = (kind: ExchangeKind): number => Number(EXCHANGE_FORMATS[kind].split('/')[1]);

/** The `format` tag of `kind` at `version`. */
export const formatTag = (kind: ExchangeKind, version: number) => `eblomladan.${kind}/${version}`;

/** A file as parsed JSON, before it is validated. */
export type JsonObject = Record<string, unknown>;

export interface Migration {
  /** A stable name: the format, its version and what changed. */
  id: string;
  kind: ExchangeKind;
  /** The version of the files this step reads. */
  from: number;
  /** The version it writes: `from` + 1, or `from` for a repair within a version. */
  to: number;
  /** Whether a file of version `from` has the shape this step reads. */
  applies: (file: JsonObject) => boolean;
  /** The file in the newer shape. Pure: returns a new object, never changes `file`. */
  up: (file: JsonObject) => JsonObject;
  /** What the user is told when the step ran, if the step changed what the file means. */
  notice?: NoticeRule;
}

/**
 * `eblomladan.response/1` as written before 2026-11-23 13:01 (commit 7dd68d4) had no
 * `receivedAt`, the respondent's clock when they opened the assignment; merging then compared
 * their answers with the hand-out time. That time stands in for it: it is the earliest the
 * assignment can have been opened, so an answer changed in the copy is never taken for an old one
 * (at worst it shows as a conflict for the user to decide), which is how that app merged.
 * Fixture: tests/fixtures/formats/v1/response-1-before-received-at.json.
 */
const responseReceivedAt: Migration = {
  id: 'eblomladan.response/1: receivedAt',
  kind: 'response',
  from: 1,
  to: 1,
  applies: (file) => !Object.hasOwn(file, 'receivedAt') && typeof file.handedOutAt === 'string',
  up: (file) => ({ ...file, receivedAt: file.handedOutAt }),
  notice: 'received-at-assumed',
};

const sectionIdsOf = (file: JsonObject) =>
  Array.isArray(file.parts)
    ? file.parts.map((part: unknown) =>
        typeof part === 'object' && part !== null ? (part as JsonObject).sectionId : undefined,
      )
    : file.parts;

/**
 * `/2` (2026-12-01) carries a round's working data as its round document (several respondents
 * per part, merged by Yjs) and names the handed-out parts in `sectionIds`. A `/1` hand-out keeps
 * its `parts`; storage writes them into the round's document, as ratings by the person named.
 * Fixture: tests/fixtures/formats/v1/assignment-1.json.
 */
const assignmentDocument: Migration = {
  id: 'eblomladan.assignment/1 -> /2: round document',
  kind: 'assignment',
  from: 1,
  to: 2,
  applies: () => true,
  up: (file) => ({ ...file, sectionIds: sectionIdsOf(file) }),
};

/**
 * `/2` as for assignments; a `/1` response keeps its `parts` and clocks, and its answers are
 * written into the round's document where they are newer than that person's rating there.
 * Fixtures: tests/fixtures/formats/v1/response-1.json, response-1-before-received-at.json.
 */
const responseDocument: Migration = {
  id: 'eblomladan.response/1 -> /2: round document',
  kind: 'response',
  from: 1,
  to: 2,
  applies: () => true,
  up: (file) => ({ ...file, sectionIds: sectionIdsOf(file) }),
};

/**
 * `/2` adds `data.roundDocs`, every draft round's document. A `/1` backup has none: its rounds'
 * answers are in `data.responses`, and each round's document is made from them when first opened.
 * Fixture: tests/fixtures/formats/v1/backup-1.json.
 */
const backupRoundDocs: Migration = {
  id: 'eblomladan.backup/1 -> /2: round documents',
  kind: 'backup',
  from: 1,
  to: 2,
  applies: () => true,
  up: (file) => {
    const data = file.data;
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? { ...file, data: { ...data, roundDocs: [] } }
      : file;
  },
};

/** Every step, oldest first. Append new steps at the end only. */
export const MIGRATIONS: readonly Migration[] = [
  responseReceivedAt,
  assignmentDocument,
  responseDocument,
  backupRoundDocs,
];

/**
 * The steps that apply to a file of `kind` and `version`, in the order they run: within a version,
 * repairs before the step to the next version.
 */
export function migrationsFor(kind: ExchangeKind, migrations: readonly Migration[] = MIGRATIONS) {
  return migrations
    .filter((step) => step.kind === kind)
    .map((step, order) => ({ step, order }))
    .sort((a, b) => a.step.from - b.step.from || a.step.to - b.step.to || a.order - b.order)
    .map(({ step }) => step);
}

/**
 * Runs the steps for a file of `kind` at `version`, in order; a step that raises the version also
 * writes the new `format` tag. Returns the file in the newest shape the steps reach (the current
 * version, unless a step is missing) and what the user is to be told.
 */
export function migrate(
  kind: ExchangeKind,
  version: number,
  file: JsonObject,
  steps: readonly Migration[] = migrationsFor(kind),
): { file: JsonObject; version: number; notices: FileNotice[] } {
  const notices: FileNotice[] = [];
  for (const step of steps) {
    if (step.from !== version || !step.applies(file)) continue;
    file = step.up(file);
    if (step.to !== version) file = { ...file, format: formatTag(kind, step.to) };
    version = step.to;
    if (step.notice) notices.push({ rule: step.notice, path: '$', params: {} });
  }
  return { file, version, notices };
}
