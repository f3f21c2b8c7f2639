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
import * as Y from 'yjs';
import {
  buildAssignment,
  buildBackup,
  buildResponse,
  buildSharedRound,
  type Recipient,
} from '../domain/exchange/build';
import { planImport, type DbContent, type ImportPlan, type IncomingFile } from '../domain/exchange/plan';
import { handedOutKey } from '../domain/rating/keys';
import { readExchangeText } from '../domain/exchange/read';
import {
  EXCHANGE_MAX_BYTES,
  type AssignmentFile,
  type BackupFile,
  type ResponseFile,
  type SharedRoundFile,
} from '../domain/exchange/schema';
import { newId as newPersonId } from '../domain/id';
import { failure } from '../domain/validation/issues';
import { db, EXAMPLE_MODE, ROUND_DOC_UPDATES, type RoundDocRow } from './db';
import { refuseInExample, StorageRefusal } from './errors';
import { StaleImport } from './stale';
import { refreshAgreedAnswers } from './round-doc/agreed';
import { docFromUpdates, fieldsOf } from './round-doc/data';
import { addRespondent, namePerson } from './round-doc/edit';
import { documentOf, RoundDocMerger, type StoredDoc } from './round-doc/merge';
import { seedUpdate } from './round-doc/seed';
import type { RoundDocUpdateRow } from './round-doc/ydb';

const MB = 1024 * 1024;

export { StaleImport };

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
/** Every table an import may write: the rows, and the round documents with their updates. */
const IMPORT_TABLES = () => [...ALL_TABLES(), db.roundDocs, db.table(ROUND_DOC_UPDATES)];

const updatesTable = () => db.table<RoundDocUpdateRow, number>(ROUND_DOC_UPDATES);

/** Every row of the database but the round documents (call inside a transaction for a consistent view). */
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

/** The round documents an import may merge into, as stored (call inside the import's transaction). */
async function storedDocs(content: DbContent): Promise<Map<string, StoredDoc>> {
  const rows = await db.roundDocs.toArray();
  const updates = await updatesTable().toArray();
  const docs = new Map<string, StoredDoc>();
  for (const row of rows) {
    docs.set(
      row.roundId,
      row.fromResponses
        ? { updates: [], fromResponses: content.responses.filter((r) => r.roundId === row.roundId) }
        : { updates: [] },
    );
  }
  for (const update of updates) {
    const doc = docs.get(update.k);
    if (doc && !doc.fromResponses) (doc.updates as Uint8Array[]).push(update.u);
  }
  // A round started before round documents, never opened since, has no row: its answers are in responses.
  for (const round of content.rounds)
    if (round.status === 'draft' && !docs.has(round.id))
      docs.set(round.id, {
        updates: [],
        fromResponses: content.responses.filter((r) => r.roundId === round.id),
      });
  return docs;
}

async function plan(files: readonly IncomingFile[], now: string) {
  const content = await dumpDatabase();
  const docs = await storedDocs(content);
  const merger = new RoundDocMerger((roundId) => docs.get(roundId));
  return { plan: planImport(files, content, merger, now), merger };
}

/** What importing `files` would change, against the database as it is now. Writes nothing. */
export async function previewImport(files: readonly IncomingFile[]): Promise<ImportPlan> {
  return db.transaction('r', IMPORT_TABLES(), async () => (await plan(files, new Date().toISOString())).plan);
}

/** Writes the import the user confirmed, in one transaction, if the plan is still `signature`. */
export async function commitImport(files: readonly IncomingFile[], signature: string): Promise<ImportPlan> {
  refuseInExample(EXAMPLE_MODE, 'import');
  const now = new Date().toISOString();
  return db.transaction('rw', IMPORT_TABLES(), async () => {
    const { plan: planned, merger } = await plan(files, now);
    if (planned.signature !== signature) throw new StaleImport();
    const { writes } = planned;
    await db.questionnaires.bulkPut(writes.questionnaires);
    await db.rounds.bulkPut(writes.rounds);
    await db.responses.bulkPut(writes.responses);
    await db.settings.bulkPut(writes.settings);
    await db.actions.bulkPut(writes.actions);
    await db.referenceRounds.bulkPut(writes.referenceRounds);
    for (const { roundId, update } of merger.updates()) {
      // The document now holds the round's answers: it is no longer to be made from responses.
      await db.roundDocs.put({ roundId } satisfies RoundDocRow);
      await updatesTable().add({ k: roundId, u: update, f: 1 });
    }
    // The agreed answers every other view reads, from the documents as they now stand.
    for (const round of writes.rounds) await refreshAgreedAnswers(round.id, db);
    for (const { roundId } of merger.updates()) await refreshAgreedAnswers(roundId, db);
    return planned;
  });
}

