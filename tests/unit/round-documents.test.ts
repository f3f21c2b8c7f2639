/**
 * The before-and-after comparison of stored round documents (tests/shared/round-documents.ts)
 * that tests rely on to say "nothing changed": it must hold across y-dexie's background
 * compaction, which rewrites the update rows, and still see every real change.
 */
import { compressYDocs } from 'y-dexie';
import { describe, expect, it } from 'vitest';
import { db, ROUND_DOC_UPDATES } from '../../src/storage/db';
import { namePerson, rate } from '../../src/storage/round-doc/edit';
import { ydb } from '../../src/storage/round-doc/ydb';
import { startRound } from '../../src/storage/rounds';
import { testQuestionnaire } from './exchange-helpers';
import { editDoc, PEOPLE, storedState } from './round-doc-helpers';

const { sara } = PEOPLE;
const now = () => new Date().toISOString();
const place = { sectionId: 'skola', indicatorId: 'skola.franvaro', personId: sara.personId };

describe('comparing stored round documents', () => {
  it('sees the same documents after y-dexie compacts their rows, and a new rating as a change', async () => {
    const round = await startRound({
      organisationCode: '1440',
      year: 2025,
      label: '',
      questionnaire: testQuestionnaire(),
      source: 'bundled',
    });
    await editDoc(round.id, (doc) => namePerson(doc, sara.personId, sara));
    await editDoc(round.id, (doc) => rate(doc, place, { value: 'delvis' }, now()));
    await editDoc(round.id, (doc) => rate(doc, place, { value: 'helt', comment: 'Klart i år' }, now()));
    const rows = () => db.table(ROUND_DOC_UPDATES).where('k').equals(round.id).count();
    expect(await rows()).toBeGreaterThan(1);
    const before = await storedState();

    await compressYDocs(ydb, 0);
    expect(await rows()).toBe(1);
    expect(await storedState()).toEqual(before);

    await editDoc(round.id, (doc) => rate(doc, place, { value: 'delvis' }, now()));
    expect(await storedState()).not.toEqual(before);
  });
});
