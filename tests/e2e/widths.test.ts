/**
 * Every view at a phone's, a tablet's and a laptop's width (320, 640 and 1280 px), with real
 * content: two answered rounds, an action in the plan and other municipalities' rounds. At each
 * width no page is wider than the window (a table may scroll inside its own labelled region), no
 * table cell breaks a word in the middle, and a table that scrolls keeps its first column in view.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoAxeViolations,
  launchBrowserForFile,
  openApp,
  type AppPage,
} from './support/browser';
import { COMPARE_VIEWS } from '../../src/ui/paths';
import { chooseMunicipality, indicator, openPart, startRound } from './support/rounds';

const browser = launchBrowserForFile();
const dataset = mkdtempSync(join(tmpdir(), 'eblomladan-widths-'));
afterAll(() => rmSync(dataset, { recursive: true, force: true }));

const COMMENT = 'Ansökan finns som e-tjänst, uppsägning görs fortfarande på papper';
const OWNER = 'Förvaltningschef för barn och utbildning';
const EVIDENCE =
  'https://www.ale.se/barn-och-utbildning/forskola-och-pedagogisk-omsorg/ansokan-om-plats.html';

interface View {
  name: string;
  route: string;
  /** What shows once the view has read its data. */
  ready: (page: Page) => Locator;
}

let app: AppPage;
let views: View[];

/** Answers some indicators of a part (the first with a comment and a link, if given) and waits until saved. */
async function answer(
  page: Page,
  roundId: string,
  section: string,
  answers: string[],
  notes?: { comment: string; evidence: string },
) {
  await openPart(page, roundId, section);
  for (const [i, name] of answers.entries()) {
    await indicator(page, i + 1)
      .getByRole('radio', { name })
      .check();
  }
  if (notes) {
    await indicator(page, 1).getByRole('textbox', { name: 'Kommentar' }).fill(notes.comment);
    const evidence = indicator(page, 1).getByRole('textbox', { name: 'Underlag (länk)' });
    await evidence.fill(notes.evidence);
    await evidence.blur();
  }
  await page
    .getByRole('status')
    .filter({ hasText: /^Sparat/ })
    .first()
    .waitFor();
}

beforeAll(async () => {
  // Three other municipalities' rounds of 2025, for "Jämför med andra".
  execFileSync('node', [
    join(import.meta.dirname, '../../scripts/make-national-dataset.mjs'),
    ...['--out', dataset, '--municipalities', '3', '--years', '1', '--last-year', '2025'],
  ]);
  app = await openApp(browser(), '/');
  const { page } = app;
  await chooseMunicipality(page, 'Ale');
  const earlier = await startRound(page, { year: 2024 });
  await answer(page, earlier, 'barn-elever', ['Uppfyller inte alls', 'Uppfyller delvis']);
  const later = await startRound(page, { year: 2025 });
  await answer(page, later, 'barn-elever', ['Uppfyller delvis', 'Uppfyller helt', 'Uppfyller inte alls'], {
    comment: COMMENT,
    evidence: EVIDENCE,
  });

  // An action in the later round's plan.
  await page.goto(`${baseURL()}#/omgangar/${later}/handlingsplan`);
  await page.getByRole('button', { name: /^Planera åtgärd för Vårdnadshavare kan ansöka om/ }).click();
  await page.getByRole('group', { name: 'Förslag på aktiviteter' }).getByRole('button').first().click();
  await page.getByRole('textbox', { name: 'Ansvarig' }).fill(OWNER);
  await page.getByLabel('Klart senast').fill('2025-12-31');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pågår' });
  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await page.getByRole('table', { name: 'Handlingsplanens åtgärder' }).getByRole('row').nth(1).waitFor();

  await page.goto(`${baseURL()}#/oppna`);
  await page.getByLabel('Välj filer').setInputFiles(readdirSync(dataset).map((name) => join(dataset, name)));
  await page.getByRole('button', { name: 'Läs in' }).click();
  await page.getByText('Klart. Allt är inläst.').waitFor();

  const table = (name: string | RegExp) => (p: Page) => p.getByRole('table', { name }).first();
  const heading = (name: string | RegExp) => (p: Page) => p.getByRole('heading', { level: 1, name });
  const ids = `${earlier},${later}`;
  views = [
    { name: 'start', route: '/', ready: heading(/./) },
    { name: 'rounds', route: '/omgangar', ready: table(/./) },
    { name: 'round overview', route: `/omgangar/${later}`, ready: table(/./) },
    { name: 'answer a part', route: `/omgangar/${later}/barn-elever`, ready: (p) => indicator(p, 1) },
    { name: 'flower box', route: `/blomlada/${later}`, ready: table(/./) },
    ...COMPARE_VIEWS.map((compare) => ({
      name: `compare: ${compare}`,
      route: `/jamfor/${compare}/${ids}`,
      // Two of them show pictures, the others tables.
      ready:
        compare === 'sida-vid-sida' || compare === 'overlagg'
          ? (p: Page) =>
              p
                .getByRole('main')
                .getByRole('img', { name: /^Blomlåda/ })
                .first()
          : table(/./),
    })),
    { name: 'compare with others', route: '/jamfor-med-andra', ready: table(/Poäng per del/) },
    {
      name: 'action plan',
      route: `/omgangar/${later}/handlingsplan`,
      ready: table('Handlingsplanens åtgärder'),
    },
    // The report's last read is its place among the other municipalities' rounds.
    { name: 'report', route: `/omgangar/${later}/rapport`, ready: table(/^Er kommuns plats bland/) },
    { name: 'settings', route: '/installningar', ready: heading(/./) },
    { name: 'share', route: `/dela/${later}`, ready: heading(/2025$/) },
    { name: 'help', route: '/hjalp', ready: heading(/./) },
  ];
});

