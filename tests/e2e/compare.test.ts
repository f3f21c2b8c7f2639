import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseURL, expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound } from './support/rounds';

const browser = launchBrowserForFile();

describe('comparing rounds across questionnaire versions in Chromium', () => {
  it('compares a 2014-version round with a 2016-version round a year later, on every view', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await chooseMunicipality(page, 'Ale');

    const earlier = await startRound(page, { year: 2025, questionnaire: /^eBlomlådan 2014/ });
    await openPart(page, earlier, 'forskola-skola');
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller delvis' }).check();
    await indicator(page, 2).getByRole('radio', { name: 'Uppfyller helt' }).check();
    await expect
      .poll(() => indicator(page, 2).getByRole('radio', { name: 'Uppfyller helt' }).isChecked())
      .toBe(true);

    const later = await startRound(page, { year: 2026, questionnaire: /^eBlomlådan 2016/ });
    await openPart(page, later, 'barn-elever');
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
    await indicator(page, 2).getByRole('radio', { name: 'Uppfyller helt' }).check();
    await indicator(page, 5).getByRole('radio', { name: 'Uppfyller delvis' }).check();
    await expect
      .poll(() => indicator(page, 5).getByRole('radio', { name: 'Uppfyller delvis' }).isChecked())
      .toBe(true);

    await page.goto(`${baseURL()}#/omgangar`);
    await page.getByRole('link', { name: 'Jämför omgångar' }).click();
    await page.waitForURL(`${baseURL()}#/jamfor/andringar/${earlier},${later}`);
    await page.getByText('Jämför 2025 med 2026.').waitFor();
    expect(await page.getByText(/olika versioner av formuläret/).textContent()).toMatch(
      /\d+ av 65 indikatorer/,
    );

    const parts = page.getByRole('table', { name: 'Förändring per del, 2025 → 2026' });
    expect(await parts.getByRole('row', { name: /^Barn och elever/ }).textContent()).toMatch(
      /▲ upp \+0,25.*2 av 8/,
    );
    await page.locator('summary', { hasText: 'Förändring per indikator i Barn och elever' }).click();
    const children = page.getByRole('table', { name: 'Förändring per indikator i Barn och elever' });
    const row = (name: RegExp) => children.getByRole('row', { name });
    expect(await row(/^Vårdnadshavare kan ansöka om, ändra/).textContent()).toContain('▲ upp +0,5');
    expect(await row(/^Vårdnadshavare kan anmäla barnets frånvaro/).textContent()).toContain('= oförändrad');
    expect(await row(/^Vårdnadshavare och elever kan med e-legitimation/).textContent()).toContain(
      'Ej jämförbar: ny indikator',
    );
    expect(await row(/^Vårdnadshavare kan göra skolval/).textContent()).toContain(
      'Ej jämförbar: obesvarad i en av omgångarna',
    );
    await expectNoAxeViolations(page);

    for (const [view, ready] of [
      ['Sida vid sida', () => page.getByRole('img', { name: 'Blomlåda 2025' })],
      ['Överlagrat', () => page.getByRole('img', { name: 'Blomlåda 2026 med 2025 som konturer' })],
      ['Lok och vagnar', () => page.getByRole('table', { name: 'Rangordning efter poäng 2026' })],
      ['Trend', () => page.getByRole('table', { name: 'Förändring per del, omgång för omgång' })],
    ] as const) {
      await page.getByRole('link', { name: view }).click();
      await ready().waitFor();
      await expectNoAxeViolations(page);
    }
    // The overlay draws the earlier petals of matched indicators as outlines.
    await page.getByRole('link', { name: 'Överlagrat' }).click();
    await page.getByRole('img', { name: 'Blomlåda 2026 med 2025 som konturer' }).waitFor();
    expect(await page.locator('[data-part="barn-elever"] [data-previous] path').count()).toBe(2);
    // Its legend explains the outlines besides the levels.
    await expect
      .poll(() => page.getByRole('list', { name: 'Skalans nivåer och tecknen i bilden' }).textContent())
      .toContain('Förra omgången: svart kontur');
    expect(
      await page
        .getByRole('link', {
          name: /^Barn och elever, indikator 1 av 8: .* Förra omgången: Uppfyller delvis/,
        })
        .count(),
    ).toBe(1);

    // The comparison as CSV for Excel: the part's change over its compared pairs, in words.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera jämförelsen som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('jamforelse-2025-2026.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toMatch(/^\uFEFF"Nivå";"Del";/);
    expect(csv).toContain('"Del";"Barn och elever";;;;;0,75;1;0,25;"upp";"2 av 8 indikatorer";');

    // A bookmark (reload) brings back the same rounds and view.
    await page.reload();
    await page.getByRole('img', { name: 'Blomlåda 2026 med 2025 som konturer' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /^2025/ }).isChecked()).toBe(true);
    app.expectNoProblems();
    await app.context.close();
  });
});
