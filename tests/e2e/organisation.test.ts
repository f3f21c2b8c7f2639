import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';

const browser = launchBrowserForFile();
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const SEARCH = 'Sök kommun på namn eller kommunkod';

describe('choosing the municipality', () => {
  it('is done with the keyboard, survives a reload and shows in the settings', async () => {
    const app = await openApp(browser(), '/kommun');
    const { page } = app;
    await expect.poll(() => h1(page)).toBe('Välj kommun');

    await page.getByRole('searchbox', { name: SEARCH }).focus();
    await page.keyboard.type('ale');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('5 kommuner matchar');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Välj Ale');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/omgangar$/);

    // The choice lives in IndexedDB, so it is still there after a reload.
    await page.goto(page.url().replace(/#.*$/, '#/kommun'));
    await page.reload();
    await expect.poll(() => page.getByText('Vald kommun: Ale').isVisible()).toBe(true);

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Inställningar' })
      .click();
    await expect.poll(() => h1(page)).toBe('Inställningar');
    const kommun = page.getByRole('region', { name: 'Kommun' });
    await expect
      .poll(() => kommun.getByRole('definition').allTextContents())
      .toEqual(['Ale', '1440', 'Västra Götalands län', 'A2 – Pendlingskommun nära storstad']);
    expect(await kommun.getByRole('link', { name: 'Byt kommun' }).count()).toBe(1);
    app.expectNoProblems();
    await app.context.close();
  });

  it('has no axe violations on /kommun with results showing, in Swedish and English', async () => {
    const app = await openApp(browser(), '/kommun');
    const { page } = app;
    await page.getByRole('searchbox', { name: SEARCH }).fill('s');
    await expect
      .poll(() => page.getByText('Visar 30 av 139; skriv mer för att begränsa.').isVisible())
      .toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => h1(page)).toBe('Choose municipality');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('139 municipalities match');
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });

  it('has no axe violations on /installningar, before and after a municipality is chosen, in both languages', async () => {
    const app = await openApp(browser(), '/installningar');
    const { page } = app;
    await expect.poll(() => h1(page)).toBe('Inställningar');
    await expect.poll(() => page.getByText('Ingen kommun vald').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Välj kommun' }).click();
    await expect.poll(() => h1(page)).toBe('Välj kommun');
    await page.getByRole('searchbox', { name: SEARCH }).fill('1280');
    await page.getByRole('button', { name: 'Välj Malmö' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/omgangar$/);

    await page.goto(page.url().replace(/#.*$/, '#/installningar'));
    await expect.poll(() => page.getByText('Skåne län').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => h1(page)).toBe('Settings');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });
});
