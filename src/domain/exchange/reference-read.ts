/**
 * Reading the files that bring other municipalities' published rounds: a dataset
 * (`eblomladan.dataset/1`, many rounds, each snapshot once) or a shared round
 * (`eblomladan.round/1`, one round with its snapshot). Both come out alike, as dataset rounds
 * with their snapshots, so one planner (reference-plan.ts) handles any mix of them. Any other
 * kind of exchange file is named `other`: it goes the ordinary way (plan.ts).
 *
 * A selection of shared round files carries the same snapshot over and over (about 97 % of each
 * file). A `SnapshotCache` shared by the files of one selection validates each distinct snapshot
 * once and gives every file that carries it the same object, so the files' results hold (and a
 * worker sends back) one copy per snapshot. Two snapshots under one key whose contents differ are
 * refused, as a dataset refuses a key given twice.
 */
import * as z from 'zod/mini';
import { parseJsonText } from '../questionnaire/load';
import { questionnaireKey } from '../questionnaire/fingerprint';
import type { Questionnaire } from '../questionnaire/schema';
import { MAX_ISSUES, type Result, type ValidationIssue } from '../validation/issues';
import { parseKnown } from '../validation/known-fields';
import type { DatasetRound } from './dataset';
import { DATASET_MAX_BYTES, readDataset } from './dataset-read';
import type { JsonObject } from './migrations';
import { groupFields, MAX_NOTICES, type FileNotice } from './notices';
import { validateExchange } from './read';
import { sanitizeTree } from './sanitize';
import { EXCHANGE_FORMATS, SharedRoundFileSchema } from './schema';

export type ReferenceFile =
  | {
      name: string;
      ok: true;
      kind: 'dataset' | 'round';
      rounds: DatasetRound[];
      /** Every snapshot its rounds name, by key (one object per key across a selection). */
      snapshots: Map<string, Questionnaire>;
      synthetic: boolean;
      notices: FileNotice[];
      /** The app version that wrote it. */
      version: string;
    }
  | { name: string; ok: true; kind: 'other' }
  /** Refused; `kind` when it said it is a dataset or a shared round. */
  | { name: string; ok: false; issues: ValidationIssue[]; kind?: 'dataset' | 'round' };

const DATASET = /^eblomladan\.dataset\//;
const ROUND = /^eblomladan\.round\//;

/**
 * Whether a selection goes the reference way: it has a dataset or shared round (read or refused)
 * and no other kind of exchange file.
 */
export const isReferenceSelection = (files: readonly ReferenceFile[]) =>
  files.some((f) => f.kind === 'dataset' || f.kind === 'round') && !files.some((f) => f.kind === 'other');

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether two parsed JSON values are the same, whatever the order of their keys. `skip` leaves
 * a key out on both sides. Recurses only as deep as both values go alike, so the depth is bounded
 * by a value already read (never by a hostile one alone).
 */
function sameJson(a: unknown, b: unknown, skip?: (key: string) => boolean): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i], skip)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keep = (o: object) => Object.keys(o).filter((k) => (o as JsonObject)[k] !== undefined && !skip?.(k));
  const keys = keep(a);
  if (keys.length !== keep(b).length) return false;
  for (const key of keys)
    if (!Object.hasOwn(b, key) || !sameJson((a as JsonObject)[key], (b as JsonObject)[key], skip))
      return false;
  return true;
}

/**
 * Same content as far as the questionnaire key goes: what fingerprint.ts hashes (keys in any
 * order, undefined and `$schema` left out).
 */
const sameSnapshot = (a: Questionnaire, b: Questionnaire) =>
  a === b || sameJson(a, b, (k) => k === '$schema');

/** A snapshot validated once, and what a shared round's answers may be on it. */
interface KnownSnapshot {
  key: string;
  questionnaire: Questionnaire;
  /** Part id → its indicator ids. */
  indicators: Map<string, Set<string>>;
  /** The scale's values, "not applicable" included. */
  values: Set<string>;
}

/** A snapshot as a shared round file wrote it, before reading changed it, and what it reads as. */
interface WrittenSnapshot {
  raw: unknown;
  known: KnownSnapshot;
  /** What reading left out or kept inside it (`questionnaire.…`), told for every file that carries it. */
  notices: FileNotice[];
}

