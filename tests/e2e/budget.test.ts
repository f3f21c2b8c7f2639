import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { baseURL, openApp, launchBrowserForFile } from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound } from './support/rounds';

const browser = launchBrowserForFile();
/** The build under test (as tests/e2e/support/global-setup.ts serves it). */
const DIST_DIR = process.env.E2E_DIST ?? join(import.meta.dirname, '../../dist');

/** Largest amount of JavaScript, gzip, that the start page may load (issue 18: 120 kB; was 150). */
const START_PAGE_JS_BUDGET = 120 * 1024;

/** The interface strings, per language and namespace. */
const LOCALES_DIR = join(import.meta.dirname, '../../src/i18n/locales');
/** The namespaces the start page shows. */
const START_NAMESPACES = ['common', 'start'];

/**
 * Strings that tell a language's interface strings apart, from its own files: every string of
 * `namespaces` (the start page's unless given), at least 20 characters long, that the other
 * language does not have (a name such as "eBlomlådan" is the same in both). Written as is into the
 * chunks that carry them.
 */
function markers(language: 'sv' | 'en', namespaces: readonly string[] = START_NAMESPACES): string[] {
  const other = language === 'sv' ? 'en' : 'sv';
  const leaves = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(leaves)
        : [];
  const read = (lang: string, namespace: string) =>
    leaves(JSON.parse(readFileSync(join(LOCALES_DIR, lang, `${namespace}.json`), 'utf8')));
  return namespaces.flatMap((namespace) => {
    const others = new Set(read(other, namespace));
    // Placeholders, quotes and escapes may be written differently in a chunk: plain text only.
    return read(language, namespace).filter(
      (s) => s.length >= 20 && !others.has(s) && !/[{}"'`\\$\n]/.test(s),
    );
  });
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * Records the JavaScript files a page loads, by path, with raw and gzip sizes. `settled()` waits
 * until no script is still on its way and every body has been read: on a loaded machine a chunk
 * can arrive after the view's heading shows, and a body read when the page closes fails the run.
 */
function watchScripts(page: Page) {
  const scripts = new Map<string, { raw: number; gzip: number; text: string }>();
  const inFlight = new Set<Request>();
  const reading: Promise<void>[] = [];
  let measured = false;
  page.on('request', (request) => {
    if (request.resourceType() === 'script') inFlight.add(request);
  });
  page.on('requestfailed', (request) => inFlight.delete(request));
  page.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() !== 'script') return;
    reading.push(
      response.body().then(
        (body) => {
          scripts.set(new URL(response.url()).pathname, {
            raw: body.length,
            gzip: gzipSync(body).length,
            text: body.toString('utf8'),
          });
          inFlight.delete(request);
        },
        (error: unknown) => {
          inFlight.delete(request);
          // A script that starts loading after the measurement is not part of it.
          if (!measured) throw error;
        },
      ),
    );
  });
  return {
    scripts,
    settled: async () => {
      await expect.poll(() => inFlight.size).toBe(0);
      await Promise.all(reading);
    },
    /** Call before closing the page: later loads are outside the measurement. */
    done: () => {
      measured = true;
    },
  };
}

/** Waits until the start page shows its heading, the bundled questionnaires and the next step. */
async function startPageShown(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }).waitFor();
  await page
    .getByRole('link', { name: /^Läs eBlomlådan / })
    .first()
    .waitFor();
  await page.getByRole('link', { name: 'Kom igång: välj din kommun' }).waitFor();
}

/** Opens a route and returns the JavaScript files the page loaded, with raw and gzip sizes. */
async function scriptsLoaded(route: string, after?: (page: Page) => Promise<void>) {
  let watch: ReturnType<typeof watchScripts> | undefined;
  const app = await openApp(browser(), route, { beforeLoad: (page) => (watch = watchScripts(page)) });
  // Nothing in flight is not enough on a loaded machine: the entry may still be running, its
  // strings not yet asked for. The start page has loaded what it needs once all of it is shown.
  if (route === '/') await startPageShown(app.page);
  await watch!.settled();
  const before = new Set(watch!.scripts.keys());
  if (after) {
    await after(app.page);
    await watch!.settled();
  }
  watch!.done();
  app.expectNoProblems();
  await app.context.close();
  return { scripts: watch!.scripts, before };
}

