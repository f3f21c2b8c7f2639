import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';

const browser = launchBrowserForFile();

const FIXTURES = join(import.meta.dirname, '../fixtures/questionnaires');
const REGIONAL = join(FIXTURES, 'regional-4-levels.json');
const BROKEN = join(FIXTURES, 'broken.json');
const TITLE = 'Digital mognad i Skånes kommuner 2025';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const fileInput = (page: Page) => page.getByLabel('Välj en JSON-fil');
const ownList = (page: Page) => page.getByRole('region', { name: 'Egna frågeformulär' });

/** Rows in IndexedDB's `questionnaires` store, read without the app's code. */
function storedQuestionnaires(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('eblomladan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('questionnaires').objectStore('questionnaires').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function openList() {
  const app = await openApp(browser(), '/formular');
  await expect.poll(() => h1(app.page)).toBe('Frågeformulär');
  // The catalog of bundled questionnaires is there, so a file is checked against it.
  await app.page.getByRole('link', { name: 'Läs eBlomlådan 2016, version 2016' }).waitFor();
  return app;
}

describe('loading an own questionnaire file', () => {
  it('lists a loaded regional variant, keeps it after a reload and opens it', async () => {
    const app = await openList();
    const { page } = app;

    await fileInput(page).setInputFiles(REGIONAL);

    await page
      .getByRole('status')
      .filter({
        hasText: `Frågeformuläret ”${TITLE}” version 2025 är inläst och kan användas för nya omgångar.`,
      })
      .waitFor();
    const card = ownList(page).getByRole('listitem').filter({ hasText: TITLE });
    await expect.poll(() => card.textContent()).toContain('Version 2025');
    expect(await card.textContent()).toContain('Inläst från filen regional-4-levels.json');

    await page.reload();
    await expect.poll(() => h1(page)).toBe('Frågeformulär');
    await ownList(page).getByRole('heading', { level: 3, name: TITLE }).waitFor();
    expect(await storedQuestionnaires(page)).toBe(1);

    await ownList(page)
      .getByRole('link', { name: `Läs ${TITLE}, version 2025` })
      .click();
    await expect.poll(() => h1(page)).toBe(TITLE);
    expect(page.url()).toMatch(/#\/formular\/region-skane-digital\/2025$/);
    // Four levels and "not applicable", each a row of the scale table.
    expect(await page.getByRole('table').getByRole('rowheader').allTextContents()).toEqual([
      'Helt uppfyllt',
      'I stort sett uppfyllt',
      'Påbörjat',
      'Inte påbörjat',
      'Ej aktuellt',
    ]);
    expect(await page.getByText('Inläst från filen regional-4-levels.json').count()).toBe(1);
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });

  it('refuses a broken file and stores nothing; success and error states pass axe', async () => {
    const app = await openList();
    const { page } = app;

    await fileInput(page).setInputFiles(REGIONAL);
    await ownList(page).getByRole('heading', { level: 3, name: TITLE }).waitFor();
    await page.getByRole('status').filter({ hasText: 'är inläst' }).waitFor();
    await expectNoAxeViolations(page);
    const before = await storedQuestionnaires(page);
    expect(before).toBe(1);

    await fileInput(page).setInputFiles(BROKEN);

    const alert = page.getByRole('alert', { name: 'Filen broken.json kunde inte läsas in' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Id ”utbildning.skolval” används mer än en gång i filen.');
    expect(text).toContain('Skalan ska gå från lägst till högst poäng');
    expect(text).toContain('Okända fält: owner.');
    expect(await storedQuestionnaires(page)).toBe(before);
    expect(await ownList(page).getByRole('listitem').count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('alert', { name: 'The file broken.json could not be loaded' }).waitFor();
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });

  it('clears the error when a valid file is chosen next', async () => {
    const app = await openList();
    const { page } = app;

    await fileInput(page).setInputFiles(BROKEN);
    await page.getByRole('alert', { name: 'Filen broken.json kunde inte läsas in' }).waitFor();
    expect(await fileInput(page).inputValue()).toBe('');

    await fileInput(page).setInputFiles(REGIONAL);
    await page.getByRole('status').filter({ hasText: 'är inläst' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await storedQuestionnaires(page)).toBe(1);
    app.expectNoProblems();
    await app.context.close();
  });
});
