/**
 * Opening a draft round's document. The first time a round's document is opened (after the
 * upgrade to version 3, or for a round that was published before and is now reopened), its
 * parts as stored so far are written into it once, in the same transaction that notes it done,
 * so two tabs opening it at once convert it once.
 */
import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import { ROUND_DOC_UPDATES } from '../db';
import { StorageRefusal } from '../errors';
import { whenDurable } from './durable';
import { forget, replay } from './journal';
import { refreshSoon } from './save';
import { seedUpdate } from './seed';
import { ydb, type RoundDocRecord, type RoundDocUpdateRow } from './ydb';

/**
 * Makes sure the round's document exists and holds its earlier answers; written once. Returns its
 * row when it was written already (nearly always), so the caller need not read it again.
 */
export async function ensureRoundDoc(roundId: string): Promise<RoundDocRecord | undefined> {
  // A read says so without a read-write transaction over five tables, which would hold back the
  // page's own reads of them while a part opens.
  const written = await ydb.roundDocs.get(roundId);
  if (written && !written.fromResponses) return written;
  await ydb.transaction(
    'rw',
    [ydb.rounds, ydb.responses, ydb.questionnaires, ydb.roundDocs, ROUND_DOC_UPDATES],
    async () => {
      const round = await ydb.rounds.get(roundId);
      if (!round) throw new StorageRefusal('not-found', `round ${roundId}`);
      const row = await ydb.roundDocs.get(roundId);
      if (row && !row.fromResponses) return;
      const stored = await ydb.questionnaires.get(round.questionnaireKey);
      if (!stored) throw new StorageRefusal('not-found', `questionnaire ${round.questionnaireKey}`);
      // As they are now: text an older version left in its journal was replayed into them at start.
      const parts = await ydb.responses.where({ roundId }).toArray();
      const update = seedUpdate(stored.questionnaire, parts);
      if (update.length > 0)
        await ydb.table<RoundDocUpdateRow, number>(ROUND_DOC_UPDATES).add({ k: roundId, u: update, f: 1 });
      if (row) await ydb.roundDocs.update(roundId, { fromResponses: undefined });
      // The Y.Doc property is y-dexie's: left out here, it is created empty.
      else await ydb.roundDocs.add({ roundId } as RoundDocRecord);
    },
  );
}

/**
 * The round's live document: loaded from IndexedDB, kept in step with every other tab and
 * writer through y-dexie, and every local change written to IndexedDB as it happens. Call
 * `release` when done.
 */
export async function openRoundDoc(roundId: string): Promise<{ doc: Y.Doc; release: () => void }> {
  const row = (await ensureRoundDoc(roundId)) ?? (await ydb.roundDocs.get(roundId));
  if (!row) throw new StorageRefusal('not-found', `round ${roundId}`);
  const doc = row.doc;
  await DexieYProvider.load(doc).whenLoaded;
  // What a page that crashed or closed before its commit left in the journal: y-dexie writes it
  // now (Yjs applies an update once, so one that did reach IndexedDB changes nothing).
  const replayed = replay(roundId, doc);
  if (replayed.length > 0) {
    await whenDurable(roundId);
    forget(roundId, replayed);
  }
  // The agreed answers other views read may lag behind a page that closed mid-burst.
  void refreshSoon(roundId);
  return { doc, release: () => DexieYProvider.release(doc) };
}
