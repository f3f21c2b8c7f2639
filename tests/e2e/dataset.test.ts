import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound } from './support/rounds';

const browser = launchBrowserForFile();
const singles = mkdtempSync(join(tmpdir(), 'eblomladan-dataset-'));
afterAll(() => rmSync(singles, { recursive: true, force: true }));

/** Ale's own 2025 round with two answers: the same in both browsers, so its score is too. */
async function aleWithAnswers(page: Page) {
  await chooseMunicipality(page, 'Ale');
  const roundId = await startRound(page, { year: 2025 });
  await openPart(page, roundId, 'barn-elever');
  await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
  await indicator(page, 2).getByRole('radio', { name: 'Uppfyller delvis' }).check();
  await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Sparat/);
}

/** Every figure of "Jämför med andra": the basis sentence and each row of the parts' table. */
async function comparisonFigures(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Omgångar' }).click();
  await page.getByRole('link', { name: 'Jämför med andra kommuner' }).click();
  const basis = page.getByText(/^Underlaget är 12 andra kommuners publicerade omgångar från 2025/);
  await basis.waitFor();
  const table = page.getByRole('table', { name: /Poäng per del/ });
  // The own score arrives with the agreed answers: wait until Barn och elever shows it.
  await expect
    .poll(() =>
      table
        .getByRole('row', { name: /^Barn och elever/ })
        .getByRole('cell')
        .nth(6)
        .textContent(),
    )
    .toBe('0,75');
  const rows = await table
    .getByRole('row')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())));
  return { basis: await basis.textContent(), rows };
}

describe('a comparison dataset between browsers', () => {
  it('is exported from one browser and opened in another, which then shows the same comparison', async () => {
    execFileSync('node', [
      join(import.meta.dirname, '../../scripts/make-national-dataset.mjs'),
      ...['--out', singles, '--municipalities', '12', '--years', '1', '--last-year', '2025'],
    ]);
    const first = await openApp(browser(), '/');
    await aleWithAnswers(first.page);
    await first.page.getByRole('navigation').getByRole('link', { name: 'Öppna fil' }).click();
    await first.page
      .getByLabel('Välj filer')
      .setInputFiles(readdirSync(singles).map((n) => join(singles, n)));
    await first.page.getByText(/^12 omgångar från andra kommuner i 12 filer: 12 nya/).waitFor();
    await first.page.getByRole('button', { name: 'Läs in' }).click();
    await first.page.getByText(/^Klart\. Allt är inläst\. 12 omgångar/).waitFor();
    const before = await comparisonFigures(first.page);
    expect(before.rows.length).toBeGreaterThan(3);

    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Exportera jämförelseunderlag' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(text) as { format: string; synthetic: boolean; rounds: unknown[] };
    // Single round files carry no synthetic mark (only their label says so), so neither does this.
    expect(file).toMatchObject({ format: 'eblomladan.dataset/1', synthetic: false });
    // Ale's draft is not published: only the twelve others travel.
    expect(file.rounds).toHaveLength(12);
    first.expectNoProblems();
    await first.context.close();

    const second = await openApp(browser(), '/');
    await aleWithAnswers(second.page);
    await second.page.getByRole('navigation').getByRole('link', { name: 'Öppna fil' }).click();
    await second.page.getByLabel('Välj filer').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await second.page.getByText(/^12 omgångar från andra kommuner i 1 fil: 12 nya/).waitFor();
    expect(
      await second.page.getByRole('table', { name: 'Per län' }).getByRole('row').allTextContents(),
    ).toContain('Stockholms län12000');
    await expectNoAxeViolations(second.page);
    await second.page.getByRole('button', { name: 'Läs in' }).click();
    await second.page.getByText(/^Klart\. Allt är inläst\. 12 omgångar/).waitFor();
    expect(await comparisonFigures(second.page)).toEqual(before);
    second.expectNoProblems();
    await second.context.close();
  });
});
