/**
 * Reads a dataset file (`eblomladan.dataset/1`, dataset.ts) into validated rounds, or into the
 * list of what is wrong with it, each with its JSON path (`rounds[12].answers["barn-elever"]…`).
 * The same steps as every exchange file (read.ts, restore.ts), with limits that keep a tab
 * responsive on a file of the whole country:
 *
 * 1. size before parsing (the exchange files' 50 MiB), then JSON syntax with line and column;
 * 2. nesting depth and control characters (sanitize.ts; markup stays text, shown as text);
 * 3. the `format` tag (a newer version refused politely), then migration (dataset-migrations.ts);
 * 4. counts before anything else is looked at: more than DATASET_LIMITS.rounds rounds is refused;
 * 5. the strict schema, fields this version does not know left out and named (kept, unused,
 *    inside a snapshot, whose key is computed from its whole content);
 * 6. across fields: each snapshot under its own key (fingerprint checked once per snapshot), each
 *    round once (by id, and by municipality, year, label and snapshot), naming a snapshot in the
 *    file, with parts, indicators and values that snapshot has.
 *
 * Pure: a string is taken as the file's text; anything else as parsed JSON, which it changes
 * (pass a value you own).
 */
import * as z from 'zod/mini';
import { questionnaireKey } from '../questionnaire/fingerprint';
import { QUESTIONNAIRE_FORMAT, type Questionnaire } from '../questionnaire/schema';
import type { ReferenceRound } from '../round/model';
import { failure, fromZodIssues, MAX_ISSUES, type Result, type ValidationIssue } from '../validation/issues';
import { jsonErrorOffset, lineAndColumn } from '../validation/json-error';
import { parseKnown } from '../validation/known-fields';
import { roundIdentity } from './dataset-build';
import { DATASET_VERSION, migrateDataset } from './dataset-migrations';
import {
  DATASET_FORMAT,
  DATASET_LIMITS,
  DatasetFileSchema,
  DatasetRoundSchema,
  type DatasetFile,
  type DatasetRound,
  type DatasetSnapshot,
} from './dataset';
import type { JsonObject } from './migrations';
import { groupFields, MAX_NOTICES, type FileNotice } from './notices';
import { sanitizeTree } from './sanitize';
import { EXCHANGE_FORMATS, EXCHANGE_MAX_BYTES, type SharedRoundFile } from './schema';

/** A file larger than this is refused before it is parsed: the exchange files' limit (50 MiB). */
export const DATASET_MAX_BYTES = EXCHANGE_MAX_BYTES;

/** A dataset as read: only the snapshots its rounds name, and what reading left out. */
export type DatasetContent = DatasetFile & { notices: FileNotice[] };

type Path = ValidationIssue['path'];
type Refusal = { ok: false; issues: ValidationIssue[] };
const MB = 1024 * 1024;
const FORMAT_PATTERN = /^eblomladan\.([a-z-]+)\/(\d+)$/;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** UTF-8 length of a text, without encoding it (a lone surrogate counts 2, not 3: close enough for a limit). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** The refusal for a file of `bytes` bytes, or undefined when it may be read (also for a `File.size`). */
export function datasetTooLarge(bytes: number): Refusal | undefined {
  if (bytes <= DATASET_MAX_BYTES) return undefined;
  return failure('exchange-too-large', {
    size: Math.round((bytes / MB) * 10) / 10,
    max: DATASET_MAX_BYTES / MB,
  });
}

function parseText(text: string): Result<unknown> {
  // Each UTF-16 unit is at least one byte and at most three: count only when it matters.
  const tooLarge =
    text.length > DATASET_MAX_BYTES
      ? datasetTooLarge(text.length)
      : text.length * 3 > DATASET_MAX_BYTES
        ? datasetTooLarge(utf8Length(text))
        : undefined;
  if (tooLarge) return tooLarge;
  if (text.trim() === '') return failure('empty-file');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return failure('not-json-at', lineAndColumn(text, jsonErrorOffset(text)));
  }
}

/** The version of a dataset, or why the value is not a dataset this app reads. */
function detect(file: JsonObject): { ok: true; version: number } | Refusal {
  const format = file.format;
  if (typeof format !== 'string') return failure('not-a-dataset', { format: '–' }, ['format']);
  const match = FORMAT_PATTERN.exec(format);
  if (match?.[1] !== 'dataset') {
    if (match?.[1] === 'questionnaire') return failure('questionnaire-file', { format }, ['format']);
    return failure('not-a-dataset', { format: format.slice(0, 60) }, ['format']);
  }
  const version = Number(match[2]);
  if (version > DATASET_VERSION)
    return failure('file-too-new', { format, supported: DATASET_FORMAT }, ['format']);
  if (version < 1 || String(version) !== match[2]) return failure('not-a-dataset', { format }, ['format']);
  return { ok: true, version };
}

