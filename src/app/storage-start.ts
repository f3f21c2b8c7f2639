let storageStarted: Promise<void> | undefined;

/**
 * Opens the database once per page, with its health watched (the storage banner: refused,
 * full, blocked, a newer version in another tab), asks to keep the data, and replays text an
 * earlier page left unsaved. Started by the first view that uses data (on a cold load by
 * view-early.ts, before React), not by the start page, which needs none of it. Settles also when
 * storage fails: the banner and the views say so.
 */
export function startStorageOnce(): Promise<void> {
  storageStarted ??= import('./storage-health')
    .then((m) => m.startStorage())
    // Never holds a view back: a chunk that fails to load fails the view's own import too.
    .catch((error: unknown) => console.error(error));
  return storageStarted;
}
