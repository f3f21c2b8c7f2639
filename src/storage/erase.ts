/** Deleting everything this browser holds for eBlomlådan, for "Radera alla uppgifter". */
import { db, EXAMPLE_MODE } from './db';
import { refuseInExample } from './errors';
import { PENDING_KEY } from './pending';
import { JOURNAL_KEY } from './round-doc/journal-key';

/**
 * Empties every table of the database in one transaction (all or nothing), then forgets the
 * journal of unsaved text, so the app starts as new: no municipality, no rounds, the guide
 * offered again. The interface language is a preference, not data, and stays.
 */
export async function eraseAllData(): Promise<void> {
  // In the example, "everything" would be the example; it is removed with its own button.
  refuseInExample(EXAMPLE_MODE, 'erase');
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  try {
    localStorage.removeItem(PENDING_KEY);
    localStorage.removeItem(JOURNAL_KEY);
  } catch {
    // localStorage blocked: there is no journal to forget either.
  }
}

/** How much would be deleted: the municipality's own rounds and other municipalities' rounds. */
export async function countData(): Promise<{ rounds: number; referenceRounds: number }> {
  const [rounds, referenceRounds] = await Promise.all([db.rounds.count(), db.referenceRounds.count()]);
  return { rounds, referenceRounds };
}