describe('byte budget', () => {
  it(`the start page loads at most ${kB(START_PAGE_JS_BUDGET)} of JavaScript (gzip)`, async () => {
    const { scripts } = await scriptsLoaded('/');
    const total = [...scripts.values()].reduce((sum, s) => sum + s.gzip, 0);
    const lines = [...scripts].map(([path, s]) => `  ${path}: ${kB(s.raw)} raw, ${kB(s.gzip)} gzip`);
    console.log(`Start page JavaScript: ${kB(total)} gzip in ${scripts.size} files\n${lines.join('\n')}`);
    expect(scripts.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(START_PAGE_JS_BUDGET);
  });

  it('the start page loads the strings of its own language only, Swedish or English', async () => {
    const swedish = markers('sv');
    const english = markers('en');
    expect(swedish.length).toBeGreaterThan(5);
    expect(english.length).toBeGreaterThan(5);
    /** The loaded scripts that carry any of `strings`, by file name. */
    const carrying = (scripts: Map<string, { text: string }>, strings: string[]) =>
      [...scripts]
        .filter(([, s]) => strings.some((marker) => s.text.includes(marker)))
        .map(([path]) => path.replace(/^.*\//, ''));

    // A fresh browser opens in Swedish.
    let watch: ReturnType<typeof watchScripts> | undefined;
    const app = await openApp(browser(), '/', { beforeLoad: (page) => (watch = watchScripts(page)) });
    await startPageShown(app.page);
    await watch!.settled();
    watch!.done();
    // What the Swedish page loaded; the switch below may load more.
    const inSwedish = new Map(watch!.scripts);
    // The user chooses English, which is remembered; the start page is then opened anew.
    await app.page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const page = await app.context.newPage();
    const englishWatch = watchScripts(page);
    await page.goto(`${baseURL()}#/`);
    await page.getByRole('heading', { level: 1, name: 'Welcome to eBlomlådan' }).waitFor();
    await englishWatch.settled();
    englishWatch.done();
    const inEnglish = englishWatch.scripts;
    console.log(
      `Start page strings: Swedish in ${carrying(inSwedish, swedish).join(', ')}; English in ${carrying(inEnglish, english).join(', ')}`,
    );
    expect(carrying(inSwedish, swedish).length).toBeGreaterThan(0);
    expect(carrying(inSwedish, english)).toEqual([]);
    expect(carrying(inEnglish, english).length).toBeGreaterThan(0);
    expect(carrying(inEnglish, swedish)).toEqual([]);
    app.expectNoProblems();
    await app.context.close();
  });

  // The view's strings start loading before i18next does (app/strings-early.ts): in the language
  // remembered, never in the default one first.
  it('a view opened cold in English loads its strings in English only', async () => {
    const namespaces = ['common', 'about'];
    const swedish = markers('sv', namespaces);
    const english = markers('en', namespaces);
    expect(swedish.length).toBeGreaterThan(5);
    expect(english.length).toBeGreaterThan(5);
    const app = await openApp(browser(), '/om');
    await app.page.getByRole('heading', { level: 1, name: 'Om eBlomlådan' }).waitFor();
    await app.page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Opened anew in a second tab, with an empty cache: every file comes from the server.
    const page = await app.context.newPage();
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const watch = watchScripts(page);
    await page.goto(`${baseURL()}#/om`);
    await page.getByRole('heading', { level: 1, name: 'About eBlomlådan' }).waitFor();
    await watch.settled();
    watch.done();
    const texts = [...watch.scripts.values()].map((script) => script.text);
    expect(texts.some((text) => english.some((marker) => text.includes(marker)))).toBe(true);
    expect(swedish.filter((marker) => texts.some((text) => text.includes(marker)))).toEqual([]);
    app.expectNoProblems();
    await app.context.close();
  });

  it('lists the extra JavaScript each other view loads on demand', async () => {
    const report: string[] = [];
    for (const [name, link, heading] of [
      ['questionnaire', 'Läs eBlomlådan 2016', 'eBlomlådan 2016'],
      ['about', 'Om eBlomlådan', 'Om eBlomlådan'],
      ['accessibility', 'Tillgänglighetsredogörelse', 'Tillgänglighetsredogörelse'],
      ['open file', 'Öppna fil', 'Öppna fil'],
      ['guide', 'Guiden: kom igång', 'Kom igång med eBlomlådan'],
      ['help', 'Hjälp', 'Arbeta med eBlomlådan'],
      ['example', 'Visa ett exempel', 'Visa ett exempel'],
    ] as const) {
      const { scripts, before } = await scriptsLoaded('/', async (page) => {
        await page.getByRole('link', { name: link }).first().click();
        // The heading shows only once the view's chunk has arrived.
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      });
      const extra = [...scripts].filter(([path]) => !before.has(path));
      const gzip = extra.reduce((sum, [, s]) => sum + s.gzip, 0);
      report.push(
        `  ${name}: +${kB(gzip)} gzip (${extra.map(([path]) => path.replace(/^.*\//, '')).join(', ')})`,
      );
      expect(extra.length, `${name} should load its own chunk on demand`).toBeGreaterThan(0);
    }
    console.log(`Extra JavaScript per view:\n${report.join('\n')}`);
  });

  it('lists the JavaScript each view of a round loads, beyond the start page, opened cold', async () => {
    const app = await openApp(browser(), '/');
    await chooseMunicipality(app.page, 'Ale');
    const earlier = await startRound(app.page, { year: 2025 });
    const later = await startRound(app.page, { year: 2026 });
    await openPart(app.page, later, 'barn-elever');
    await indicator(app.page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
    /** Scripts a new page of the same browser profile loads when opened straight at `route`. */
    const cold = async (route: string, ready: (page: Page) => Promise<void>) => {
      const page = await app.context.newPage();
      const watch = watchScripts(page);
      await page.goto(`${baseURL()}#${route}`);
      await ready(page);
      await watch.settled();
      watch.done();
      await page.close();
      return watch.scripts;
    };
    const heading = (name: string | RegExp) => (page: Page) =>
      page.getByRole('heading', { level: 1, name }).waitFor();
    const start = await cold('/', heading('Välkommen till eBlomlådan'));
    const report: string[] = [];
    const loaded = new Set(start.keys());
    for (const [name, route, ready] of [
      ['rounds', '/omgangar', heading(/^Omgångar för Ale/)],
      ['round overview', `/omgangar/${later}`, heading('Omgång 2026')],
      ['answer a part', `/omgangar/${later}/barn-elever`, heading('Barn och elever')],
      ['flower box', `/blomlada/${later}`, heading('Blomlådan 2026')],
      ['share and export', `/dela/${later}`, heading('Dela och exportera: 2026')],
      ['backup', '/sakerhetskopia', heading('Säkerhetskopia')],
      [
        'compare',
        `/jamfor/andringar/${earlier},${later}`,
        (page: Page) => page.getByText('Jämför 2025 med 2026.').waitFor(),
      ],
      ['compare with others', '/jamfor-med-andra', heading('Jämför med andra kommuner')],
      ['action plan', `/omgangar/${later}/handlingsplan`, heading('Handlingsplan 2026')],
      ['report', `/omgangar/${later}/rapport`, heading('Rapport: Ale 2026')],
    ] as const) {
      const scripts = await cold(route, ready);
      for (const path of scripts.keys()) loaded.add(path);
      const extra = [...scripts].filter(([path]) => !start.has(path));
      const gzip = extra.reduce((sum, [, size]) => sum + size.gzip, 0);
      report.push(
        `  ${name}: +${kB(gzip)} gzip (${extra.map(([path]) => path.replace(/^.*\//, '')).join(', ')})`,
      );
      expect(extra.length, `${name} should load its own chunk on demand`).toBeGreaterThan(0);
    }
    console.log(`Extra JavaScript per round view, opened cold:\n${report.join('\n')}`);
    // The relay's provider (y-websocket) loads only for a shared round: none of these is.
    const withProvider = [...loaded].filter((path) =>
      readFileSync(join(DIST_DIR, path.replace(/^.*\/assets\//, 'assets/')), 'utf8').includes('wsconnected'),
    );
    expect(withProvider).toEqual([]);
    app.expectNoProblems();
    await app.context.close();
  });
});
