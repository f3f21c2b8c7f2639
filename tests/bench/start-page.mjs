// Cold load → start page interactive, and the JavaScript the start page loads (issue 18, item 6).
//
//   node tests/bench/start-page.mjs
//
// builds the production app (into BENCH_DIST, by default a folder under the system's temp
// directory, never dist/), serves it with Vite's preview server on 127.0.0.1 (port 0), drives
// Debian's Chromium headless through playwright-core and prints one table (median, p95, min,
// max). BENCH_NO_BUILD=1 measures BENCH_DIST as it is; BENCH_BEFORE_DIST=<folder> also serves an
// earlier build and measures both, run by run in turn (before, after, before, …), so load on the
// machine falls on both alike; START_BENCH_RUNS sets the runs per build (default 9).
// tests/bench/bench.mjs can import startPageMeasures(browser, base) and add its rows to its table.
// Benchmarks print figures; they never fail on wall time (the byte budget is enforced by
// tests/e2e/budget.test.ts).
//
// ─── What is measured (change here when the start page changes) ─────────────────────────────────
// Every run is a cold load: a new browser context (empty HTTP cache, no IndexedDB, no
// localStorage) with service workers blocked, opening `#/`. Times are taken inside the page, from
// navigation start (performance.timeOrigin), by an observer injected before the app's scripts, so
// the test driver's round trips are not in them.
//
// - first contentful paint: the browser's own `first-contentful-paint` entry.
// - heading shown: when the level-1 heading HEADING is first painted. The observer marks the
//   heading, as soon as React puts it in the page (before that frame is painted), with an
//   `elementtiming` attribute, and the browser's Element Timing entry gives the paint time. Its
//   insertion into the DOM would be too early: on a busy main thread the paint comes much later.
// - interactive: the start page is interactive when its heading shows AND one of its controls
//   answers a real click. "In the DOM" is not enough: a link still works as a plain link before
//   React handles it, so the control must be one only the app's JavaScript can answer: the
//   language switch (SWITCH). As soon as the heading and the switch are both painted (the switch
//   enabled, its paint time taken the same way), the driver clicks the switch with a real mouse click (through Chromium's input
//   pipeline, no actionability waits), and the page records when the app answered it: `<html
//   lang>` changing or the switch's own text changing, whichever comes first. Then
//
//     interactive = max(heading shown, switch shown) + (answered − click.timeStamp)
//
//   i.e. the moment the page is ready to be used plus how long it takes to answer the first click
//   (input delay while the main thread is busy, then the handler). The driver's own reaction time
//   (seeing the page ready, sending the click) is left out, as a person's would be. If the app
//   answers the switch only once the other language's strings have loaded, that load is part of
//   the answer, as a user sees it; the click → answer row shows how much of the total it is.
// - JavaScript loaded: every script the start page loads (gzip, as the budget test counts it),
//   from a separate cold load that is not clicked (the click switches language, which may load
//   more), until the page has settled: the catalogue and the next step are shown and no script
//   is on its way. This first load also warms the server; it is not timed.
import { cpus } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = join(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** As in tests/bench/bench.mjs. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RUNS = Number(process.env.START_BENCH_RUNS ?? 9);

/** The start page's heading in a fresh profile (Swedish, the default language). */
const HEADING = 'Välkommen till eBlomlådan';
/** The language switch's text in a fresh profile: a control only the app's JavaScript answers. */
const SWITCH = 'In English';
/** Shown once the catalogue is read: the links to the bundled questionnaires. */
const CATALOGUE_LINK = /^Läs eBlomlådan /;
/** Shown once the next step is known (read from IndexedDB): in a fresh profile, choose a municipality. */
const NEXT_STEP = 'Kom igång: välj din kommun';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
/** The same row as summarise() in tests/bench/bench.mjs. */
function summarise(name, unit, values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    name,
    unit,
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/**
 * Injected before any of the app's scripts: records, from navigation start, when the heading and
 * the switch are first shown, when a trusted click arrives and when the app answers it.
 * Self-contained: it is sent to the page as source.
 */
function observeStartPage({ heading, control }) {
  const marks = { heading: undefined, control: undefined, clickAt: undefined, answered: undefined };
  window.__startPageBench = marks;
  const shown = (element) => (element.checkVisibility ? element.checkVisibility() : true);
  // Element Timing: the browser reports when an element's text is first painted.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const at = entry.renderTime || entry.loadTime;
      if (entry.identifier === 'bench-heading' && marks.heading === undefined) marks.heading = at;
      if (entry.identifier === 'bench-control' && marks.control === undefined) marks.control = at;
    }
  }).observe({ type: 'element', buffered: true });
  let headingElement;
  let controlElement;
  const check = () => {
    if (!headingElement)
      for (const h1 of document.querySelectorAll('h1'))
        if (h1.textContent.trim() === heading && shown(h1)) {
          h1.setAttribute('elementtiming', 'bench-heading');
          headingElement = h1;
        }
    if (!controlElement)
      for (const button of document.querySelectorAll('button'))
        if (button.textContent.trim() === control && !button.disabled && shown(button)) {
          button.setAttribute('elementtiming', 'bench-control');
          controlElement = button;
        }
    if (marks.clickAt !== undefined && marks.answered === undefined) {
      const langChanged = document.documentElement.lang !== marks.langAtClick;
      const textChanged = !controlElement?.isConnected || controlElement.textContent.trim() !== control;
      if (langChanged || textChanged) marks.answered = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['lang', 'disabled', 'hidden', 'class', 'style'],
  });
  window.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || marks.clickAt !== undefined) return;
      marks.clickAt = event.timeStamp;
      marks.langAtClick = document.documentElement.lang;
    },
    true,
  );
}