afterAll(async () => {
  await app?.context.close();
});

const view = (name: string) => views.find((v) => v.name === name)!;

/** What is wrong with the page as laid out now: too wide, words broken in cells, first columns scrolled away. */
function measure(): string[] {
  const problems: string[] = [];
  const viewport = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > viewport) {
    // Name the outermost elements that stick out, so the failure says where to look.
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''}`;
    const outermost = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > viewport + 1)
      .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= viewport + 1)
      .map((e) => `${name(e)} "${(e.textContent ?? '').trim().slice(0, 40)}"`);
    problems.push(`the page is ${scrollWidth} px wide in a ${viewport} px window: ${outermost.join(', ')}`);
  }

  // A word is what lies between spaces; a line may also break after a hyphen, a dash or a slash.
  for (const cell of document.querySelectorAll('th, td')) {
    if (cell.getClientRects().length === 0) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const word of text.matchAll(/[^\s\-–/]+[-–/]*/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const tops = rects.map((r) => r.top);
        if (rects.length > 1 && Math.max(...tops) - Math.min(...tops) > rects[0]!.height / 2) {
          problems.push(`"${word[0]}" is broken in the cell "${cell.textContent?.trim().slice(0, 60)}"`);
          break;
        }
      }
    }
  }

  // A table wider than its scrolling region keeps its first column in view when scrolled to its end.
  for (const region of document.querySelectorAll<HTMLElement>('.table-scroll')) {
    if (region.scrollWidth <= region.clientWidth || region.getClientRects().length === 0) continue;
    const before = region.scrollLeft;
    region.scrollLeft = region.scrollWidth;
    const box = region.getBoundingClientRect();
    for (const row of region.querySelectorAll('tr')) {
      const first = row.cells[0];
      if (!first) continue;
      const cell = first.getBoundingClientRect();
      if (cell.left < box.left - 1 || cell.right > box.right + 1) {
        problems.push(
          `the first column of "${region.getAttribute('aria-label')}" scrolls out of view ("${first.textContent?.trim().slice(0, 40)}")`,
        );
        break;
      }
    }
    region.scrollLeft = before;
  }
  return [...new Set(problems)];
}

/** Every element the plan's table shows, inside the plan's own box (not cut off by it). */
function planOutsideItsBox(): string[] {
  const table = [...document.querySelectorAll('table')].find(
    (t) => t.caption?.textContent === 'Handlingsplanens åtgärder',
  );
  if (!table) return ['no plan table'];
  const region = table.closest('.table-scroll') ?? table.parentElement!;
  const box = region.getBoundingClientRect();
  return [...table.querySelectorAll('th, td, button')]
    .filter((element) => {
      const r = element.getBoundingClientRect();
      return r.right > box.right + 1 || r.left < box.left - 1;
    })
    .map((element) => (element.textContent ?? '').trim().slice(0, 40));
}

async function visit(page: Page, view: View): Promise<void> {
  await page.goto(`${baseURL()}#${view.route}`);
  await view.ready(page).waitFor();
  // Tables folded away in <details> are laid out too.
  await page
    .locator('details')
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/** Visits every view at one width and fails with the problems of each, by view. */
async function checkWidth(width: number): Promise<Record<string, string[]>> {
  const { page } = app;
  await page.setViewportSize({ width, height: 900 });
  const found: Record<string, string[]> = {};
  for (const each of views) {
    await visit(page, each);
    const problems = await page.evaluate(measure);
    if (problems.length > 0) found[each.name] = problems;
  }
  return found;
}

describe('every view at 320, 640 and 1280 px', () => {
  for (const width of [320, 640, 1280]) {
    it(`at ${width} px no page is wider than the window and no table cell breaks a word`, async () => {
      const found = await checkWidth(width);
      expect(found, JSON.stringify(found, null, 2)).toEqual({});
      app.expectNoProblems();
    });
  }

  it('shows every column and button of the action plan inside its box at 1280 px', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, view('action plan'));
    expect(await page.evaluate(planOutsideItsBox)).toEqual([]);
    app.expectNoProblems();
  });

  it('has no axe violation on the report and the plan at 320 px', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 320, height: 900 });
    for (const name of ['report', 'action plan']) {
      await visit(page, view(name));
      await expectNoAxeViolations(page);
    }
    app.expectNoProblems();
  });
});
