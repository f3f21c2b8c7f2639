/** Files in and out of the app, as a user saves and opens them. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface SavedFile {
  name: string;
  content: string;
}

/** Clicks a button that downloads a file and returns the file's name and content. */
export async function download(page: Page, button: string): Promise<SavedFile> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), content: readFileSync((await file.path())!, 'utf8') };
}

/** Chooses files with the file picker of "Öppna fil". */
export async function pickFiles(page: Page, files: SavedFile[]): Promise<void> {
  await page
    .getByLabel('Välj filer')
    .setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.content) })),
    );
}

/** Every table of the app's IndexedDB, as stored. */
export function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('eblomladan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
