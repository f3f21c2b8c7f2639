/** The user's settings in this browser. */
import { db, type Setting } from './db';

/** The stored setting under `key`, typed by its key. */
export async function readSetting<K extends Setting['key']>(
  key: K,
): Promise<Extract<Setting, { key: K }> | undefined> {
  return (await db.settings.get(key)) as Extract<Setting, { key: K }> | undefined;
}

/** Chooses the municipality this browser works for. */
export async function saveOrganisation(code: string): Promise<void> {
  await db.settings.put({ key: 'organisation', code });
}

/** The chosen municipality's code, or undefined before the first choice. */
export async function readOrganisation(): Promise<string | undefined> {
  return (await readSetting('organisation'))?.code;
}

/** Remembers that the first-run guide was finished or skipped, so it is not offered again. */
export async function dismissGuide(): Promise<void> {
  await db.settings.put({ key: 'guide', at: new Date().toISOString() });
}

/** When the last backup file was written (ISO time), or undefined if never. */
export async function readLastBackup(): Promise<string | undefined> {
  return (await readSetting('lastBackup'))?.at;
}

/**
 * Who uses this browser: a person id, made once and kept in IndexedDB with the rest (it must
 * outlive a killed browser as the ratings carrying it do), with the name and role they gave.
 */
export async function ensureBrowserUser(newPersonId: () => string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (!(await db.settings.get('person')))
      await db.settings.put({ key: 'person', personId: newPersonId(), name: '', role: '' });
  });
}

/** Remembers the name and role this browser's user gave, for every round. */
export async function nameBrowserUser(personId: string, name: string, role: string): Promise<void> {
  await db.settings.put({ key: 'person', personId, name, role });
}
