/**
 * Switching between the example and the user's own data reloads the page: the database is
 * chosen once per load (storage/db.ts), so no view can hold rows of the other one.
 */
export function restartAt(path: string): void {
  window.location.hash = `#${path}`;
  window.location.reload();
}
