/**
 * Reference pictures of the flower box (docs/pictures.md): the box drawn in six states, each
 * compared with its committed PNG in tests/e2e/pictures/ within a small tolerance, so a change of
 * the picture shows in review as a changed PNG. `npm run pictures` writes them instead (and the
 * README's picture, docs/images/flowerbox.png, from the app's own PNG export).
 *
 * The rounds come from one backup file opened under "Öppna fil" (support/picture-rounds.ts),
 * with fixed answers and dates. Every picture is taken at 1280×900 CSS pixels, one device pixel
 * each, with reduced motion, after a fresh page load, with the pointer and focus away from it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowserForFile, openApp, type AppPage } from './support/browser';
import { pickFiles } from './support/files';
import { pictureBackup, ROUNDS } from './support/picture-rounds';
import { expectPicture, UPDATE_PICTURES } from './support/pictures';

const browser = launchBrowserForFile();
const VIEWPORT = { width: 1280, height: 900 };
/** The README's picture: where it goes, and the day its export is dated, whenever it is made. */
const README_PICTURE = join(import.meta.dirname, '../../docs/images/flowerbox.png');
const EXPORT_DAY = new Date('2024-06-03T10:00:00.000Z');

/** Loads `route` afresh (no earlier view left on the page) and moves pointer and focus away. */
async function show(page: Page, route: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${baseURL()}#${route}`, { waitUntil: 'networkidle' });
  await page.mouse.move(0, 0);
}

/** The single flower box of a page. */
const picture = (page: Page) => page.locator('svg.flowerbox__picture');

let app: AppPage;

beforeAll(async () => {
  app = await openApp(browser(), '/oppna', { viewport: VIEWPORT });
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  const { page } = app;
  await page.getByRole('heading', { level: 1, name: 'Öppna fil' }).waitFor();
  await pickFiles(page, [pictureBackup()]);
  await page.getByRole('button', { name: 'Läs in' }).click();
  await page.getByText('Klart. Allt är inläst.').waitFor();
});

afterAll(async () => {
  await app?.context.close();
});

describe('reference pictures of the flower box', () => {
  it.each([
    ['empty', 'a round with nothing answered', ROUNDS.empty],
    ['partly-answered', 'parts answered wholly, partly, thinly and not at all', ROUNDS.partly],
    ['fully-answered', 'every indicator answered, 0 and "ej aktuellt" among them', ROUNDS.full],
    ['twelve-flowers', 'twelve flowers of 3 to 12 indicators', ROUNDS.twelve],
    ['four-levels', 'a scale of four levels', ROUNDS.fourLevels],
  ])('%s: %s', async (name, _state, roundId) => {
    const { page } = app;
    await show(page, `/blomlada/${roundId}`);
    await expect.poll(() => picture(page).count()).toBe(1);
    await expectPicture(picture(page), name);
    app.expectNoProblems();
  });

  it('side-by-side: two years in "Sida vid sida" of Jämför omgångar', async () => {
    const { page } = app;
    await show(page, `/jamfor/sida-vid-sida/${ROUNDS.earlier},${ROUNDS.full}`);
    await expect.poll(() => picture(page).count()).toBe(2);
    // The view's own container of both boxes (with their headings): the pictures' nearest
    // common ancestor, marked for the screenshot.
    await page.evaluate(() => {
      const [first, second] = document.querySelectorAll('svg.flowerbox__picture');
      let box = first!.parentElement!;
      while (!box.contains(second!)) box = box.parentElement!;
      box.dataset.pictureTest = 'side-by-side';
    });
    await expectPicture(page.locator('[data-picture-test="side-by-side"]'), 'side-by-side');
    app.expectNoProblems();
  });

  it.runIf(UPDATE_PICTURES)(
    "writes the README's picture with the app's own PNG export of the example's fully answered 2024 round",
    async () => {
      const example = await openApp(browser(), '/exempel', { viewport: VIEWPORT });
      const { page } = example;
      // The export may be dated: the same day every time it is made.
      await example.context.clock.setFixedTime(EXPORT_DAY);
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Visa exemplet' }).click();
      await page.getByRole('heading', { level: 1, name: 'Omgångar för Exempelkommun' }).waitFor();
      await page.getByRole('link', { name: /2024/ }).first().click();
      await page.getByRole('link', { name: 'Visa blomlådan, tabellen och export' }).click();
      await picture(page).waitFor();

      // The PNG made for a slide (1920×1080) if there are several, else the one there is.
      const buttons = page.getByRole('button', { name: /PNG/ });
      const slide = buttons.filter({ hasText: /1920/ });
      const button = (await slide.count()) > 0 ? slide.first() : buttons.first();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      const made = readFileSync((await download.path())!);
      expect(made.subarray(1, 4).toString('ascii')).toBe('PNG');
      if (existsSync(README_PICTURE) && readFileSync(README_PICTURE).equals(made)) {
        console.info('docs/images/flowerbox.png: unchanged');
      } else {
        mkdirSync(dirname(README_PICTURE), { recursive: true });
        writeFileSync(README_PICTURE, made);
        console.info(`docs/images/flowerbox.png: written from ${download.suggestedFilename()}`);
      }
      example.expectNoProblems();
      await example.context.close();
    },
  );
});