/** A draft round's document as stored, for a file (call inside a transaction with its tables). */
async function storedDocument(roundId: string): Promise<Y.Doc> {
  const row = await db.roundDocs.get(roundId);
  const content = await dumpRound(roundId);
  const docs = await storedDocs(content);
  const stored = docs.get(roundId);
  if (!row || row.fromResponses || !stored) {
    // Not converted yet: the document is made from the answers as stored.
    const questionnaire = (await db.questionnaires.get(content.rounds[0]!.questionnaireKey))!.questionnaire;
    const update = seedUpdate(questionnaire, content.responses);
    return docFromUpdates(update.length > 0 ? [update] : []);
  }
  return docFromUpdates(stored.updates);
}

async function dumpRound(roundId: string): Promise<DbContent> {
  const round = await db.rounds.get(roundId);
  return {
    questionnaires: [],
    rounds: round ? [round] : [],
    responses: await db.responses.where({ roundId }).toArray(),
    settings: [],
    actions: [],
    referenceRounds: [],
  };
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

const DOC_TABLES = () => [
  db.rounds,
  db.questionnaires,
  db.responses,
  db.roundDocs,
  db.table(ROUND_DOC_UPDATES),
];

/**
 * An assignment file handing out `sectionIds` of a round to `recipient`, with the round's document
 * as it stands. The hand-out is noted in the document (to whom, when), in the same transaction.
 */
export async function exportAssignment(
  roundId: string,
  sectionIds: readonly string[],
  recipient: { name: string; role: string; personId?: string },
  version: string,
): Promise<AssignmentFile> {
  refuseInExample(EXAMPLE_MODE, 'export');
  const now = new Date().toISOString();
  return db.transaction('rw', DOC_TABLES(), async () => {
    const { round, questionnaire } = await roundWithParts(roundId);
    if (round.assignment) throw new StorageRefusal('invalid', 'an assigned copy cannot hand out parts');
    if (round.status === 'published') throw new StorageRefusal('locked', `round ${roundId} is published`);
    const known = sectionIds.filter((id) => questionnaire.sections.some((s) => s.id === id));
    if (known.length === 0) throw new StorageRefusal('invalid', 'no parts chosen');
    if (!recipient.name.trim()) throw new StorageRefusal('invalid', 'no recipient');
    const doc = await storedDocument(roundId);
    const before = Y.encodeStateVector(doc);
    const person: Recipient = {
      personId: recipient.personId ?? newPersonId(),
      name: recipient.name.trim(),
      role: recipient.role.trim(),
    };
    doc.transact(() => {
      namePerson(doc, person.personId, person);
      for (const sectionId of known) {
        addRespondent(doc, sectionId, person.personId, now);
        fieldsOf(doc).set(handedOutKey(sectionId, person.personId), now);
      }
    });
    await db.roundDocs.put({ roundId });
    await updatesTable().add({ k: roundId, u: Y.encodeStateAsUpdateV2(doc, before), f: 1 });
    await refreshAgreedAnswers(roundId, db);
    return buildAssignment(round, questionnaire, documentOf(doc), known, person, now, version);
  });
}

/**
 * The whole round as a hand-out to nobody in particular: what a browser joining a live round by
 * its link reads (storage/live/), through the same checks as an assignment file.
 */
export async function exportLiveRound(roundId: string, version: string): Promise<AssignmentFile> {
  return db.transaction('r', DOC_TABLES(), async () => {
    const { round, questionnaire } = await roundWithParts(roundId);
    if (round.assignment) throw new StorageRefusal('invalid', 'an assigned copy cannot share the round');
    if (round.status === 'published') throw new StorageRefusal('locked', `round ${roundId} is published`);
    const sections = questionnaire.sections.map((s) => s.id);
    const doc = await storedDocument(roundId);
    return buildAssignment(
      round,
      questionnaire,
      documentOf(doc),
      sections,
      undefined,
      new Date().toISOString(),
      version,
    );
  });
}

/** The response file of an assigned copy: its document, with every rating made in it. */
export async function exportResponse(roundId: string, version: string): Promise<ResponseFile> {
  refuseInExample(EXAMPLE_MODE, 'export');
  return db.transaction('r', DOC_TABLES(), async () => {
    const { round, questionnaire } = await roundWithParts(roundId);
    const { assignment } = round;
    if (!assignment) throw new StorageRefusal('invalid', 'not an assigned copy');
    const doc = await storedDocument(roundId);
    return buildResponse(
      { ...round, assignment },
      questionnaire,
      documentOf(doc),
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
  return db.transaction('rw', IMPORT_TABLES(), async () => {
    await db.settings.put({ key: 'lastBackup', at: now });
    const content = await dumpDatabase();
    const roundDocs = [];
    for (const round of content.rounds) {
      if (round.status !== 'draft') continue;
      roundDocs.push({ roundId: round.id, document: documentOf(await storedDocument(round.id)) });
    }
    return buildBackup({ ...content, roundDocs }, now, version);
  });
}
