import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound, storedAnswers } from './support/rounds';
import { serveDist, type StaticServer } from './support/static-server';

const browser = launchBrowserForFile();

let server: StaticServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Waits until the service worker has precached the build and controls the page. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

describe('offline', () => {
  it('after one visit, the app opens with the network gone and an answer is saved', async () => {
    server = await serveDist('/verktyg/eblomladan/');
    const base = server.url;
    const app = await openApp(browser(), '/', { base, serviceWorkers: 'allow' });
    const { page, context } = app;
    await page.getByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }).waitFor();
    await waitForOfflineReady(page);

    // The network goes away for real: the browser is offline and the server is gone.
    await context.setOffline(true);
    await server.close();
    server = undefined;

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }).waitFor();
    // The whole first-run journey, each view a chunk and the questionnaire a file from the precache.
    await chooseMunicipality(page, 'Ale', base);
    const roundId = await startRound(page, { base: base });
    await openPart(page, roundId, 'barn-elever', base);
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
    await expect
      .poll(async () => (await storedAnswers(page, roundId, 'barn-elever'))['e-tjanst.forskoleplats']?.value)
      .toBe('helt');

    await page.reload();
    await indicator(page, 1).waitFor();
    expect(await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).isChecked()).toBe(true);
    app.expectNoProblems();
    await context.close();
  });

  it('announces a new version, reloads only when the user agrees, and keeps the text being typed', async () => {
    server = await serveDist('/verktyg/eblomladan/');
    const base = server.url;
    const app = await openApp(browser(), '/', { base, serviceWorkers: 'allow' });
    const { page } = app;
    await waitForOfflineReady(page);
    await chooseMunicipality(page, 'Ale', base);
    const roundId = await startRound(page, { base });
    await openPart(page, roundId, 'barn-elever', base);
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
    await indicator(page, 3).getByLabel('Kommentar').fill('Skrivet just före uppdateringen');

    // A new version is deployed: the server now has a different service worker. The page finds it
    // (as its hourly check or the next load would) and installs it in the background.
    const marker = await page.evaluate(
      () => (document.documentElement.dataset.marker = String(Math.random())),
    );
    const worker = readFileSync(
      join(process.env.E2E_DIST ?? join(import.meta.dirname, '../../dist'), 'sw.js'),
      'utf8',
    );
    server.override('sw.js', `${worker}\n// the next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const banner = page.getByText('En ny version av eBlomlådan finns.');
    await banner.waitFor();
    const reload = page.getByRole('button', { name: 'Ladda om', exact: true });
    // Announced politely, and nothing happens until the user agrees: the new version waits and
    // this is still the same page.
    expect(await banner.locator('xpath=ancestor::*[@aria-live="polite"]').count()).toBe(1);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state),
    ).toBe('installed');
    expect(await page.evaluate(() => document.documentElement.dataset.marker)).toBe(marker);
    expect(await indicator(page, 3).getByLabel('Kommentar').inputValue()).toBe(
      'Skrivet just före uppdateringen',
    );

    await reload.click();
    await page.waitForFunction((old) => document.documentElement.dataset.marker !== old, marker);
    await indicator(page, 3).waitFor();
    expect(await indicator(page, 3).getByLabel('Kommentar').inputValue()).toBe(
      'Skrivet just före uppdateringen',
    );
    expect(await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).isChecked()).toBe(true);
    const stored = await storedAnswers(page, roundId, 'barn-elever');
    expect(stored['skola.skolval']?.comment).toBe('Skrivet just före uppdateringen');
    await expect.poll(() => banner.count()).toBe(0);
    // The new version now runs the page.
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
    ).toBeNull();
    app.expectNoProblems();
    await app.context.close();
  });
});
