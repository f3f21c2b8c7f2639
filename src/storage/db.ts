/**
 * The one IndexedDB database of eBlomlådan, through Dexie. Everything the user enters lives
 * here, in this browser only; components read it with useLiveQuery, so every view and every tab
 * sees the same data. Writes go through the repositories beside this file, each in one
 * transaction.
 *
 * Schema changes: add `this.version(n + 1)` with an upgrade function; never edit an existing
 * version, and add a test that opens a database written by version n with data (see
 * docs/storage.md).
 */
import Dexie, { type Table } from 'dexie';
// Only the flag: the example's data and names stay out of the start page's bytes.
import { EXAMPLE_FLAG_KEY } from '../domain/example/flag';
import type { Action } from '../domain/plan/model';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { PartResponse, ReferenceRound, Round } from '../domain/round/model';

/** Do not rename: the user's data is stored under this name. */
export const DB_NAME = 'eblomladan';

/**
 * A questionnaire snapshot: bundled ones are stored when a round starts on them, imported ones on
 * import, received ones when a shared file (assignment, response, round) brings one this browser
 * did not have.
 */
export interface StoredQuestionnaire {
  /** `id@version#fingerprint` (domain/questionnaire/fingerprint.ts). */
  key: string;
  id: string;
  version: string;
  source: 'bundled' | 'imported' | 'received';
  /** Name of the file it was read from, for imported questionnaires. */
  fileName?: string;
  storedAt: string;
  questionnaire: Questionnaire;
}

/**
 * Settings of this browser's user: which municipality they work for, when the last backup was
 * made, when the first-run guide was finished or skipped (a new key needs no schema version).
 */
export type Setting =
  { key: 'organisation'; code: string } | { key: 'lastBackup'; at: string } | { key: 'guide'; at: string };

/**
 * An action of a round's action plan (domain/plan/model.ts). The table exists from version 1,
 * indexed by round; its fields need no further index.
 */
export type StoredAction = Action;

export class EblomladanDb extends Dexie {
  questionnaires!: Table<StoredQuestionnaire, string>;
  rounds!: Table<Round, string>;
  responses!: Table<PartResponse, [string, string]>;
  settings!: Table<Setting, string>;
  actions!: Table<StoredAction, string>;
  referenceRounds!: Table<ReferenceRound, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      questionnaires: 'key, [id+version], source',
      rounds: 'id, organisationCode, [organisationCode+year]',
      responses: '[roundId+sectionId], roundId',
      settings: 'key',
      actions: 'id, roundId',
    });
    // Version 2: other municipalities' published rounds (eblomladan.round/1), kept apart from
    // the municipality's own. A new table only: nothing to convert.
    this.version(2).stores({
      referenceRounds: 'id, organisationCode, questionnaireKey',
    });
  }
}

/** The example's own database ("Visa exempel"); deleted whole when the example is removed. */
export const EXAMPLE_DB_NAME = 'eblomladan-exempel';

/**
 * Example mode: while the example is shown, this page works on the example's database instead
 * of the user's, so example data can never mix with the user's own rounds, files or backups.
 * Decided once per page load; switching reloads the page (storage/example.ts).
 */
export const EXAMPLE_MODE: boolean = (() => {
  try {
    return globalThis.localStorage?.getItem(EXAMPLE_FLAG_KEY) === '1';
  } catch {
    return false;
  }
})();

export const db = new EblomladanDb(EXAMPLE_MODE ? EXAMPLE_DB_NAME : DB_NAME);
