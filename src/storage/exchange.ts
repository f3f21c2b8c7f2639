/**
 * The one import path for exchange files (assignment, response, shared round, backup), and the
 * reads behind every export. Importing is two steps:
 *
 * 1. `readExchangeFiles` + `previewImport`: each file's size is checked before it is read
 *    (over 50 MB is refused), then it is parsed and validated (domain/exchange/read.ts), and the
 *    plan is worked out against the database as it is now (domain/exchange/plan.ts). Nothing is
 *    written.
 * 2. `commitImport`, on the user's confirmation: in one read-write transaction over every table
 *    the plan is worked out again; if it is not the plan the user saw (another tab changed
 *    something meanwhile) nothing is written and `StaleImport` is thrown; otherwise every row is
 *    written in that same transaction, so the import happens wholly or not at all.
 */
import { buildAssignment, buildBackup, buildResponse, buildSharedRound } from '../domain/exchange/build';
import {
  planImport,
  type DbContent,
  type ImportPlan,
  type IncomingFile,
  type Resolution,
} from '../domain/exchange/plan';
import { readExchangeText } from '../domain/exchange/read';
import {
  EXCHANGE_MAX_BYTES,
  type AssignmentFile,
  type BackupFile,
  type ResponseFile,
  type SharedRoundFile,
} from '../domain/exchange/schema';
import { failure } from '../domain/validation/issues';
import { db, EXAMPLE_MODE } from './db';
import { refuseInExample, StorageRefusal } from './errors';

const MB = 1024 * 1024;

/** Something changed in the database between the preview and the confirmation. */
export class StaleImport extends Error {
  constructor() {
    super('The data changed after the preview');
    this.name = 'StaleImport';
  }
}

/** Reads and validates one file; a file over the limit is refused before any of it is read. */
export async function readExchangeFile(file: Blob, name: string): Promise<IncomingFile> {
  if (file.size > EXCHANGE_MAX_BYTES) {
    const size = Math.round((file.size / MB) * 10) / 10;
    return { name, ...failure('exchange-too-large', { size, max: EXCHANGE_MAX_BYTES / MB }) };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { name, ...failure('not-json') };
  }
  const result = readExchangeText(text);
  return result.ok ? { name, ok: true, exchange: result.value } : { name, ok: false, issues: result.issues };
}

/** Reads several files one after the other (each may be large). */
export async function readExchangeFiles(files: readonly File[]): Promise<IncomingFile[]> {
  const read: IncomingFile[] = [];
  for (const file of files) read.push(await readExchangeFile(file, file.name));
  return read;
}

const ALL_TABLES = () =>
  [db.questionnaires, db.rounds, db.responses, db.settings, db.actions, db.referenceRounds] as const;

/** Everything in the database (call inside a transaction for a consistent view). */
export async function dumpDatabase(): Promise<DbContent> {
  const [questionnaires, rounds, responses, settings, actions, referenceRounds] = await Promise.all([
    db.questionnaires.toArray(),
    db.rounds.toArray(),
    db.responses.toArray(),
    db.settings.toArray(),
    db.actions.toArray(),
    db.referenceRounds.toArray(),
  ]);
  return { questionnaires, rounds, responses, settings, actions, referenceRounds };
}

/** What importing `files` would change, against the database as it is now. Writes nothing. */
export async function previewImport(
  files: readonly IncomingFile[],
  resolutions: Readonly<Record<string, Resolution>> = {},
): Promise<ImportPlan> {
  const content = await db.transaction('r', ALL_TABLES(), dumpDatabase);
  return planImport(files, content, resolutions, new Date().toISOString());
}

/**
 * Writes the import the user confirmed, in one transaction, if the plan is still `signature`.
 * Refuses (writes nothing) while a conflict is unresolved.
 */
