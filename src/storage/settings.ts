/** The user's settings in this browser. */
import { db } from './db';

/** Chooses the municipality this browser works for. */
export async function saveOrganisation(code: string): Promise<void> {
  await db.settings.put({ key: 'organisation', code });
}

/** The chosen municipality's code, or undefined before the first choice. */
export async function readOrganisation(): Promise<string | undefined> {
  return (await db.settings.get('organisation'))?.code;
}
