/**
 * The report as it prints, on the example's 2025 round (eight parts answered, a follow-up of last
 * year's plan, and four other municipalities' rounds to compare with). Laid out for print at the
 * width of A4 less its margins, the cover holds the flower box and the key figures, every table
 * spans the page, and headings are kept with what follows; Chromium's own PDF shows the cover
 * alone on page 1 and no heading at the foot of a page without what it heads. axe finds nothing
 * on the report with its place among other municipalities, in Swedish and in English.
 */
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowserForFile, openApp, type AppPage } from './support/browser';

const browser = launchBrowserForFile();
/** A4 (210 mm) less the report's 14 mm margins on either side, in CSS pixels. */
const PRINT_WIDTH = 688;
const KICKER = 'eBlomlådan – kommunens självvärdering av digitaliseringen';
const KEY_CAPTION = 'Nyckeltal: poäng och täckning för varje del';

let app: AppPage;
let reportURL: string;

beforeAll(async () => {
  app = await openApp(browser(), '/exempel');
  const { page } = app;
  await page.getByRole('button', { name: 'Visa exemplet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Omgångar för Exempelkommun' }).waitFor();
  await page
    .getByRole('link', { name: /^Öppna omgång 2025/ })
    .first()
    .click();
  await page.getByRole('link', { name: 'Rapport för utskrift' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapport: Exempelkommun 2025' }).waitFor();
  reportURL = page.url();
});

afterAll(async () => {
  await app?.context.close();
});

/** The report on screen, read: the place among other municipalities is its last live read. */
async function openReport(page: Page) {
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(reportURL);
  await page.getByRole('table', { name: /^Er kommuns plats bland de andra kommunerna/ }).waitFor();
}

/** The same, laid out for print on A4. */
async function openForPrint(page: Page) {
  await openReport(page);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the report in print', () => {
  it('has a cover of its own with the flower box and each part’s score and coverage', async () => {
    const { page } = app;
    await openForPrint(page);
    const cover = page.getByRole('region', { name: KICKER });
    expect(await cover.evaluate((e) => getComputedStyle(e).breakAfter)).toBe('page');
    await cover.getByRole('img', { name: 'Blomlåda för Exempelkommun 2025' }).waitFor();
    const facts = await cover.locator('dl').innerText();
    for (const fact of ['Exempelkommun', '2025', 'eBlomlådan 2016, version 2016', 'Utkast, ej publicerad']) {
      expect(facts).toContain(fact);
    }

    // The key figures are the results table's score and coverage, part by part.
    const rows = (name: string | RegExp, columns: number[]) =>
      page
        .getByRole('table', { name })
        .locator('tbody tr')
        .evaluateAll(
          (trs, cols) =>
            trs.map((tr) => [
              tr.querySelector('th')!.textContent,
              ...cols.map((c) => tr.querySelectorAll('td')[c]!.textContent),
            ]),
          columns,
        );
    const key = await cover.getByRole('table', { name: KEY_CAPTION }).isVisible();
    expect(key).toBe(true);
    const keyRows = await rows(KEY_CAPTION, [0, 1]);
    expect(keyRows).toHaveLength(8);
    expect(keyRows).toEqual(await rows(/^Poäng och täckning per del, med förändring/, [1, 2]));
    // Intl writes the space before % as a no-break space, so "100 %" never breaks across lines.
    expect(keyRows[0]).toEqual(['Barn och elever', '0,81', '8 av 8 (100\u00a0%)']);
    app.expectNoProblems();
  });

  it('spans the page with every table and keeps headings with what follows them', async () => {
    const { page } = app;
    await openForPrint(page);
    const layout = await page.evaluate(() => {
      const report = document.querySelector<HTMLElement>('.report')!;
      return {
        report: report.getBoundingClientRect().width,
        tables: [...report.querySelectorAll('table')].map((table) => ({
          caption: table.caption?.textContent,
          width: table.getBoundingClientRect().width,
        })),
        headings: [...report.querySelectorAll('h2, h3, caption')]
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => `${e.textContent}: ${getComputedStyle(e).breakAfter}`),
      };
    });
    // The report is as wide as the printable page, and so is each of its tables.
    expect(layout.report).toBeCloseTo(PRINT_WIDTH, 0);
    expect(layout.tables.length).toBeGreaterThanOrEqual(12);
    for (const { caption, width } of layout.tables) {
      expect(Math.abs(width - layout.report), `${caption}: ${width} px`).toBeLessThanOrEqual(1);
    }
    expect(layout.headings.length).toBeGreaterThanOrEqual(20);
    expect(layout.headings.filter((h) => !h.endsWith(': avoid'))).toEqual([]);
    app.expectNoProblems();
  });

  it('prints the cover alone on page 1 and no heading at the foot of a page without what follows it', async () => {
    const { page } = app;
    await openForPrint(page);
    // What each heading after the cover heads: its first table row or list item, else its first
    // paragraph, else the heading below it (each up to the next heading).
    const headed = await page.evaluate(() => {
      const flow = [
        ...document.querySelectorAll<HTMLElement>('.report__section :is(h2, h3, tbody > tr, li, p)'),
      ];
      const isHeading = (e: HTMLElement) => e.matches('h2, h3');
      return flow.flatMap((heading, i) => {
        if (!isHeading(heading)) return [];
        const end = flow.findIndex((e, j) => j > i && isHeading(e));
        const under = flow.slice(i + 1, end === -1 ? undefined : end);
        const follower =
          under.find((e) => e.matches('tr, li')) ?? under.find((e) => e.matches('p')) ?? flow[end];
        return [{ heading: heading.innerText, follower: follower?.innerText.slice(0, 40) ?? '' }];
      });
    });
    const keyRows = await page
      .getByRole('table', { name: KEY_CAPTION })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText));

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    const pages = text.map(squash);
    expect(pages.length).toBeGreaterThanOrEqual(6);

    // Page 1 is the cover, whole: title, facts, the box above the key figures, every part's row.
    expect(pages[0]).toContain(squash('Rapport: Exempelkommun 2025'));
    expect(pages[0]).toContain(squash('eBlomlådan 2016, version 2016'));
    expect(pages[0]).toContain(squash('Blomlådan'));
    expect(pages[0]).toContain(squash(KEY_CAPTION));
    for (const row of keyRows) expect(pages[0]).toContain(squash(row));
    expect(pages[0]).not.toContain(squash('Resultat per del'));
    expect(pages[1]!.startsWith(squash('Resultat per del'))).toBe(true);

    // Each heading is found in order, and what it heads starts on the same page.
    const ends: number[] = [];
    let all = '';
    for (const p of pages) ends.push((all += p).length);
    const pageAt = (index: number) => ends.findIndex((end) => index < end);
    let cursor = ends[0]!;
    expect(headed.length).toBeGreaterThanOrEqual(15);
    for (const { heading, follower } of headed) {
      const at = all.indexOf(squash(heading), cursor);
      expect(at, `heading "${heading}" not found in order`).toBeGreaterThanOrEqual(0);
      cursor = at + squash(heading).length;
      const next = all.indexOf(squash(follower), cursor);
      expect(next, `"${follower}" after "${heading}" not found`).toBeGreaterThanOrEqual(0);
      expect(pageAt(next), `"${heading}" is at the foot of page ${pageAt(at) + 1}`).toBe(pageAt(at));
    }
    app.expectNoProblems();
  });
});

describe('the report with its place among other municipalities', () => {
  it('names the group and has no axe violation, in Swedish and in English', async () => {
    const { page } = app;
    await openReport(page);
    const section = page.getByRole('region', { name: 'Jämfört med andra kommuner' });
    expect(await section.innerText()).toMatch(
      /Jämförelsegruppen är 4 andra kommuners publicerade omgångar från 2025/,
    );
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'In English' }).click();
    const english = page.getByRole('region', { name: 'Compared with other municipalities' });
    await english.getByRole('table', { name: /^Your municipality's place among/ }).waitFor();
    expect(await english.innerText()).toMatch(/The comparison group is 4 other municipalities' published/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapport: Exempelkommun 2025' }).waitFor();
    app.expectNoProblems();
  });
});
