/** Files in and out of the app, as a user saves and opens them. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { roundDocuments, type StoredUpdateRow } from '../../shared/round-documents';

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

/** Where y-dexie keeps the update rows of every round document. */
const ROUND_DOC_UPDATES = '$roundDocs.doc_updates';

/**
 * Every table of the app's IndexedDB, as stored, except that a round document's update rows are
 * given as the documents they make up (see tests/shared/round-documents.ts).
 */
export async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  const stored = await page.evaluate(
    (updatesTable) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('eblomladan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              const rows = request.result as Record<string, unknown>[];
              // Bytes as plain numbers: they cross into Node as JSON.
              out[name] =
                name === updatesTable
                  ? rows.map((row) => ({ ...row, u: row.u ? [...(row.u as Uint8Array)] : undefined }))
                  : rows;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ROUND_DOC_UPDATES,
  );
  const rows = stored[ROUND_DOC_UPDATES] as StoredUpdateRow[] | undefined;
  return rows ? { ...stored, [ROUND_DOC_UPDATES]: roundDocuments(rows) } : stored;
}
