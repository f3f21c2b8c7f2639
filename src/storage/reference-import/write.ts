/**
 * Preview and write of a reference import. Reads by key only the rows the files name (their
 * round ids among the reference rounds and the own rounds, their snapshot keys), never the whole
 * database; the write locks only the two tables it writes, `referenceRounds` and
 * `questionnaires`, and checks in that same transaction that the plan is still the one shown.
 */
import type { Municipality } from '../../domain/organisations';
import {
  planReference,
  referenceKeys,
  type HeldReference,
  type IncomingReference,
  type ReferencePlan,
} from '../../domain/exchange/reference-plan';
import { db, EXAMPLE_MODE } from '../db';
import { refuseInExample } from '../errors';
import { StaleImport } from '../stale';

/**
 * The rows held for these ids and keys. Which of them exist is found on the indexes alone (one
 * key cursor each, fast on an empty or a full table); only those rows are then read.
 */
async function heldReference(ids: string[], keys: string[]): Promise<Omit<HeldReference, 'ownRounds'>> {
  const [present, questionnaires] = await Promise.all([
    db.referenceRounds.where(':id').anyOf(ids).primaryKeys(),
    db.questionnaires.where(':id').anyOf(keys).primaryKeys(),
  ]);
  const rows = await db.referenceRounds.bulkGet(present);
  return {
    referenceRounds: new Map(rows.flatMap((row) => (row ? [[row.id, row]] : []))),
    questionnaires: new Set(questionnaires),
  };
}

async function ownRounds(ids: string[]): Promise<Set<string>> {
  return new Set(await db.transaction('r', db.rounds, () => db.rounds.where(':id').anyOf(ids).primaryKeys()));
}

/** What importing would do, against the rows held now. Writes nothing. */
export async function previewReference(
  incoming: IncomingReference,
  register: readonly Municipality[],
): Promise<ReferencePlan> {
  const { ids, keys } = referenceKeys(incoming);
  const own = await ownRounds(ids);
  const held = await db.transaction('r', db.referenceRounds, db.questionnaires, () =>
    heldReference(ids, keys),
  );
  return planReference(incoming, { ...held, ownRounds: own }, register, new Date().toISOString());
}

/** Writes the plan the user confirmed, wholly or not at all; `StaleImport` if it changed since. */
export async function commitReference(
  incoming: IncomingReference,
  signature: string,
  register: readonly Municipality[],
): Promise<ReferencePlan> {
  refuseInExample(EXAMPLE_MODE, 'import');
  const { ids, keys } = referenceKeys(incoming);
  // Own rounds are only read: a round id is a random UUID, so no other tab can make one of these
  // ids its own between this read and the write.
  const own = await ownRounds(ids);
  const now = new Date().toISOString();
  return db.transaction('rw', db.referenceRounds, db.questionnaires, async () => {
    const held = await heldReference(ids, keys);
    const plan = planReference(incoming, { ...held, ownRounds: own }, register, now);
    if (plan.signature !== signature) throw new StaleImport();
    await db.questionnaires.bulkPut(
      plan.writes.questionnaires.map(({ key, questionnaire, fileName }) => ({
        key,
        id: questionnaire.id,
        version: questionnaire.version,
        source: 'received' as const,
        fileName,
        storedAt: now,
        questionnaire,
      })),
    );
    await db.referenceRounds.bulkPut(plan.writes.referenceRounds);
    return plan;
  });
}
