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
import type { Action } from '../domain/plan/model';
import type { PartStatus } from '../domain/rating/status';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { PartResponse, ReferenceRound, Round } from '../domain/round/model';
import { DATABASE_NAME, DB_NAME } from './mode';
import { notifyStorageMutated } from './peek';

// The names and the example flag live in mode.ts, which the start page reads without Dexie.
export { DB_NAME, EXAMPLE_DB_NAME, EXAMPLE_MODE } from './mode';

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
  | { key: 'organisation'; code: string }
  | { key: 'lastBackup'; at: string }
  | { key: 'guide'; at: string }
  /** Who uses this browser: the person id their ratings carry, and the name and role they gave. */
  | { key: 'person'; personId: string; name: string; role: string };

/** Who uses this browser (settings `person`). */
export type PersonSetting = Extract<Setting, { key: 'person' }>;

/**
 * An action of a round's action plan (domain/plan/model.ts). The table exists from version 1,
 * indexed by round; its fields need no further index.
 */
export type StoredAction = Action;

/**
 * A draft round's working data (respondents, every person's ratings, agreed answers): one Yjs
 * document per round. y-dexie keeps the document's updates in `$roundDocs.doc_updates`; this
 * row anchors them. `fromResponses` marks a round whose answers are still only in `responses`
 * (it was started or upgraded before version 3): they are written into the document when it is
 * first opened (storage/round-doc/load.ts), because Yjs must not load with the start page,
 * where upgrades run.
 */
export interface RoundDocRow {
  roundId: string;
  fromResponses?: true;
  /**
   * Per part, what the round overview shows (respondents, hand-outs, agreement), kept current
   * from the document together with the agreed answers in `responses`.
   */
  parts?: Record<string, PartStatus>;
  /** The highest update id the stored agreed answers were worked out from (storage/round-doc/agreed.ts). */
  seen?: number;
}

/**
 * The table y-dexie writes a round document's updates to. Do not rename: y-dexie derives it from
 * `roundDocs` and `doc` (`$<table>.<prop>_updates`), and the user's documents live there.
 */
export const ROUND_DOC_UPDATES = '$roundDocs.doc_updates';

/**
 * Every version of the schema, declared on a Dexie instance. The start page's instance declares
 * the round documents' tables physically (`roundDocs` plus y-dexie's updates table); the round
 * document layer opens a second instance with the y-dexie addon, where `roundDocs` carries
 * `doc: Y.Doc`, which maps to the very same tables. One declaration keeps the two identical.
 */
export function declareVersions(dexie: Dexie, roundDocs: 'plain' | 'yjs'): void {
  dexie.version(1).stores({
    questionnaires: 'key, [id+version], source',
    rounds: 'id, organisationCode, [organisationCode+year]',
    responses: '[roundId+sectionId], roundId',
    settings: 'key',
    actions: 'id, roundId',
  });
  // Version 2: other municipalities' published rounds (eblomladan.round/1), kept apart from
  // the municipality's own. A new table only: nothing to convert.
  dexie.version(2).stores({
    referenceRounds: 'id, organisationCode, questionnaireKey',
  });
  // Version 3: a draft round's working data moves into a Yjs document (several respondents per
  // part, merged exactly). Every draft round gets its row, marked to take its answers from
  // `responses` when first opened; `responses` stays as the agreed answers every other view
  // reads (kept current from the document) and as a published round's frozen snapshot.
  dexie
    .version(3)
    .stores(
      roundDocs === 'yjs'
        ? { roundDocs: 'roundId, doc: Y.Doc' }
        : { roundDocs: 'roundId', [ROUND_DOC_UPDATES]: '++i, k' },
    )
    .upgrade(async (tx) => {
      const rounds = await tx.table<Round, string>('rounds').toArray();
      const drafts = rounds.filter((round) => round.status !== 'published');
      await tx
        .table<RoundDocRow, string>('roundDocs')
        .bulkPut(drafts.map((round) => ({ roundId: round.id, fromResponses: true })));
    });
  // Version 4: live rounds through a relay (storage/live/). A new table only: nothing to convert.
  // Kept apart from `settings` because its keys are secrets a backup file must not carry.
  dexie.version(4).stores({ live: 'key' });
  // Version 5: reference rounds indexed for the comparisons they serve ("Jämför med andra",
  // storage/reference-rounds.ts), so a view reads one year's rounds instead of the whole table:
  // `year` for the rounds of the year compared, `[questionnaireKey+year]` for the years a
  // questionnaire version has rounds in (read as keys only). County and SKR group are not stored
  // on a round (they come from the municipality register by code), so they are filtered in memory
  // over the year's rounds. New indexes only: IndexedDB builds them over the rows already there.
  dexie.version(5).stores({
    referenceRounds: 'id, organisationCode, questionnaireKey, year, [questionnaireKey+year]',
  });
}

/**
 * This browser's live sharing: the relay address set under Settings (`relay`), and per shared
 * round the room and key of its invitation (`round:<roundId>`, storage/live/shares.ts).
 */
export type LiveRow =
  | { key: 'relay'; address: string }
  | {
      key: `round:${string}`;
      roundId: string;
      relay: string;
      /** Base64url, as in the invitation link. */
      room: string;
      secret: string;
      /** The coordinator shared it from here; a member joined by link. */
      role: 'coordinator' | 'member';
      since: string;
    };

export class EblomladanDb extends Dexie {
  questionnaires!: Table<StoredQuestionnaire, string>;
  rounds!: Table<Round, string>;
  responses!: Table<PartResponse, [string, string]>;
  settings!: Table<Setting, string>;
  actions!: Table<StoredAction, string>;
  referenceRounds!: Table<ReferenceRound, string>;
  roundDocs!: Table<RoundDocRow, string>;
  live!: Table<LiveRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersions(this, 'plain');
  }
}

// Every committed write, in this tab or (through Dexie's broadcast) another, tells the start
// page's next step to read again (storage/peek.ts): it reads without Dexie, so it is not live.
Dexie.on('storagemutated', notifyStorageMutated);

export const db = new EblomladanDb(DATABASE_NAME);
