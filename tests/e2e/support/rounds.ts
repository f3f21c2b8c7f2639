/** User-level steps for the round journeys, so tests read as a user's story. */
import type { Page } from 'playwright-core';
import { baseURL } from './browser';

/** Chooses the municipality on the first-run page (of the app at `base`, the shared server's by default). */
export async function chooseMunicipality(page: Page, name: string, base = baseURL()): Promise<void> {
  await page.goto(`${base}#/kommun`);
  await page.getByRole('searchbox').or(page.getByRole('textbox')).first().fill(name);
  await page
    .getByRole('button', { name: new RegExp(`^Välj ${name}\\b`) })
    .first()
    .click();
  await page.waitForURL(/#\/omgangar$/);
}

/** Starts a round from the round list with the form's defaults (and an optional year); returns its id. */
export async function startRound(
  page: Page,
  options: { year?: number; questionnaire?: RegExp; base?: string } = {},
): Promise<string> {
  await page.goto(`${options.base ?? baseURL()}#/omgangar/ny`);
  const year = page.getByRole('spinbutton', { name: 'År' });
  await year.waitFor();
  if (options.year) await year.fill(String(options.year));
  if (options.questionnaire) await page.getByRole('radio', { name: options.questionnaire }).check();
  await page.getByRole('button', { name: 'Starta omgången' }).click();
  await page.waitForURL(/#\/omgangar\/[0-9a-f-]{36}$/);
  return decodeURIComponent(page.url().split('/').pop()!);
}

/** The fieldset of the n-th indicator on an answer page. */
export const indicator = (page: Page, n: number) =>
  page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

/** Opens a part of a round for answering. */
export async function openPart(
  page: Page,
  roundId: string,
  sectionId: string,
  base = baseURL(),
): Promise<void> {
  await page.goto(`${base}#/omgangar/${roundId}/${sectionId}`);
  await indicator(page, 1).waitFor();
}

/** Reads one part's answers straight from IndexedDB, as stored (not as shown). */
export function storedAnswers(
  page: Page,
  roundId: string,
  sectionId: string,
): Promise<Record<string, { value?: string; comment?: string }>> {
  return page.evaluate(
    ([round, section]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('eblomladan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction('responses')
            .objectStore('responses')
            .get([round!, section!]);
          request.onsuccess = () => {
            resolve(request.result?.answers ?? {});
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [roundId, sectionId],
  );
}
