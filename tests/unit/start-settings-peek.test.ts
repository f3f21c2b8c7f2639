import { describe, expect, it, vi } from 'vitest';
import { db, DB_NAME } from '../../src/storage/db';
import { onSettingsChanged, peekStartSettings } from '../../src/storage/peek';
import { dismissGuide, saveOrganisation } from '../../src/storage/settings';

/** Whether a database of that name exists in this (fake) browser. */
const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe("the start page's settings, read without Dexie", () => {
  it('on a first visit say so, and leave no database behind', async () => {
    const name = 'eblomladan-never-opened';
    expect(await exists(name)).toBe(false);
    expect(await peekStartSettings(name)).toEqual({ organisation: null, guideDismissed: false });
    expect(await exists(name)).toBe(false);
  });

  it('read the municipality and the guide as the app stored them', async () => {
    expect(await peekStartSettings(DB_NAME)).toEqual({ organisation: null, guideDismissed: false });
    await saveOrganisation('1440');
    expect(await peekStartSettings(DB_NAME)).toEqual({ organisation: '1440', guideDismissed: false });
    await dismissGuide();
    expect(await peekStartSettings(DB_NAME)).toEqual({ organisation: '1440', guideDismissed: true });
  });

  it('hold no connection that would block an upgrade in another tab', async () => {
    await saveOrganisation('1440');
    await peekStartSettings(DB_NAME);
    db.close();
    const blocked = vi.fn();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1000);
      request.onblocked = blocked;
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(blocked).not.toHaveBeenCalled();
    // Give the next test a database it can open at the app's own version.
    await db.delete();
  });

  it('reject with the browser’s error when storage is refused', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    await expect(peekStartSettings(DB_NAME)).rejects.toHaveProperty('name', 'SecurityError');
  });

  it('are read again when a write changes the settings, not when it changes other tables', async () => {
    const changed = vi.fn();
    const stop = onSettingsChanged(changed);
    await saveOrganisation('1440');
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    // Dexie reports a write as it commits, before the write's promise settles.
    await db.rounds.put({ id: 'x' } as never);
    expect(changed).toHaveBeenCalledTimes(1);
    await dismissGuide();
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    stop();
    await saveOrganisation('1480');
    await db.settings.get('organisation');
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
