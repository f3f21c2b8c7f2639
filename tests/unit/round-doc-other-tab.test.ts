// A tab's live round document follows what another tab wrote, even when this tab writes at the
// same moment: the other tab's update must not be skipped because this tab's own one arrived
// first (CI once showed a tab that never saw the other tab's rating until reload).
import { liveQuery } from 'dexie';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectRound } from '../../src/domain/rating/project';
import { db, ROUND_DOC_UPDATES } from '../../src/storage/db';
import { startRound } from '../../src/storage/rounds';
import { docFromUpdates, roundDocData } from '../../src/storage/round-doc/data';
import { whenDurable } from '../../src/storage/round-doc/durable';
import { rate } from '../../src/storage/round-doc/edit';
import { openRoundDoc } from '../../src/storage/round-doc/load';
import { ydb } from '../../src/storage/round-doc/ydb';
import { testQuestionnaire } from './exchange-helpers';
import { PEOPLE } from './round-doc-helpers';

const SARA = PEOPLE.sara.personId;
const AT = '2025-03-01T10:00:00.000Z';

/**
 * What another tab does: it changes its own copy of the document and adds the update to the
 * updates table. It writes through IndexedDB itself, so this tab hears of it only later, as a
 * tab hears another's commit through a broadcast that may come after its own write.
 */
async function writeAsOtherTab(roundId: string, current: Y.Doc, change: (doc: Y.Doc) => void): Promise<void> {
  const other = docFromUpdates([Y.encodeStateAsUpdateV2(current)]);
  const before = Y.encodeStateVector(other);
  change(other);
  const update = Y.encodeStateAsUpdateV2(other, before);
  other.destroy();
  const connection = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(db.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = connection.transaction(ROUND_DOC_UPDATES, 'readwrite');
      tx.objectStore(ROUND_DOC_UPDATES).add({ k: roundId, u: update, f: 1 });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    connection.close();
  }
}

const releases: (() => void)[] = [];
afterEach(() => {
  while (releases.length > 0) releases.pop()!();
});

describe('two tabs writing one round document at once', () => {
  // Generous: on a loaded machine the database work alone can take seconds.
  it(
    "shows the other tab's rating after this tab's own write, without a reload",
    { timeout: 20_000 },
    async () => {
      const questionnaire = testQuestionnaire();
      const round = await startRound({
        organisationCode: '1440',
        year: 2025,
        label: '',
        questionnaire,
        source: 'bundled',
      });
      const opened = await openRoundDoc(round.id);
      releases.push(opened.release);
      const { doc } = opened;
      const valueOf = (indicatorId: string) =>
        projectRound(questionnaire, roundDocData(doc)).parts.skola?.indicators[indicatorId]?.ratings[0]
          ?.value;

      // In a page open for a while, y-dexie's question "which updates come after the last one I
      // have?" sits answered in Dexie's query cache: every write to the round's row (the agreed
      // answers) asks it again. Here another subscriber to the same question puts it there.
      const last = (await ydb.table(ROUND_DOC_UPDATES).where('k').equals(round.id).primaryKeys()).at(
        -1,
      ) as number;
      const asked = liveQuery(() =>
        ydb.table(ROUND_DOC_UPDATES).where('i').between(last, Infinity, false).toArray(),
      );
      await new Promise<void>((resolve, reject) => {
        const subscription = asked.subscribe({ next: () => resolve(), error: reject });
        releases.push(() => subscription.unsubscribe());
      });

      await writeAsOtherTab(round.id, doc, (other) =>
        rate(
          other,
          { sectionId: 'skola', indicatorId: 'skola.franvaro', personId: SARA },
          { value: 'inte-alls' },
          AT,
        ),
      );
      rate(
        doc,
        { sectionId: 'skola', indicatorId: 'skola.antagning', personId: SARA },
        { value: 'helt' },
        AT,
      );
      expect(await whenDurable(round.id)).toBe('saved');

      // Both updates are in IndexedDB; the question is whether this tab's document has applied both.
      expect(await db.table(ROUND_DOC_UPDATES).where('k').equals(round.id).count()).toBeGreaterThanOrEqual(2);
      await vi.waitFor(() => expect(valueOf('skola.franvaro')).toBe('inte-alls'), { timeout: 10_000 });
      expect(valueOf('skola.antagning')).toBe('helt');
    },
  );
});
