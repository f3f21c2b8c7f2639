/**
 * "Visa exempel": the example lives in a database of its own (EXAMPLE_DB_NAME), and a flag in
 * localStorage makes the next page load work on it (storage/db.ts). The user's own database is
 * never opened for writing by any of this, so their rounds, files and backups stay untouched.
 */
import Dexie from 'dexie';
import type { ExampleData } from '../domain/example/example';
import { EXAMPLE_FLAG_KEY } from '../domain/example/municipalities';
import { questionnaireKey } from '../domain/questionnaire/fingerprint';
import { db, EblomladanDb, EXAMPLE_DB_NAME, EXAMPLE_MODE } from './db';

/** Whether this page shows the example. */
export const isExampleShown = (): boolean => EXAMPLE_MODE;

/**
 * Writes the example into its own database in one transaction (replacing an earlier example)
 * and switches this browser to it from the next page load.
 */
export async function loadExample(data: ExampleData, now: string, name = EXAMPLE_DB_NAME): Promise<void> {
  const target = new EblomladanDb(name);
  try {
    await target.transaction('rw', target.tables, async () => {
      await Promise.all(target.tables.map((table) => table.clear()));
      await target.questionnaires.bulkPut(
        data.questionnaires.map((questionnaire) => ({
          key: questionnaireKey(questionnaire),
          id: questionnaire.id,
          version: questionnaire.version,
          source: 'bundled' as const,
          storedAt: now,
          questionnaire,
        })),
      );
      await target.rounds.bulkPut(data.rounds);
      await target.responses.bulkPut(data.responses);
      await target.actions.bulkPut(data.actions);
      await target.referenceRounds.bulkPut(data.referenceRounds);
      await target.settings.bulkPut([
        { key: 'organisation', code: data.organisationCode },
        { key: 'guide', at: now },
      ]);
    });
  } finally {
    target.close();
  }
  localStorage.setItem(EXAMPLE_FLAG_KEY, '1');
}

/** Switches back to the user's own data and deletes the example's database whole. */
export async function removeExample(name = EXAMPLE_DB_NAME): Promise<void> {
  localStorage.removeItem(EXAMPLE_FLAG_KEY);
  if (EXAMPLE_MODE) db.close();
  await Dexie.delete(name);
}
