/**
 * Which database this page works on, without Dexie: the start page and the layout need the
 * example flag and the names, not the database layer (storage/db.ts re-exports them).
 */
// Only the flag: the example's data and names stay out of the start page's bytes.
import { EXAMPLE_FLAG_KEY } from '../domain/example/flag';

/** Do not rename: the user's data is stored under this name. */
export const DB_NAME = 'eblomladan';

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

/** The database this page works on. */
export const DATABASE_NAME = EXAMPLE_MODE ? EXAMPLE_DB_NAME : DB_NAME;
