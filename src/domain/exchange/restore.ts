/**
 * The restore step: every exchange file passes here before it is used, whichever version of
 * eBlomlådan wrote it (docs/formats.md, "Compatibility").
 *
 * 1. Detect the kind and version from `format`. A version higher than this app reads is refused
 *    with a clear message (it may mean something this version cannot know); a questionnaire file
 *    or any other JSON is named as such.
 * 2. Migrate: the steps of migrations.ts lift an older shape to the current one, one at a time.
 * 3. Validate strictly against the current schema (schema.ts). Fields this version does not know
 *    are left out and reported as notices, not refused; inside a questionnaire snapshot they are
 *    kept, unused, because the snapshot's key is computed from its whole content. Types, lengths,
 *    values and ids stay strict, and read.ts cross-checks the result.
 *
 * Pure: takes parsed JSON (which it changes; pass a value you own) and returns a result.
 */
import { QUESTIONNAIRE_FORMAT } from '../questionnaire/schema';
import { failure, fromZodIssues, type Result } from '../validation/issues';
import { parseKnown, type JsonPath } from '../validation/known-fields';
import { currentVersion, migrate, type JsonObject } from './migrations';
import { groupFields, MAX_NOTICES, type FileNotice } from './notices';
import {
  EXCHANGE_FORMATS,
  EXCHANGE_SCHEMAS,
  SETTING_KEYS,
  type ExchangeFile,
  type ExchangeKind,
} from './schema';

const FORMAT_PATTERN = /^eblomladan\.([a-z-]+)\/(\d+)$/;
const KINDS = Object.keys(EXCHANGE_FORMATS) as ExchangeKind[];
const isKind = (name: string | undefined): name is ExchangeKind => KINDS.includes(name as ExchangeKind);
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Detected = { ok: true; kind: ExchangeKind; version: number } | ReturnType<typeof failure>;

/** Which kind and version a parsed file says it is, or why it is not an exchange file this app reads. */
function detect(value: JsonObject): Detected {
  const format = value.format;
  if (typeof format !== 'string') return failure('not-exchange-file', { format: '–' }, ['format']);
  const match = FORMAT_PATTERN.exec(format);
  const kind = match?.[1];
  if (!match || !isKind(kind)) {
    if (kind === 'questionnaire') return failure('questionnaire-file', { format }, ['format']);
    // Datasets have their own import (reference-plan.ts), taken when no other kind is chosen.
    if (kind === 'dataset') return failure('dataset-with-others', {}, ['format']);
    return failure('not-exchange-file', { format: format.slice(0, 60) }, ['format']);
  }
  const version = Number(match[2]);
  if (version > currentVersion(kind))
    return failure('file-too-new', { format, supported: EXCHANGE_FORMATS[kind] }, ['format']);
  // Version 0 was never written, nor a number with leading zeros.
  if (version < 1 || String(version) !== match[2])
    return failure('not-exchange-file', { format }, ['format']);
  return { ok: true, kind, version };
}

/** Where a kind of file carries questionnaire snapshots (a backup: one per stored questionnaire). */
function snapshotPaths(kind: ExchangeKind, file: JsonObject): JsonPath[] {
  if (kind !== 'backup') return [['questionnaire']];
  const data = file.data;
  const stored = isObject(data) && Array.isArray(data.questionnaires) ? data.questionnaires : [];
  return stored.map((_, i) => ['data', 'questionnaires', i, 'questionnaire']);
}

const isInSnapshot = (kind: ExchangeKind) => (path: readonly (string | number)[]) =>
  kind === 'backup'
    ? path.length > 4 && path[0] === 'data' && path[1] === 'questionnaires' && path[3] === 'questionnaire'
    : path.length > 1 && path[0] === 'questionnaire';

/**
 * A snapshot of a newer questionnaire format is refused: a snapshot is never migrated, because
 * its key is computed from its content and rounds are stored under that key.
 */
function checkSnapshotFormats(kind: ExchangeKind, file: JsonObject): Result<never> | undefined {
  for (const path of snapshotPaths(kind, file)) {
    const snapshot = path.reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined,
      file,
    );
    const format = isObject(snapshot) ? snapshot.format : undefined;
    if (typeof format !== 'string') continue;
    const match = FORMAT_PATTERN.exec(format);
    if (match?.[1] === 'questionnaire' && Number(match[2]) > 1)
      return failure('questionnaire-too-new', { format, supported: QUESTIONNAIRE_FORMAT }, [
        ...path,
        'format',
      ]);
  }
  return undefined;
}

/** A backup's settings row with a key this version does not know is left out (settings are a key–value table). */
function dropUnknownSettings(kind: ExchangeKind, file: JsonObject): FileNotice[] {
  const data = file.data;
  if (kind !== 'backup' || !isObject(data) || !Array.isArray(data.settings)) return [];
  const known = SETTING_KEYS as readonly string[];
  const notices: FileNotice[] = [];
  data.settings = data.settings.filter((row: unknown) => {
    if (!isObject(row) || typeof row.key !== 'string' || known.includes(row.key)) return true;
    notices.push({
      rule: 'ignored-setting',
      path: 'data.settings[]',
      params: { setting: row.key.slice(0, 60) },
    });
    return false;
  });
  return notices;
}

/** Detects, migrates and strictly validates a parsed exchange file; cross-field checks are read.ts's. */
export function restoreExchange(value: unknown): Result<ExchangeFile & { notices: FileNotice[] }> {
  if (!isObject(value)) return failure('not-an-object');
  const detected = detect(value);
  if (!detected.ok) return detected;
  const { kind } = detected;
  const { file, version, notices } = migrate(kind, detected.version, value);
  // A version with no way up to the current one: a missing step (a test guards against it).
  if (version !== currentVersion(kind))
    return failure('not-exchange-file', { format: String(value.format) }, ['format']);

  const tooNew = checkSnapshotFormats(kind, file);
  if (tooNew) return tooNew;
  notices.push(...dropUnknownSettings(kind, file));

  const schema = EXCHANGE_SCHEMAS[kind];
  const parsed = parseKnown<unknown>(schema, file, isInSnapshot(kind));
  if (!parsed.ok) return { ok: false, issues: fromZodIssues(parsed.issues, file) };
  notices.push(...groupFields('ignored-fields', schema, parsed.ignored));
  notices.push(...groupFields('kept-fields', schema, parsed.kept));
  return {
    ok: true,
    value: { kind, file: parsed.value, notices: notices.slice(0, MAX_NOTICES) } as ExchangeFile & {
      notices: FileNotice[];
    },
  };
}