/** How many differently written copies of one questionnaire version are remembered as written. */
const COPIES_PER_VERSION = 8;

/**
 * What the files of one selection have brought so far: each distinct snapshot validated once,
 * one object per key. Not for sharing between selections (it holds every snapshot it saw).
 */
export class SnapshotCache {
  /** Every snapshot read, by key. */
  private readonly byKey = new Map<string, KnownSnapshot>();
  /**
   * Snapshots as they stood in a shared round file before reading changed them, by `id@version`:
   * a file whose snapshot is the same JSON is not validated again.
   */
  private readonly written = new Map<string, WrittenSnapshot[]>();

  /** The snapshot that a file's raw (just parsed) snapshot is the same JSON as, if any. */
  match(raw: unknown): WrittenSnapshot | undefined {
    const copies = this.written.get(versionOf(raw) ?? '');
    return copies?.find((copy) => sameJson(raw, copy.raw));
  }

  /** Whether a copy of `raw` is worth keeping for `match` (not yet too many of its version). */
  wants(raw: unknown): boolean {
    const version = versionOf(raw);
    return version !== undefined && (this.written.get(version)?.length ?? 0) < COPIES_PER_VERSION;
  }

  /**
   * Takes a snapshot just validated: the one object already held under its key when the content
   * is the same, or undefined when another snapshot with different content has the key.
   * `written` (a copy of the snapshot as a shared round file wrote it, with the notices reading
   * it gave) lets later files with the same JSON match it unread.
   */
  take(key: string, questionnaire: Questionnaire, written?: { raw: unknown; notices: FileNotice[] }) {
    let known = this.byKey.get(key);
    if (known && !sameSnapshot(known.questionnaire, questionnaire)) return undefined;
    if (!known) {
      const values = new Set(questionnaire.scale.options.map((o) => o.value));
      if (questionnaire.scale.notApplicable) values.add(questionnaire.scale.notApplicable.value);
      known = {
        key,
        questionnaire,
        indicators: new Map(
          questionnaire.sections.map((s) => [s.id, new Set(s.indicators.map((i) => i.id))]),
        ),
        values,
      };
      this.byKey.set(key, known);
    }
    const version = written && versionOf(written.raw);
    if (version !== undefined) {
      const copies = this.written.get(version) ?? [];
      if (copies.length < COPIES_PER_VERSION) copies.push({ ...written!, known });
      this.written.set(version, copies);
    }
    return known;
  }
}

function versionOf(raw: unknown): string | undefined {
  if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.version !== 'string') return undefined;
  return `${raw.id}@${raw.version}`;
}

/** The refusal of a snapshot whose key another snapshot of the selection has, with other content. */
const keyTaken = (key: string, path: ValidationIssue['path']): ValidationIssue[] => [
  { path, rule: 'snapshot-conflict', params: { key } },
];

/** A shared round file without its snapshot: the rest is checked on its own when the snapshot is known. */
const RoundWithoutSnapshot = z.omit(SharedRoundFileSchema, { questionnaire: true });

/** Notices about fields inside a shared round's snapshot (`questionnaire.…`). */
const inSnapshot = (notice: FileNotice) => /^questionnaire[.[]/.test(notice.path);

/** JSON of a file's text; the byte count (an encoding of the whole text) only near the limit. */
function parseJson(text: string): Result<unknown> {
  if (text.length * 3 > DATASET_MAX_BYTES || text.trim() === '')
    return parseJsonText(text, DATASET_MAX_BYTES);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return parseJsonText(text, DATASET_MAX_BYTES);
  }
}

/** Reads one file's text. Pure but for `cache`; the work of a worker (storage/reference-import/). */
export function readReferenceText(
  name: string,
  text: string,
  cache: SnapshotCache = new SnapshotCache(),
): ReferenceFile {
  const json = parseJson(text);
  if (!json.ok) return { name, ok: false, issues: json.issues };
  const format = isObject(json.value) ? json.value.format : undefined;
  if (typeof format === 'string' && DATASET.test(format)) return readDatasetValue(name, json.value, cache);
  if (typeof format === 'string' && ROUND.test(format))
    return readRound(name, json.value as JsonObject, cache);
  return { name, ok: true, kind: 'other' };
}

