/**
 * The keyboard in two places where it used to get lost: the "Radera alla uppgifter" dialog is a
 * real modal dialog (Tab stays in it, Escape closes it and focus goes back to its button), and
 * the round overview has a skip link past the flower box, whose every petal is a focus stop.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, startRound } from './support/rounds';

const browser = launchBrowserForFile();

const OPENER = 'Radera alla uppgifter …';
const DIALOG = 'Vill du radera alla uppgifter?';

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** What has focus now: its tag, text and whether it is inside a dialog (and which). */
const focusNow = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? null,
      text: el?.textContent?.trim().slice(0, 60) ?? '',
      inDialog: el?.closest('dialog')?.getAttribute('aria-labelledby') ?? null,
      pageHasFocus: document.hasFocus(),
    };
  });

/** Presses `key` up to `max` times until `target` has focus; returns how many presses it took. */
async function pressUntil(page: Page, key: string, target: Locator, max: number): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return presses;
  }
  throw new Error(
    `${key} ${max} times never reached the target; focus is on ${JSON.stringify(await focusNow(page))}`,
  );
}

describe('the dialog for deleting everything', () => {
  it('is modal: Tab and Shift+Tab stay inside it, the page behind is dimmed, and Escape or Avbryt closes it back to its button', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await chooseMunicipality(page, 'Ale');
    await startRound(page, { year: 2026 });
    await page.goto(page.url().replace(/#.*$/, '#/installningar'));
    const opener = page.getByRole('button', { name: OPENER });
    const dialog = page.getByRole('dialog', { name: DIALOG });

    for (const closeWith of ['Escape', 'Avbryt', 'Escape again'] as const) {
      await opener.focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      expect(await dialog.evaluate((el) => el.matches(':modal')), closeWith).toBe(true);
      expect(await isFocused(dialog.getByRole('heading', { name: DIALOG })), closeWith).toBe(true);

      // Through every control of the dialog several times, both ways: focus never reaches
      // anything else on the page. Past the last control Chromium lets focus leave the page for
      // its own interface (the address bar of a window; the page then has no focus at all) and
      // comes back into the dialog, as the HTML standard allows for a modal dialog.
      const outside: string[] = [];
      const visited = new Set<string>();
      const dialogId = await dialog.getAttribute('aria-labelledby');
      for (const key of [...Array<string>(20).fill('Tab'), ...Array<string>(12).fill('Shift+Tab')]) {
        await page.keyboard.press(key);
        const now = await focusNow(page);
        if (now.inDialog === dialogId) visited.add(now.tag === 'input' ? 'input' : now.text);
        else if (now.pageHasFocus) outside.push(`${key} → ${JSON.stringify(now)}`);
      }
      expect(outside, outside.join('\n')).toEqual([]);
      expect([...visited], closeWith).toEqual(
        expect.arrayContaining(['Spara säkerhetskopia', 'input', 'Radera allt', 'Avbryt']),
      );

      if (closeWith === 'Avbryt') {
        await dialog.getByRole('button', { name: 'Avbryt' }).focus();
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press('Escape');
      }
      await dialog.waitFor({ state: 'detached' });
      expect(await isFocused(opener), closeWith).toBe(true);
      // The page is reachable again: Shift+Tab leaves the button for the section before it.
      await page.keyboard.press('Shift+Tab');
      expect(await isFocused(opener), closeWith).toBe(false);
      expect((await focusNow(page)).tag, closeWith).not.toBe('body');
    }

    // The page behind an open dialog is dimmed, and axe finds nothing in the dialog or behind it.
    await opener.click();
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => getComputedStyle(el, '::backdrop').backgroundColor)).toBe(
      'rgba(0, 0, 0, 0.55)',
    );
    // Nothing behind the dialog takes a click: the window's corner, outside the dialog, hits
    // its backdrop (which belongs to the dialog), not the page.
    const hit = await page.evaluate(() => document.elementFromPoint(5, 5)?.tagName);
    expect(hit).toBe('DIALOG');
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });
});

describe('the round overview', () => {
  it('has a skip link past the flower box that shows on focus and lands on the parts', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await chooseMunicipality(page, 'Ale');
    await startRound(page, { year: 2026 });
    const back = page.getByRole('link', { name: 'Alla omgångar' });
    await back.waitFor();
    const skip = page.getByRole('link', { name: 'Hoppa förbi blomlådan till delarna' });
    const parts = page.getByRole('heading', { level: 2, name: 'Delar' });
    const firstPart = page
      .getByRole('table', { name: /^Omgångens delar/ })
      .getByRole('link')
      .first();
    const route = page.url();

    // Hidden until it has focus, so the page reads as before.
    expect((await skip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    // The link comes right after the page's own links, before the picture.
    await back.focus();
    expect(await pressUntil(page, 'Tab', skip, 3)).toBe(1);
    const shown = await skip.boundingBox();
    expect(shown?.width).toBeGreaterThan(100);
    expect(shown?.height).toBeGreaterThan(10);
    // What it saves: the focus stops inside the picture.
    const stops = await page.locator('.flowerbox a, .flowerbox button, .flowerbox [tabindex="0"]').count();
    expect(stops).toBeGreaterThan(20);

    await page.keyboard.press('Enter');
    expect(await isFocused(parts)).toBe(true);
    expect(page.url()).toBe(route);
    // From the heading the next stop is the first part, or first the scrolling region that holds
    // the parts' table (a focusable region, so that a keyboard can scroll it).
    await page.keyboard.press('Tab');
    if (!(await isFocused(firstPart))) {
      expect(await isFocused(page.getByRole('region', { name: /^Omgångens delar/ }))).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(firstPart)).toBe(true);
    }
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });
});
