/**
 * A round document's update rows as the document they make up, for tests that compare what a
 * browser stores before and after something. y-dexie compacts the rows in the background (10 s
 * after the database opens, then every five minutes) into fewer rows of other bytes for the same
 * document, and notes each run in a row of its own, so comparing the rows themselves fails
 * whenever a compaction runs between two looks.
 */
import * as Y from 'yjs';
import { docFromUpdates, roundDocData } from '../../src/storage/round-doc/data';

/** One row of `$roundDocs.doc_updates`; bytes as stored, or as plain numbers from a page. */
export interface StoredUpdateRow {
  i?: number;
  k?: string;
  u?: Uint8Array | readonly number[];
}

export interface StoredRoundDocument {
  roundId: string;
  content: ReturnType<typeof roundDocData>;
  stateVector: number[];
}

/** Every round document the rows hold, by round id. */
export function roundDocuments(rows: readonly StoredUpdateRow[]): StoredRoundDocument[] {
  const byDoc = new Map<string, Uint8Array[]>();
  for (const row of rows) {
    // The row without a document key is y-dexie's own note of its last compaction.
    if (row.k === undefined || !row.u) continue;
    byDoc.set(row.k, [...(byDoc.get(row.k) ?? []), Uint8Array.from(row.u)]);
  }
  return [...byDoc]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([roundId, updates]) => {
      const doc = docFromUpdates(updates);
      const document = { roundId, content: roundDocData(doc), stateVector: [...Y.encodeStateVector(doc)] };
      doc.destroy();
      return document;
    });
}
