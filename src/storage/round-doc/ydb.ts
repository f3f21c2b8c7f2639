/**
 * The round documents' own view of the database: a second Dexie instance on the same IndexedDB
 * database, with the y-dexie addon, loaded only by the views that work on a draft round's
 * document (answering, hand-out and response files), so `yjs` and `y-dexie` stay off the start
 * page. Both instances declare the same versions (storage/db.ts `declareVersions`); here
 * `roundDocs.doc` is a Y.Doc whose updates y-dexie keeps in `$roundDocs.doc_updates`.
 */
import Dexie, { type Table } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { PartResponse, Round } from '../../domain/round/model';
import { db, declareVersions, type RoundDocRow, type StoredQuestionnaire } from '../db';

export interface RoundDocRecord extends RoundDocRow {
  readonly doc: Y.Doc;
}

/** One row of y-dexie's updates table: `k` the round id, `u` a Yjs update (v2 encoding). */
export interface RoundDocUpdateRow {
  i?: number;
  k: string;
  u: Uint8Array;
  f?: number;
}

class RoundDocDb extends Dexie {
  rounds!: Table<Round, string>;
  responses!: Table<PartResponse, [string, string]>;
  questionnaires!: Table<StoredQuestionnaire, string>;
  roundDocs!: Table<RoundDocRecord, string>;

  constructor(name: string) {
    // No query cache: with it, a tab's own write (its key known, not yet committed) is added to
    // y-dexie's cached "updates after the last one" and emitted at once. If another tab had just
    // committed an update whose broadcast has not arrived, y-dexie moves past it and this tab
    // never applies it (tests/unit/round-doc-other-tab.test.ts). Uncached, the query runs after
    // the commit and sees both.
    super(name, { addons: [yDexie], cache: 'disabled' });
    declareVersions(this, 'yjs');
  }
}

/** Same database as the start page's `db` (the user's, or the example's). */
export const ydb = new RoundDocDb(db.name);
