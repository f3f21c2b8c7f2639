import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound } from './support/rounds';

const browser = launchBrowserForFile();
const dataset = mkdtempSync(join(tmpdir(), 'eblomladan-peers-'));
afterAll(() => rmSync(dataset, { recursive: true, force: true }));

describe('comparing with other municipalities', () => {
  it('imports twelve synthetic municipalities at once and shows Ale among them, filtered, exported, in both languages', async () => {
    // The first twelve municipalities of the register, all in Stockholms län, for 2025.
    execFileSync('node', [
      join(import.meta.dirname, '../../scripts/make-national-dataset.mjs'),
      ...['--out', dataset, '--municipalities', '12', '--years', '1', '--last-year', '2025'],
    ]);
    const files = readdirSync(dataset).map((name) => join(dataset, name));
    expect(files).toHaveLength(12);

    const { page, expectNoProblems } = await openApp(browser(), '/');
    await chooseMunicipality(page, 'Ale');
    const roundId = await startRound(page, { year: 2025 });
    await openPart(page, roundId, 'barn-elever');
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
    await indicator(page, 2).getByRole('radio', { name: 'Uppfyller delvis' }).check();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Sparat/);

    await page.getByRole('navigation').getByRole('link', { name: 'Öppna fil' }).click();
    await page.getByLabel('Välj filer').setInputFiles(files);
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page.getByText('Klart. Allt är inläst.').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Omgångar' }).click();
    await page.getByRole('link', { name: 'Jämför med andra kommuner' }).click();
    await page.getByText(/^Underlaget är 12 andra kommuners publicerade omgångar från 2025/).waitFor();
    await expect.poll(() => page.getByText(/inte detsamma som god eller dålig kvalitet/).count()).toBe(1);
    const school = page
      .getByRole('table', { name: /Poäng per del/ })
      .getByRole('row', { name: /^Barn och elever/ });
    // Ale's own score, (1 + 0,5) / 2, beside the others' spread over twelve municipalities.
    await expect.poll(() => school.getByRole('cell').first().textContent()).toBe('12');
    await expect.poll(() => school.getByRole('cell').nth(6).textContent()).toBe('0,75');
    await page.getByText('Visa indikatorerna för Barn och elever').click();
    await expectNoAxeViolations(page);

    // The basis names its synthetic origin.
    await page.getByText('Omgångarna i underlaget').first().click();
    await expect.poll(() => page.getByRole('cell', { name: /^Syntetiska data/ }).count()).toBe(12);

    // The comparison's own filters (the export further down has a county and a group too).
    const filters = page.getByRole('region', { name: 'Urval' });
    await filters.getByLabel('Län').selectOption({ label: 'Västra Götalands län' });
    await page.getByText(/^Inga andra kommuners omgångar från 2025/).waitFor();
    await filters.getByLabel('Län').selectOption({ label: 'Alla län' });
    await filters.getByLabel('Kommungrupp (SKR)').selectOption({ label: 'B3 Större stad' });
    await page.getByText(/^Inga andra kommuners omgångar från 2025/).waitFor();
    await filters.getByLabel('Kommungrupp (SKR)').selectOption({ label: 'A2 Pendlingskommun nära storstad' });
    await page.getByText(/^Underlaget är 12 andra kommuners publicerade omgångar från 2025/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF"Nivå";"Del";')).toBe(true);
    expect(csv).toMatch(/\r\n"Del";"Barn och elever";;;12;[\d,]+;[\d,]+;[\d,]+;[\d,]+;[\d,]+;0,75;/);

    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare with other municipalities' }).waitFor();
    await expectNoAxeViolations(page);
    expectNoProblems();
  });
});