const readMarks = (page) => page.evaluate(() => ({ ...window.__startPageBench }));

/** One timed cold load in a fresh context; returns the page's own times (ms from navigation start). */
async function timedLoad(browser, base) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await context.addInitScript(observeStartPage, { heading: HEADING, control: SWITCH });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${base}#/`);
    const control = page.getByRole('button', { name: SWITCH, exact: true });
    await page.waitForFunction(() => {
      const m = window.__startPageBench;
      return m.heading !== undefined && m.control !== undefined;
    });
    // Main-thread work until the page was ready (CPU time, so less swayed by a busy machine).
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => 1000 * (metrics.find((m) => m.name === name)?.value ?? Number.NaN);
    const box = await control.boundingBox();
    if (!box) throw new Error(`the start page's "${SWITCH}" button has no box`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.__startPageBench.answered !== undefined);
    const marks = await readMarks(page);
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    const ready = Math.max(marks.heading, marks.control);
    const answer = marks.answered - marks.clickAt;
    return {
      fcp,
      heading: marks.heading,
      interactive: ready + answer,
      answer,
      script: metric('ScriptDuration'),
      tasks: metric('TaskDuration'),
    };
  } finally {
    await context.close();
  }
}

/**
 * The scripts a cold, untouched start page loads until it has settled (catalogue and next step
 * shown, no script on its way), with raw and gzip sizes, as tests/e2e/budget.test.ts counts them.
 */
async function scriptBytes(browser, base) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const files = new Map();
    const inFlight = new Set();
    const reading = [];
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
            files.set(new URL(response.url()).pathname, { raw: body.length, gzip: gzipSync(body).length });
            inFlight.delete(request);
          },
          () => inFlight.delete(request),
        ),
      );
    });
    await page.goto(`${base}#/`);
    await page.getByRole('heading', { level: 1, name: HEADING }).waitFor();
    await page.getByRole('link', { name: CATALOGUE_LINK }).first().waitFor();
    await page.getByRole('link', { name: NEXT_STEP }).waitFor();
    await page.waitForFunction(() => document.readyState === 'complete');
    while (inFlight.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all(reading);
    let raw = 0;
    let gzip = 0;
    for (const file of files.values()) {
      raw += file.raw;
      gzip += file.gzip;
    }
    return { raw, gzip, files };
  } finally {
    await context.close();
  }
}