/** Refuses too many rounds or snapshots, and a snapshot of a newer questionnaire format, before the schema runs. */
function checkBeforeSchema(file: JsonObject): Refusal | undefined {
  const { rounds, questionnaires } = file;
  if (Array.isArray(rounds) && rounds.length > DATASET_LIMITS.rounds)
    return failure('too-many-rounds', { count: rounds.length, max: DATASET_LIMITS.rounds }, ['rounds']);
  if (!Array.isArray(questionnaires)) return undefined;
  if (questionnaires.length > DATASET_LIMITS.questionnaires)
    return failure('too-many', { max: DATASET_LIMITS.questionnaires }, ['questionnaires']);
  for (const [i, entry] of questionnaires.entries()) {
    const format = isObject(entry) && isObject(entry.questionnaire) ? entry.questionnaire.format : undefined;
    const match = typeof format === 'string' ? FORMAT_PATTERN.exec(format) : null;
    if (match?.[1] === 'questionnaire' && Number(match[2]) > 1)
      return failure('questionnaire-too-new', { format: format as string, supported: QUESTIONNAIRE_FORMAT }, [
        'questionnaires',
        i,
        'questionnaire',
        'format',
      ]);
  }
  return undefined;
}

/**
 * The schema a dataset is first read with: DatasetFileSchema, but a round's answers are only
 * checked to be an object and its snapshot key a string. The cross-check then finds every part,
 * indicator and value among the ids of a validated snapshot, and the key among the file's checked
 * keys, which is stricter, at a fraction of the cost (the answers are most of a dataset). Should
 * anything be wrong, the whole schema runs and says what, as it always did.
 */
const DatasetReadingSchema = z.extend(DatasetFileSchema, {
  rounds: z
    .array(
      z.extend(DatasetRoundSchema, {
        questionnaireKey: z.string(),
        answers: z.custom<DatasetRound['answers']>(isObject),
      }),
    )
    .check(z.maxLength(DATASET_LIMITS.rounds)),
});

const isInSnapshot = (path: readonly (string | number)[]) =>
  path.length > 3 && path[0] === 'questionnaires' && path[2] === 'questionnaire';

/** What a snapshot allows: its parts with their indicators, and the values of its scale. */
interface Allowed {
  indicators: Map<string, Set<string>>;
  values: Set<string>;
}

function allowedBy(questionnaire: Questionnaire): Allowed {
  const values = new Set(questionnaire.scale.options.map((o) => o.value));
  if (questionnaire.scale.notApplicable) values.add(questionnaire.scale.notApplicable.value);
  return {
    indicators: new Map(questionnaire.sections.map((s) => [s.id, new Set(s.indicators.map((i) => i.id))])),
    values,
  };
}

/** The rules that span fields; stops at MAX_ISSUES. Returns the snapshots the rounds name, in file order. */
function crossCheck(file: DatasetFile, issues: ValidationIssue[]): DatasetSnapshot[] {
  const add = (path: Path, rule: ValidationIssue['rule'], params: ValidationIssue['params'] = {}) => {
    if (issues.length < MAX_ISSUES) issues.push({ path, rule, params });
  };
  // Each snapshot once, under the key of its content: the fingerprint is computed once per snapshot.
  const snapshots = new Map<string, { snapshot: DatasetSnapshot; allowed: Allowed; used: boolean }>();
  const keysSeen = new Set<string>();
  file.questionnaires.forEach((snapshot, i) => {
    if (keysSeen.has(snapshot.key))
      return add(['questionnaires', i, 'key'], 'duplicate-id', { id: snapshot.key });
    keysSeen.add(snapshot.key);
    const actual = questionnaireKey(snapshot.questionnaire);
    if (actual !== snapshot.key)
      return add(['questionnaires', i, 'key'], 'key-mismatch', { key: snapshot.key, actual });
    snapshots.set(snapshot.key, { snapshot, allowed: allowedBy(snapshot.questionnaire), used: false });
  });

  const ids = new Map<string, number>();
  const identities = new Map<string, number>();
  for (const [i, round] of file.rounds.entries()) {
    if (issues.length >= MAX_ISSUES) break;
    const at: Path = ['rounds', i];
    const sameId = ids.get(round.id);
    if (sameId !== undefined) add([...at, 'id'], 'duplicate-id', { id: round.id });
    else ids.set(round.id, i);
    const identity = roundIdentity(round);
    const same = identities.get(identity);
    if (same !== undefined)
      add(at, 'duplicate-round', {
        // Strings, so that a year and an index are not written as "2 024" and "12 345".
        code: round.organisationCode,
        year: String(round.year),
        label: round.label.slice(0, 60),
        key: round.questionnaireKey,
        first: String(same),
      });
    else identities.set(identity, i);

    const known = snapshots.get(round.questionnaireKey);
    if (!known) {
      // A snapshot refused above is reported there; a round naming it adds nothing new.
      if (!keysSeen.has(round.questionnaireKey))
        add([...at, 'questionnaireKey'], 'unknown-questionnaire', { key: round.questionnaireKey });
      continue;
    }
    known.used = true;
    const { indicators, values } = known.allowed;
    // Read with DatasetReadingSchema, the answers are only known to be an object so far.
    for (const [sectionId, answers] of Object.entries(round.answers as Record<string, unknown>)) {
      const section = indicators.get(sectionId);
      if (!section) {
        add([...at, 'answers', sectionId], 'unknown-section', { id: sectionId });
        continue;
      }
      if (!isObject(answers)) {
        add([...at, 'answers', sectionId], 'wrong-type', { expected: 'object' });
        continue;
      }
      for (const [indicatorId, value] of Object.entries(answers)) {
        if (!section.has(indicatorId))
          add([...at, 'answers', sectionId, indicatorId], 'unknown-indicator', { id: indicatorId });
        else if (typeof value !== 'string')
          add([...at, 'answers', sectionId, indicatorId], 'wrong-type', { expected: 'string' });
        else if (!values.has(value))
          add([...at, 'answers', sectionId, indicatorId], 'not-on-scale', { value: value.slice(0, 60) });
      }
    }
  }
  return [...snapshots.values()].filter((s) => s.used).map((s) => s.snapshot);
}

