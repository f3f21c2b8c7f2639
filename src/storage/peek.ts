/**
 * What the start page needs from the database, read with the browser's own IndexedDB API: Dexie
 * (about 30 kB gzip) and the schema upgrades, the persistence request and the journal replay stay
 * off the start page, and start with the first view that uses the database (app/App.tsx).
 *
 * The peek creates nothing: on a first visit, when the database does not exist yet, it leaves
 * none behind. It never holds a connection, so it cannot block another tab's upgrade.
 */
import { DATABASE_NAME } from './mode';

/** The start page's next step: the chosen municipality, and whether the guide was finished or skipped. */
export interface StartSettings {
  organisation: string | null;
  guideDismissed: boolean;
}

const FIRST_VISIT: StartSettings = { organisation: null, guideDismissed: false };

/**
 * Reads the `organisation` and `guide` settings in one readonly transaction. Rejects with the
 * browser's error when the database cannot be opened (storage refused, quota), as Dexie's open would.
 */
export function peekStartSettings(name = DATABASE_NAME): Promise<StartSettings> {
  return new Promise((resolve, reject) => {
    // No version: an existing database opens as it is, whichever version wrote it.
    const request = indexedDB.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      // The database does not exist: undo its creation, so a first visit leaves nothing behind.
      created = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      if (!created) return reject(request.error ?? new DOMException('open failed', 'UnknownError'));
      event.preventDefault();
      resolve(FIRST_VISIT);
    };
    request.onsuccess = () => {
      const idb = request.result;
      // Another tab's upgrade or deletion goes first.
      idb.onversionchange = () => idb.close();
      if (!idb.objectStoreNames.contains('settings')) {
        idb.close();
        return resolve(FIRST_VISIT);
      }
      try {
        const tx = idb.transaction('settings', 'readonly');
        const settings = tx.objectStore('settings');
        const organisation = settings.get('organisation');
        const guide = settings.get('guide');
        tx.oncomplete = () => {
          idb.close();
          const code = (organisation.result as { code?: unknown } | undefined)?.code;
          resolve({
            organisation: typeof code === 'string' ? code : null,
            guideDismissed: guide.result !== undefined,
          });
        };
        tx.onabort = () => {
          idb.close();
          reject(tx.error ?? new DOMException('read aborted', 'AbortError'));
        };
      } catch (error) {
        idb.close();
        reject(error);
      }
    };
  });
}

type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * Calls `listener` when the settings may have changed: storage/db.ts reports every committed
 * write once Dexie is loaded (in this tab, or in another through Dexie's broadcast). Returns the
 * unsubscribe.
 */
export function onSettingsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Dexie's `storagemutated` parts (storage/db.ts); a change to the settings table notifies. */
export function notifyStorageMutated(parts: Record<string, unknown>): void {
  const settings = `idb://${DATABASE_NAME}/settings/`;
  if (Object.keys(parts).some((part) => part === 'all' || part.startsWith(settings)))
    for (const listener of listeners) listener();
}
