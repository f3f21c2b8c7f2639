import { db } from '../storage/db';
import { classifyOpenError } from '../storage/errors';
import { recoverPending } from '../storage/pending';
import { useStorageHealth, type StorageAlert } from '../state/storage-health';

/**
 * Opens the database and keeps the storage banner truthful: a database that cannot open, an
 * upgrade blocked by another tab, a newer version opened elsewhere. Asks the browser to keep
 * the data (persistent storage), then replays text an earlier page left unsaved. Settles once the
 * replay is done: the browser's answer about persistence is not waited for (Firefox asks the
 * user, who may take their time), so a view that waits for this does not wait for that.
 */
export async function startStorage(): Promise<void> {
  const { raise } = useStorageHealth.getState();
  db.on('blocked', () => raise('blocked'));
  db.on('versionchange', () => {
    // Another tab runs a newer eBlomlådan: let it upgrade, and ask this tab to reload.
    db.close();
    raise('version-change');
    return false;
  });
  try {
    await db.open();
  } catch (error) {
    const problem = classifyOpenError(error);
    const alerts: readonly string[] = ['unavailable', 'quota', 'blocked', 'version-change', 'newer-database'];
    raise(alerts.includes(problem) ? (problem as StorageAlert) : 'unknown');
    return;
  }
  void askToPersist();
  await recoverPending();
}

/** Asks the browser to keep the data, and how much is used, for the settings page. */
async function askToPersist(): Promise<void> {
  const { setPersisted, setEstimate } = useStorageHealth.getState();
  if (navigator.storage?.persist) {
    try {
      setPersisted((await navigator.storage.persisted()) || (await navigator.storage.persist()));
      const { usage = 0, quota = 0 } = await navigator.storage.estimate();
      setEstimate({ usage, quota });
    } catch {
      setPersisted('unsupported');
    }
  } else {
    setPersisted('unsupported');
  }
}