function readDatasetValue(name: string, value: unknown, cache: SnapshotCache): ReferenceFile {
  const read = readDataset(value);
  if (!read.ok) return { name, ok: false, issues: read.issues, kind: 'dataset' };
  const { rounds, questionnaires, synthetic, notices, writtenBy } = read.value;
  const snapshots = new Map<string, Questionnaire>();
  const issues: ValidationIssue[] = [];
  questionnaires.forEach(({ key, questionnaire }, i) => {
    const known = cache.take(key, questionnaire);
    if (known) snapshots.set(key, known.questionnaire);
    else if (issues.length < MAX_ISSUES) issues.push(...keyTaken(key, ['questionnaires', i, 'key']));
  });
  if (issues.length > 0) return { name, ok: false, issues, kind: 'dataset' };
  return {
    name,
    ok: true,
    kind: 'dataset',
    rounds,
    snapshots,
    synthetic,
    notices,
    version: writtenBy.version,
  };
}

function readRound(name: string, value: JsonObject, cache: SnapshotCache): ReferenceFile {
  const written = cache.match(value.questionnaire);
  if (written) {
    const read = readRoundBeside(name, value, written);
    if (read) return read;
  }
  // The long way: every check on the whole file, with the messages of any other exchange file.
  // (Reading changes the parsed value: a copy of the snapshot as written is kept first.)
  const raw = !written && cache.wants(value.questionnaire) ? structuredClone(value.questionnaire) : undefined;
  const read = validateExchange(value);
  if (!read.ok) return { name, ok: false, issues: read.issues, kind: 'round' };
  if (read.value.kind !== 'round') return { name, ok: true, kind: 'other' };
  const file = read.value.file;
  const key = questionnaireKey(file.questionnaire);
  const notices = 'notices' in read.value ? (read.value.notices as FileNotice[]) : [];
  const taken = cache.take(
    key,
    file.questionnaire,
    raw === undefined ? undefined : { raw, notices: notices.filter(inSnapshot) },
  );
  if (!taken) return { name, ok: false, issues: keyTaken(key, ['questionnaire']), kind: 'round' };
  return {
    name,
    ok: true,
    kind: 'round',
    rounds: [{ ...file.round, questionnaireKey: key, answers: file.answers }],
    snapshots: new Map([[key, taken.questionnaire]]),
    synthetic: false,
    notices,
    version: file.writtenBy.version,
  };
}

/**
 * A shared round file whose snapshot is the same JSON as one read already: only the rest of the
 * file is checked (what the long way checks besides the snapshot, which would come out the same).
 * Undefined when anything is wrong, so that the long way says what, in its own words.
 */
function readRoundBeside(
  name: string,
  value: JsonObject,
  { known, notices: inside }: WrittenSnapshot,
): ReferenceFile | undefined {
  // Another version of the format goes through its migration the long way.
  if (value.format !== EXCHANGE_FORMATS.round) return undefined;
  const rest: JsonObject = { ...value };
  delete rest.questionnaire;
  if (!sanitizeTree(rest).ok) return undefined;
  const parsed = parseKnown(RoundWithoutSnapshot, rest);
  if (!parsed.ok) return undefined;
  const { round, answers, writtenBy } = parsed.value;
  for (const [sectionId, values] of Object.entries(answers)) {
    const indicators = known.indicators.get(sectionId);
    if (!indicators) return undefined;
    for (const [indicatorId, answer] of Object.entries(values))
      if (!indicators.has(indicatorId) || !known.values.has(answer)) return undefined;
  }
  const notices = [...groupFields('ignored-fields', RoundWithoutSnapshot, parsed.ignored), ...inside];
  return {
    name,
    ok: true,
    kind: 'round',
    rounds: [{ ...round, questionnaireKey: known.key, answers }],
    snapshots: new Map([[known.key, known.questionnaire]]),
    synthetic: false,
    notices: notices.slice(0, MAX_NOTICES),
    version: writtenBy.version,
  };
}