/** Rows for one build from its runs and its bytes; `label` (e.g. "before") is added to each name. */
function rowsOf(runs, bytes, label) {
  const suffix = label ? ` (${label})` : '';
  const timed = [
    ['cold load → first contentful paint', 'fcp'],
    ['cold load → start page heading shown', 'heading'],
    ['cold load → start page interactive', 'interactive'],
    ['start page: click on the language switch → answered', 'answer'],
    ['start page: main-thread tasks until ready (CPU time)', 'tasks'],
    ['start page: of which script (CPU time)', 'script'],
  ];
  return [
    ...timed.map(([name, key]) =>
      summarise(
        `${name}${suffix}`,
        'ms',
        runs.map((r) => r[key]),
      ),
    ),
    summarise(`start page JavaScript, gzip (${bytes.files.size} files)${suffix}`, 'kB', [bytes.gzip / 1024]),
    summarise(`start page JavaScript, raw${suffix}`, 'kB', [bytes.raw / 1024]),
  ];
}

/**
 * Cold load → start page interactive (`runs` fresh contexts) and the JavaScript the start page
 * loads, for the app served at `base` (ending in `/`). Returns rows shaped like summarise() in
 * tests/bench/bench.mjs.
 */
export async function startPageMeasures(browser, base, { runs = RUNS, label } = {}) {
  const bytes = await scriptBytes(browser, base);
  const timed = [];
  for (let i = 0; i < runs; i++) timed.push(await timedLoad(browser, base));
  return rowsOf(timed, bytes, label);
}

/** Both builds, one run of each in turn (the order swapped every round), then rows for each. */
async function beforeAndAfter(browser, beforeBase, afterBase, runs) {
  const bytes = {
    before: await scriptBytes(browser, beforeBase),
    after: await scriptBytes(browser, afterBase),
  };
  const timed = { before: [], after: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const which of order)
      timed[which].push(await timedLoad(browser, which === 'before' ? beforeBase : afterBase));
  }
  const ratios = timed.after.map((after, i) => after.interactive / timed.before[i].interactive);
  return [
    ...rowsOf(timed.before, bytes.before, 'before'),
    ...rowsOf(timed.after, bytes.after, 'after'),
    summarise('cold load → start page interactive, after/before in the same round', 'ratio', ratios),
  ];
}

const loadavg = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim();
  } catch {
    return 'unknown';
  }
};

async function serve(outDir) {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  return { server, base: `http://127.0.0.1:${server.httpServer.address().port}/` };
}

async function main() {
  const outDir = process.env.BENCH_DIST ?? join(tmpdir(), 'eblomladan-bench-start-page');
  if (!process.env.BENCH_NO_BUILD) {
    console.log(`Building the production app into ${outDir} …`);
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  }
  const beforeDir = process.env.BENCH_BEFORE_DIST;
  const servers = [];
  let browser;
  const before = loadavg();
  let rows;
  try {
    const after = await serve(outDir);
    servers.push(after.server);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    if (beforeDir) {
      const earlier = await serve(beforeDir);
      servers.push(earlier.server);
      rows = await beforeAndAfter(browser, earlier.base, after.base, RUNS);
    } else {
      rows = await startPageMeasures(browser, after.base);
    }
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
  }
  const fmt = (v, unit) => (typeof v !== 'number' ? String(v) : v.toFixed(unit === 'ratio' ? 2 : 1));
  console.log(
    `\neBlomlådan start page, ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}`,
  );
  console.log(`build: ${outDir}${beforeDir ? `; before: ${beforeDir}` : ''}`);
  console.log(`/proc/loadavg before: ${before}; after: ${loadavg()}\n`);
  console.log('| measure | unit | n | median | p95 | min | max |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.unit} | ${r.n} | ${fmt(r.median, r.unit)} | ${fmt(r.p95, r.unit)} | ${fmt(r.min, r.unit)} | ${fmt(r.max, r.unit)} |`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
