import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, indicator, startRound, storedAnswers } from './support/rounds';

const browser = launchBrowserForFile();

const heading = (page: Page, name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });

/** Names of the IndexedDB databases this origin has. */
const databases = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());

describe("a newcomer's first ten minutes", () => {
  it('guide → choose the municipality → start a round → answer three indicators → see the box, accessible at each step', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await page.getByRole('link', { name: 'Gå igenom guiden' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Gå igenom guiden' }).click();
    await heading(page, 'Kom igång med eBlomlådan').waitFor();
    for (const step of ['Skalan', 'Vem svarar på vad', 'Var uppgifterna sparas', 'Välj din kommun']) {
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Nästa' }).click();
      await heading(page, step, 2).waitFor();
    }
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Välj kommun' }).click();

    await heading(page, 'Välj kommun').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('searchbox').fill('Ale');
    await page.getByRole('button', { name: /^Välj Ale\b/ }).click();
    await heading(page, 'Omgångar för Ale').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Starta en ny omgång' }).click();
    await heading(page, 'Starta en ny omgång').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Starta omgången' }).click();
    await page.waitForURL(/#\/omgangar\/[0-9a-f-]{36}$/);
    const roundId = decodeURIComponent(page.url().split('/').pop()!);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Svara på Barn och elever' }).click();
    await indicator(page, 1).waitFor();
    for (const [n, name] of [
      [1, 'Uppfyller helt'],
      [2, 'Uppfyller delvis'],
      [3, 'Uppfyller inte alls'],
    ] as const) {
      await indicator(page, n).getByRole('radio', { name }).check();
    }
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Sparat/);
    await expectNoAxeViolations(page);
    expect(Object.keys(await storedAnswers(page, roundId, 'barn-elever'))).toHaveLength(3);

    await page.goto(page.url().replace(/#.*$/, `#/omgangar/${roundId}`));
    await page.getByRole('link', { name: 'Visa blomlådan, tabellen och export' }).click();
    await page.locator('.flowerbox__picture').first().waitFor();
    expect(await page.locator('.flowerbox__picture [data-state="scored"]').count()).toBe(3);
    await expectNoAxeViolations(page);

    // The guide is not offered again, but stays findable.
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await page.getByRole('link', { name: 'Till kommunens omgångar' }).waitFor();
    expect(await page.getByRole('link', { name: 'Gå igenom guiden' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Guiden: kom igång' }).count()).toBe(1);
    app.expectNoProblems();
    await app.context.close();
  });

  it('the guide, the help and the example page pass axe in Swedish and English', async () => {
    const app = await openApp(browser(), '/kom-igang');
    const { page } = app;
    for (const [route, sv, en] of [
      ['/kom-igang', 'Kom igång med eBlomlådan', 'Getting started with eBlomlådan'],
      ['/hjalp', 'Arbeta med eBlomlådan', 'Working with eBlomlådan'],
      ['/hjalp/scoring', 'Arbeta med eBlomlådan', 'Working with eBlomlådan'],
      ['/exempel', 'Visa ett exempel', 'Show an example'],
      ['/installningar', 'Inställningar', 'Settings'],
    ] as const) {
      await page.goto(page.url().replace(/#.*$/, `#${route}`));
      await heading(page, sv).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'In English' }).click();
      await heading(page, en).waitFor();
      await expectNoAxeViolations(page);
      // Nothing falls back to Swedish (a fallback is marked lang="sv"); county names and the
      // language's own name ("Svenska") are Swedish on purpose.
      expect(await page.locator('main [lang="sv"]:not(dd):not(label)').count(), route).toBe(0);
      await page.getByRole('button', { name: 'På svenska' }).click();
      await heading(page, sv).waitFor();
    }
    // The dialog for deleting everything, too.
    await page.getByRole('button', { name: 'Radera alla uppgifter …' }).click();
    await page.getByRole('dialog', { name: 'Vill du radera alla uppgifter?' }).waitFor();
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });
});

describe('English throughout', () => {
  it('a part of the 2016 questionnaire and its box have English texts, with no Swedish fallback', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await chooseMunicipality(page, 'Ale');
    const roundId = await startRound(page, { year: 2026 });
    await page.getByRole('button', { name: 'In English' }).click();
    for (const section of ['barn-elever', 'ledning-arbetssatt', 'tekniska-forutsattningar']) {
      await page.goto(page.url().replace(/#.*$/, `#/omgangar/${roundId}/${section}`));
      await indicator(page, 1).waitFor();
      expect(await page.locator('main [lang="sv"]').count()).toBe(0);
    }
    await page.goto(page.url().replace(/#.*$/, `#/blomlada/${roundId}`));
    await page.locator('.flowerbox__picture').first().waitFor();
    expect(await page.locator('main [lang="sv"]').count()).toBe(0);
    app.expectNoProblems();
    await app.context.close();
  });
});

describe('Visa exempel', () => {
  it('loads the example apart from the user’s own round, and removes it in one click, leaving that round untouched', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await chooseMunicipality(page, 'Ale');
    const own = await startRound(page, { year: 2026 });
    await page.goto(page.url().replace(/#.*$/, `#/omgangar/${own}/barn-elever`));
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller delvis' }).check();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Sparat/);
    // The agreed answers the other views read follow the answer page within moments.
    await expect
      .poll(async () => (await storedAnswers(page, own, 'barn-elever'))['e-tjanst.forskoleplats']?.value)
      .toBe('delvis');
    const before = await storedAnswers(page, own, 'barn-elever');

    await page.goto(page.url().replace(/#.*$/, '#/exempel'));
    await page.getByRole('button', { name: 'Visa exemplet' }).click();
    // The page reloads into the example, at its rounds.
    await heading(page, 'Omgångar för Exempelkommun').waitFor();
    const banner = page.getByRole('region', { name: 'Exempel' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/påhittade uppgifter för Exempelkommun/);
    // The heading comes before the rounds are read: wait for the table's rows.
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(4); // header + 2025, 2024, 2023
    expect(await page.getByRole('table').textContent()).not.toMatch(/2026/);
    await expectNoAxeViolations(page);

    // Every view can be explored: the older round's box, and the banner stays.
    await page.getByRole('link', { name: /2023/ }).first().click();
    await page.getByRole('link', { name: 'Visa blomlådan, tabellen och export' }).click();
    await page.locator('.flowerbox__picture').first().waitFor();
    await banner.waitFor();

    // No file leaves the example: a backup is refused with a plain reason.
    await page.goto(page.url().replace(/#.*$/, '#/sakerhetskopia'));
    await page.getByRole('button', { name: 'Spara säkerhetskopia' }).click();
    await expect
      .poll(() => page.locator('.exchange-outcome').textContent())
      .toMatch(/Det går inte i exemplet/);

    await banner.getByRole('button', { name: 'Ta bort exemplet' }).click();
    await heading(page, 'Välkommen till eBlomlådan').waitFor();
    expect(await page.getByRole('region', { name: 'Exempel' }).count()).toBe(0);
    expect(await databases(page)).toEqual(['eblomladan']);

    await page.goto(page.url().replace(/#.*$/, '#/omgangar'));
    await heading(page, 'Omgångar för Ale').waitFor();
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2);
    expect(await storedAnswers(page, own, 'barn-elever')).toEqual(before);
    app.expectNoProblems();
    await app.context.close();
  });
});
