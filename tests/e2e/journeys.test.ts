import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openApp, launchBrowserForFile } from './support/browser';

const browser = launchBrowserForFile();
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('moving around', () => {
  it('reads a questionnaire from the start page and comes back with the back button', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await page.getByRole('link', { name: 'Läs eBlomlådan 2016' }).click();
    await expect.poll(() => h1(page)).toBe('eBlomlådan 2016');
    expect(page.url()).toMatch(/#\/formular\/eblomladan\/2016$/);
    await expect.poll(() => page.title()).toBe('eBlomlådan 2016 – eBlomlådan');

    await page.getByRole('link', { name: 'Ersätter version 2014.' }).click();
    await expect.poll(() => h1(page)).toBe('eBlomlådan 2014');

    await page.goBack();
    await expect.poll(() => h1(page)).toBe('eBlomlådan 2016');
    await page.goBack();
    await expect.poll(() => h1(page)).toBe('Välkommen till eBlomlådan');
    await page.goForward();
    await expect.poll(() => h1(page)).toBe('eBlomlådan 2016');
    app.expectNoProblems();
    await app.context.close();
  });

  it('remembers the chosen language after a reload and in a new tab', async () => {
    const app = await openApp(browser(), '/om');
    const { page } = app;
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => h1(page)).toBe('About eBlomlådan');
    await page.reload();
    await expect.poll(() => h1(page)).toBe('About eBlomlådan');

    const second = await app.context.newPage();
    await second.goto(page.url());
    await expect.poll(() => h1(second)).toBe('About eBlomlådan');
    // Switching back in one tab reaches the other without a reload.
    await second.getByRole('button', { name: 'På svenska' }).click();
    await expect.poll(() => h1(page)).toBe('Om eBlomlådan');
    app.expectNoProblems();
    await app.context.close();
  });

  it('works with the keyboard alone: skip link, menu, and opening a part of a questionnaire', async () => {
    const app = await openApp(browser(), '/formular/eblomladan/2014');
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toMatch(/#\/formular\/eblomladan\/2014$/);

    // Tab from the main content to the first part's disclosure and open it with Enter.
    const summary = page.locator('summary').first();
    for (let i = 0; i < 20 && !(await summary.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    expect(await page.locator('details').first().getAttribute('open')).toBe('');
    await expect.poll(() => page.getByText('Vägledning:').first().isVisible()).toBe(true);

    // Shift+Tab back to the menu and follow "Om eBlomlådan"; focus lands on the new heading.
    await page.getByRole('link', { name: 'Om eBlomlådan' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Om eBlomlådan');
    app.expectNoProblems();
    await app.context.close();
  });

  it('shows a broken bundled questionnaire as a list of errors naming the file', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await page.route('**/questionnaires/eblomladan-2014.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: '{"format": "eblomladan.questionnaire/1", "id": "eblomladan", "version": 2014',
      }),
    );
    await page.getByRole('link', { name: 'Läs eBlomlådan 2014' }).click();
    await expect.poll(() => h1(page)).toBe('Frågeformuläret i filen eblomladan-2014.json kunde inte läsas');
    expect(await page.getByRole('alert').textContent()).toContain(
      'Filen är inte giltig JSON: felet finns på rad 1, kolumn 77.',
    );
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });
});
