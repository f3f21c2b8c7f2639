import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, startRound } from './support/rounds';

const browser = launchBrowserForFile();

const REFUSED = /Webbläsaren tillåter inte att eBlomlådan sparar uppgifter/;

/**
 * What Chromium does when the user blocks site data: every `indexedDB.open` fails with
 * "UnknownError: The user denied permission to access the database." (an error event).
 */
function refuseIndexedDb() {
  IDBFactory.prototype.open = function () {
    const request = {
      result: undefined,
      error: new DOMException('The user denied permission to access the database.', 'UnknownError'),
      onerror: null as null | ((event: unknown) => void),
      onsuccess: null,
      onupgradeneeded: null,
      onblocked: null,
    };
    setTimeout(() =>
      request.onerror?.({ type: 'error', target: request, preventDefault() {}, stopPropagation() {} }),
    );
    return request as unknown as IDBOpenDBRequest;
  };
}

/** The view in `page` says storage is refused, plainly, and is not loading any more. */
async function expectRefused(page: Page) {
  const main = page.getByRole('main');
  await main.getByRole('heading', { level: 1, name: 'Uppgifterna kan inte visas' }).waitFor();
  await main.getByText(REFUSED).first().waitFor();
  expect(await main.getByText('Laddar …').count()).toBe(0);
  expect(await main.getByText(/Läser kommunens omgångar/).count()).toBe(0);
}

describe('when the browser refuses storage', () => {
  it('every view says so instead of loading for ever, and a backup names the real cause', async () => {
    // First a normal browser with a municipality, a round and a backup of it.
    const app = await openApp(browser(), '/');
    const { page, context } = app;
    await chooseMunicipality(page, 'Ale');
    const roundId = await startRound(page, { year: 2025 });
    await page.goto(`${baseURL()}#/sakerhetskopia`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Spara säkerhetskopia' }).click(),
    ]);
    const backup = readFileSync((await download.path())!, 'utf8');

    // Then the same browser with site data blocked: every page opened from now on.
    await context.addInitScript(refuseIndexedDb);
    for (const route of ['/omgangar', `/omgangar/${roundId}`, '/omgangar/ny']) {
      const blocked = await context.newPage();
      await blocked.goto(`${baseURL()}#${route}`);
      await expectRefused(blocked);
      // The banner says it too, on every view.
      await blocked.getByRole('alert').getByText(REFUSED).waitFor();
      if (route === '/omgangar') await expectNoAxeViolations(blocked);
      await blocked.close();
    }

    const open = await context.newPage();
    await open.goto(`${baseURL()}#/oppna`);
    await open.getByRole('heading', { level: 1, name: 'Öppna fil' }).waitFor();
    await open.getByLabel('Välj filer').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    const failed = open.getByText(/^Inläsningen misslyckades och ingenting sparades\./);
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(REFUSED);
    expect(await failed.textContent()).not.toMatch(/nyare version/);

    app.expectNoProblems();
    await context.close();
  });
});