export async function commitImport(
  files: readonly IncomingFile[],
  resolutions: Readonly<Record<string, Resolution>>,
  signature: string,
): Promise<ImportPlan> {
  refuseInExample(EXAMPLE_MODE, 'import');
  const now = new Date().toISOString();
  return db.transaction('rw', ALL_TABLES(), async () => {
    const plan = planImport(files, await dumpDatabase(), resolutions, now);
    if (plan.signature !== signature) throw new StaleImport();
    if (plan.unresolved.length > 0) throw new StorageRefusal('invalid', 'unresolved conflicts');
    const { writes } = plan;
    await db.questionnaires.bulkPut(writes.questionnaires);
    await db.rounds.bulkPut(writes.rounds);
    await db.responses.bulkPut(writes.responses);
    await db.settings.bulkPut(writes.settings);
    await db.actions.bulkPut(writes.actions);
    await db.referenceRounds.bulkPut(writes.referenceRounds);
    return plan;
  });
}

async function roundWithParts(roundId: string) {
  const round = await db.rounds.get(roundId);
  if (!round) throw new StorageRefusal('not-found', `round ${roundId}`);
  const stored = await db.questionnaires.get(round.questionnaireKey);
  if (!stored) throw new StorageRefusal('not-found', `questionnaire ${round.questionnaireKey}`);
  const responses = await db.responses.where({ roundId }).toArray();
  return { round, questionnaire: stored.questionnaire, responses };
}

// Every file written from a round goes through here; the example's rounds never leave as files.
const read = <T>(work: () => Promise<T>) => {
  refuseInExample(EXAMPLE_MODE, 'export');
  return db.transaction('r', db.rounds, db.questionnaires, db.responses, work);
};

/** An assignment file handing out `sectionIds` of a round, with their answers so far. */
export async function exportAssignment(
  roundId: string,
  sectionIds: readonly string[],
  version: string,
): Promise<AssignmentFile> {
  return read(async () => {
    const { round, questionnaire, responses } = await roundWithParts(roundId);
    if (round.assignment) throw new StorageRefusal('invalid', 'an assigned copy cannot hand out parts');
    const known = sectionIds.filter((id) => questionnaire.sections.some((s) => s.id === id));
    if (known.length === 0) throw new StorageRefusal('invalid', 'no parts chosen');
    return buildAssignment(round, questionnaire, responses, known, new Date().toISOString(), version);
  });
}

/** The response file of an assigned copy: its parts as answered in this browser. */
export async function exportResponse(roundId: string, version: string): Promise<ResponseFile> {
  return read(async () => {
    const { round, questionnaire, responses } = await roundWithParts(roundId);
    const { assignment } = round;
    if (!assignment) throw new StorageRefusal('invalid', 'not an assigned copy');
    return buildResponse(
      { ...round, assignment },
      questionnaire,
      responses,
      new Date().toISOString(),
      version,
    );
  });
}

/** A published round as a file for other municipalities (values only). */
export async function exportSharedRound(roundId: string, version: string): Promise<SharedRoundFile> {
  return read(async () => {
    const { round, questionnaire, responses } = await roundWithParts(roundId);
    const { publishedAt } = round;
    if (round.status !== 'published' || !publishedAt) throw new StorageRefusal('invalid', 'not published');
    return buildSharedRound(
      { ...round, publishedAt },
      questionnaire,
      responses,
      new Date().toISOString(),
      version,
    );
  });
}

/** One round with its questionnaire and answers, e.g. for CSV. */
export async function readRound(roundId: string) {
  return read(() => roundWithParts(roundId));
}

/**
 * Everything in the database as one backup file. The time of this backup is stored first (as the
 * `lastBackup` setting, in the same transaction), so the file restores to exactly this database.
 */
export async function exportBackup(version: string): Promise<BackupFile> {
  refuseInExample(EXAMPLE_MODE, 'backup');
  const now = new Date().toISOString();
  return db.transaction('rw', ALL_TABLES(), async () => {
    await db.settings.put({ key: 'lastBackup', at: now });
    return buildBackup(await dumpDatabase(), now, version);
  });
}