/**
 * Reads a dataset: its text (a string) or its parsed JSON. Gives the file with only the snapshots
 * its rounds name (each validated once) and what reading left out, or every refusal (at most
 * MAX_ISSUES) with its JSON path.
 */
export function readDataset(input: unknown): Result<DatasetContent> {
  let data = input;
  if (typeof input === 'string') {
    const parsed = parseText(input);
    if (!parsed.ok) return parsed;
    data = parsed.value;
  }
  const clean = sanitizeTree(data, DATASET_LIMITS.depth);
  if (!clean.ok) return clean;
  if (!isObject(clean.value)) return failure('not-an-object');
  const detected = detect(clean.value);
  if (!detected.ok) return detected;
  const migrated = migrateDataset(detected.version, clean.value);
  // A version with no way up to the current one: a missing step.
  if (migrated.version !== DATASET_VERSION)
    return failure('not-a-dataset', { format: String(clean.value.format) }, ['format']);
  const file = migrated.file;
  const early = checkBeforeSchema(file);
  if (early) return early;

  const parsed = parseKnown<DatasetFile>(DatasetReadingSchema, file, isInSnapshot);
  const issues: ValidationIssue[] = [];
  const used = parsed.ok ? crossCheck(parsed.value, issues) : [];
  if (!parsed.ok || issues.length > 0) {
    // What is wrong, in the words of the whole schema first, as before the cross-check.
    const whole = parseKnown<DatasetFile>(DatasetFileSchema, file, isInSnapshot);
    if (!whole.ok) return { ok: false, issues: fromZodIssues(whole.issues, file) };
    if (!parsed.ok) return { ok: false, issues: fromZodIssues(parsed.issues, file) };
    return { ok: false, issues };
  }
  const notices = [
    ...migrated.notices,
    ...groupFields('ignored-fields', DatasetFileSchema, parsed.ignored),
    ...groupFields('kept-fields', DatasetFileSchema, parsed.kept),
  ].slice(0, MAX_NOTICES);
  return { ok: true, value: { ...parsed.value, questionnaires: used, notices } };
}

/** A dataset's round as the reference round the import stores. */
export function referenceRoundOf(round: DatasetRound, importedAt: string, fileName: string): ReferenceRound {
  return { ...round, importedAt, fileName };
}

/**
 * The dataset's rounds as the `eblomladan.round/1` files they stand for, in file order, each
 * with its snapshot (one object per snapshot, shared, not copied): what the import of a shared
 * round takes today (plan.ts). Nothing is validated again.
 */
export function sharedRoundFiles(content: DatasetFile): SharedRoundFile[] {
  const snapshots = new Map(content.questionnaires.map((s) => [s.key, s.questionnaire]));
  return content.rounds.map(
    ({ id, organisationCode, year, label, publishedAt, questionnaireKey: key, answers }) => {
      const questionnaire = snapshots.get(key);
      if (!questionnaire) throw new Error(`The questionnaire snapshot ${key} is not in the dataset`);
      return {
        format: EXCHANGE_FORMATS.round,
        writtenBy: content.writtenBy,
        createdAt: content.createdAt,
        round: { id, organisationCode, year, label, publishedAt },
        questionnaire,
        answers,
      };
    },
  );
}
