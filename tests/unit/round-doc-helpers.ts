/**
 * Round documents in storage tests: changing one as the answer page does (written, durable in
 * IndexedDB, agreed answers refreshed), reading one back from a file or from IndexedDB through the
 * projection, and playing several browsers in turn on the one fake IndexedDB.
 */
import type * as Y from 'yjs';
import { expect } from 'vitest';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { projectRound } from '../../src/domain/rating/project';
import type { RoundRatings } from '../../src/domain/rating/model';
import { db, ROUND_DOC_UPDATES } from '../../src/storage/db';
import { refreshAgreedAnswers } from '../../src/storage/round-doc/agreed';
import { docFromUpdates, roundDocData } from '../../src/storage/round-doc/data';
import { whenDurable } from '../../src/storage/round-doc/durable';
import { openRoundDoc } from '../../src/storage/round-doc/load';
import { fromBase64 } from '../../src/storage/round-doc/base64';
import { roundDocuments, type StoredUpdateRow } from '../shared/round-documents';

/** People who rate in these tests (person ids are UUID v4). */
export const PEOPLE = {
  kim: { personId: '0000000a-0000-4000-8000-00000000000a', name: 'Kim Samordnare', role: 'Samordnare' },
  sara: { personId: '0000000b-0000-4000-8000-00000000000b', name: 'Sara Skola', role: 'Förvaltningschef' },
  pia: { personId: '0000000c-0000-4000-8000-00000000000c', name: 'Pia Förskola', role: 'Förskolechef' },
  ivar: { personId: '0000000d-0000-4000-8000-00000000000d', name: 'Ivar IT', role: 'IT-strateg' },
} as const;

/** Changes a round's document as the answer page does: then it is in IndexedDB, and the agreed answers too. */
export async function editDoc(roundId: string, change: (doc: Y.Doc) => void): Promise<void> {
  const { doc, release } = await openRoundDoc(roundId);
  try {
    change(doc);
    expect(await whenDurable(roundId)).toBe('saved');
  } finally {
    release();
  }
  await refreshAgreedAnswers(roundId);
}

/** What a file's round document (base64) holds, through the projection. */
export function projectDocument(questionnaire: Questionnaire, document: string): RoundRatings {
  const bytes = fromBase64(document);
  if (!bytes) throw new Error('not base64');
  const doc = docFromUpdates([bytes]);
  const projected = projectRound(questionnaire, roundDocData(doc));
  doc.destroy();
  return projected;
}

/** What a round's document holds as stored in IndexedDB, through the projection. */
export async function storedProjection(roundId: string, questionnaire: Questionnaire): Promise<RoundRatings> {
  const rows = await db.table<{ u: Uint8Array }>(ROUND_DOC_UPDATES).where('k').equals(roundId).toArray();
  const doc = docFromUpdates(rows.map((row) => row.u));
  const projected = projectRound(questionnaire, roundDocData(doc));
  doc.destroy();
  return projected;
}

/** Every table of a browser's database, round documents and their updates included. */
export type Browser = Record<string, unknown[]>;

const TABLES = [
  'questionnaires',
  'rounds',
  'responses',
  'settings',
  'actions',
  'referenceRounds',
  'roundDocs',
  ROUND_DOC_UPDATES,
];
const tables = () => TABLES.map((name) => db.table(name));

/** This browser's whole database. */
export async function saveBrowser(): Promise<Browser> {
  const browser: Browser = {};
  for (const table of tables()) browser[table.name] = await table.toArray();
  return browser;
}

/**
 * This browser's whole database to compare before and after: the round documents' update rows
 * as the documents they make up, since y-dexie may compact them in between.
 */
export async function storedState(): Promise<Browser> {
  const browser = await saveBrowser();
  return {
    ...browser,
    [ROUND_DOC_UPDATES]: roundDocuments(browser[ROUND_DOC_UPDATES] as StoredUpdateRow[]),
  };
}

/** Switches to another browser: an empty one, or one saved before. */
export async function switchBrowser(browser?: Browser): Promise<void> {
  await db.delete();
  await db.open();
  if (!browser) return;
  await db.transaction('rw', tables(), async () => {
    for (const table of tables()) await table.bulkPut(browser[table.name] ?? []);
  });
}
