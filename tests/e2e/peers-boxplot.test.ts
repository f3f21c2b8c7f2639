/**
 * The box plot of "Jämför med andra" at a phone's, a tablet's and a laptop's width (320, 640 and
 * 1280 px), with other municipalities' rounds held: every text of the picture lies inside the
 * picture (no label cut off), is drawn at least 12 CSS px high, every part's full name is there,
 * the 0–1 scale is labelled, and the page is no wider than the window. In Swedish and in English
 * (whose part names are the longest).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoAxeViolations,
  launchBrowserForFile,
  openApp,
  type AppPage,
} from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound } from './support/rounds';

const browser = launchBrowserForFile();
const dataset = mkdtempSync(join(tmpdir(), 'eblomladan-peers-boxplot-'));
afterAll(() => rmSync(dataset, { recursive: true, force: true }));

/** The part names of the questionnaire the round is on (the newest, 2016). */
const sections: { title: { sv: string; en: string } }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../questionnaires/eblomladan-2016.json'), 'utf8'),
).sections;

let app: AppPage;

beforeAll(async () => {
  execFileSync('node', [
    join(import.meta.dirname, '../../scripts/make-national-dataset.mjs'),
    ...['--out', dataset, '--municipalities', '5', '--years', '1', '--last-year', '2025'],
  ]);
  app = await openApp(browser(), '/');
  const { page } = app;
  await chooseMunicipality(page, 'Ale');
  const roundId = await startRound(page, { year: 2025 });
  await openPart(page, roundId, 'barn-elever');
  await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
  await indicator(page, 2).getByRole('radio', { name: 'Uppfyller delvis' }).check();
  await page
    .getByRole('status')
    .filter({ hasText: /^Sparat/ })
    .first()
    .waitFor();

  await page.goto(`${baseURL()}#/oppna`);
  await page.getByLabel('Välj filer').setInputFiles(readdirSync(dataset).map((name) => join(dataset, name)));
  await page.getByRole('button', { name: 'Läs in' }).click();
  await page.getByText('Klart. Allt är inläst.').waitFor();
});

afterAll(async () => {
  await app?.context.close();
});

interface Measured {
  viewport: number;
  pageWidth: number;
  picture: { left: number; right: number; top: number; bottom: number };
  texts: {
    text: string;
    fontPx: number;
    rect: { left: number; right: number; top: number; bottom: number };
  }[];
}

/** Every text of the box plot as drawn: its words, its box on the screen and its font's height in CSS px. */
function measure(): Measured {
  const svg = document.querySelector<SVGSVGElement>('svg.peer-spread')!;
  const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
  return {
    viewport: window.innerWidth,
    pageWidth: document.documentElement.scrollWidth,
    picture: box(svg.getBoundingClientRect()),
    texts: [...svg.querySelectorAll('text')].map((text) => {
      const lines = [...text.querySelectorAll('tspan')];
      const words = lines.length > 0 ? lines.map((line) => line.textContent).join(' ') : text.textContent;
      // The font size in the picture's units, times the picture's scale to the screen.
      const scale = text.getScreenCTM()!.d;
      return {
        text: (words ?? '').trim(),
        fontPx: parseFloat(getComputedStyle(text).fontSize) * scale,
        rect: box(text.getBoundingClientRect()),
      };
    }),
  };
}

/** What a reader would find wrong with the picture: text cut off or too small, the page too wide. */
function problems(measured: Measured): string[] {
  const found: string[] = [];
  const { picture } = measured;
  if (measured.pageWidth > measured.viewport) {
    found.push(`the page is ${measured.pageWidth} px wide in a ${measured.viewport} px window`);
  }
  for (const { text, fontPx, rect } of measured.texts) {
    if (fontPx < 12) found.push(`"${text}" is ${fontPx.toFixed(1)} px high`);
    const inside =
      rect.left >= picture.left - 0.5 &&
      rect.right <= picture.right + 0.5 &&
      rect.top >= picture.top - 0.5 &&
      rect.bottom <= picture.bottom + 0.5;
    if (!inside) {
      found.push(
        `"${text}" (${Math.round(rect.left)}–${Math.round(rect.right)}) is cut off by the picture (${Math.round(picture.left)}–${Math.round(picture.right)})`,
      );
    }
  }
  return found;
}

/**
 * Opens "Jämför med andra" at a width and waits until nothing is wrong with the picture (it is
 * laid out once the view has measured its width); fails with what is still wrong if that never
 * comes. Returns the picture's texts as then drawn.
 */
async function openAt(width: number, table: RegExp): Promise<string[]> {
  const { page } = app;
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${baseURL()}#/jamfor-med-andra`);
  await page.getByRole('table', { name: table }).waitFor();
  await expect
    .poll(async () => problems(await page.evaluate(measure)), { message: `at ${width} px` })
    .toEqual([]);
  return (await page.evaluate(measure)).texts.map((t) => t.text);
}

describe('the box plot of "Jämför med andra" at every width', () => {
  for (const width of [320, 640, 1280]) {
    it(`at ${width} px shows every part's full name and the 0–1 scale, inside the picture and at least 12 px high`, async () => {
      const texts = await openAt(width, /^Poäng per del/);
      for (const { title } of sections) expect(texts).toContain(title.sv);
      for (const tick of ['0', '0,25', '0,5', '0,75', '1']) expect(texts).toContain(tick);
      app.expectNoProblems();
    });
  }

  it('does the same in English, whose part names are longer, and has no axe violation at 320 px', async () => {
    const { page } = app;
    await openAt(1280, /^Poäng per del/);
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare with other municipalities' }).waitFor();
    for (const width of [320, 640, 1280]) {
      const texts = await openAt(width, /^Score per part/);
      for (const { title } of sections) expect(texts).toContain(title.en);
      for (const tick of ['0', '0.25', '0.5', '0.75', '1']) expect(texts).toContain(tick);
    }
    await page.setViewportSize({ width: 320, height: 900 });
    await expectNoAxeViolations(page);
    // Back to Swedish for whatever runs next in this context.
    await page.getByRole('button', { name: 'På svenska' }).click();
    app.expectNoProblems();
  });
});
