import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound } from './support/rounds';

const browser = launchBrowserForFile();

const COMMENT = 'Ansökan finns som e-tjänst, uppsägning görs fortfarande på papper';
const OWNER = 'Förvaltningschef för barn och utbildning';

/** Answers indicators of the children's flower and waits until they are saved. */
async function answer(page: Page, roundId: string, answers: string[], comment?: string) {
  await openPart(page, roundId, 'barn-elever');
  for (const [i, name] of answers.entries()) {
    await indicator(page, i + 1)
      .getByRole('radio', { name })
      .check();
  }
  if (comment) {
    await indicator(page, 1).getByRole('textbox', { name: 'Kommentar' }).fill(comment);
    await indicator(page, 1).getByRole('textbox', { name: 'Kommentar' }).blur();
  }
  await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Sparat/);
}

/** axe in Swedish, then in English, then back to Swedish. */
async function axeInBothLanguages(page: Page, englishHeading: string | RegExp) {
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('heading', { level: 1, name: englishHeading }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'På svenska' }).click();
}

describe('action plan, follow-up and report', () => {
  it('builds a plan, follows it up in the next round and prints the report as a PDF', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await chooseMunicipality(page, 'Ale');
    const first = await startRound(page, { year: 2025 });
    await answer(page, first, ['Uppfyller delvis', 'Uppfyller inte alls'], COMMENT);

    // From the round overview to the plan; the partly met indicator is offered first.
    await page.goto(page.url().replace(/#.*$/, `#/omgangar/${first}`));
    await page.getByRole('link', { name: 'Handlingsplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' }).waitFor();
    await page.getByRole('button', { name: /^Planera åtgärd för Vårdnadshavare kan ansöka om/ }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Målnivå' }).inputValue()).toBe('helt');
    await page.getByRole('group', { name: 'Förslag på aktiviteter' }).getByRole('button').first().click();
    const activity = await page.getByRole('textbox', { name: 'Aktivitet' }).inputValue();
    expect(activity).toMatch(/^Inför en e-tjänst med e-legitimation/);
    await page.getByRole('textbox', { name: 'Ansvarig' }).fill(OWNER);
    await page.getByLabel('Klart senast').fill('2025-12-31');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pågår' });
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const plan = page.getByRole('table', { name: 'Handlingsplanens åtgärder' });
    await plan.getByRole('row', { name: new RegExp(`^${activity}`) }).waitFor();
    expect(await plan.textContent()).toContain('31 december 2025');
    await axeInBothLanguages(page, 'Action plan 2025');

    // The next round shows last year's action, its status, and that its target was reached.
    const next = await startRound(page, { year: 2026 });
    await answer(page, next, ['Uppfyller helt']);
    await page.goto(page.url().replace(/#.*$/, `#/omgangar/${next}/handlingsplan`));
    const followUp = page.getByRole('table', { name: 'Åtgärder från 2025 och om målen nåddes' });
    const row = followUp.getByRole('row', { name: new RegExp(`^${activity}`) });
    // The follow-up reads the agreed answers, which follow the answer page within moments.
    await expect.poll(() => row.textContent()).toMatch(/Pågår.*Uppfyller helt.*Uppfyller helt.*✔ Nått/);
    expect(await page.getByText('1 av 1 mål nått.').count()).toBe(1);

    // The report of the first round, printed to PDF by Chromium.
    await page.goto(page.url().replace(/#.*$/, `#/omgangar/${first}/rapport`));
    await page.getByRole('heading', { level: 1, name: 'Rapport: Ale 2025' }).waitFor();
    await page.getByRole('button', { name: 'Skriv ut / spara som PDF' }).waitFor();
    await axeInBothLanguages(page, 'Report: Ale 2025');
    await page.getByRole('heading', { level: 1, name: 'Rapport: Ale 2025' }).waitFor();
    // Laid out as on A4 paper (210 mm less 2 × 14 mm margins = 688 px), no table is wider than the page.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 688, height: 1000 });
    const tooWide = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((table) => table.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((table) => table.caption?.textContent),
    );
    expect(tooWide).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pdfDocument = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(pdfDocument, { mergePages: false });
    const pages = text.map((t) => t.replace(/\s+/g, ' '));
    const all = pages.join(' ');
    // Line breaks fall anywhere in running text; compare without white space.
    const squashed = all.replace(/\s+/g, '');
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(totalPages).toBeGreaterThanOrEqual(5);
    // The title page stands alone: municipality, year, questionnaire, status, date.
    expect(pages[0]).toContain('Rapport: Ale 2025');
    expect(pages[0]).toContain('eBlomlådan 2016, version 2016');
    expect(pages[0]).toContain('Utkast, ej publicerad');
    expect(pages[0]).not.toContain('Resultat per del');
    // The screen-only parts are not printed: no menu, no print button.
    expect(all).not.toContain('Skriv ut / spara som PDF');
    expect(all).not.toContain('Huvudmeny');
    expect(all).toContain('Resultat per del');
    expect(squashed).toContain(squash(activity));
    expect(squashed).toContain(squash(OWNER));
    expect(squashed).toContain(squash(COMMENT));
    // Short values are never split inside a word by a squeezed column.
    expect(all).toContain('Uppfyller delvis');
    expect(all).toContain('Pågår');
    app.expectNoProblems();
    await app.context.close();
  });
});
