// A part's answer page beside a plain React 19 floor page (issue 18, item 8), in one interleaved
// run in Chromium: opening a part's answer page cold until all its radio buttons are laid out,
// the first part the same way, a page turn from one part to the next, click → durable in
// IndexedDB on a cold page, and the app's lightest page (prose, no data) cold beside the same
// floor. Benchmarks print figures; they never fail on wall time.
//
//   node tests/bench/answer-page.mjs            builds the app and the floor, prints a table
//   BENCH_ANSWER_RUNS=7                         interleaved repeats (default 7)
//   BENCH_DIST=/tmp/x BENCH_NO_BUILD=1          build the app elsewhere / measure a build as it is
//
// bench.mjs may call answerPageMeasures(browser, base) for the same rows (summarise() shape).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = join(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RUNS = Number(process.env.BENCH_ANSWER_RUNS ?? 7);
/** Clicks timed per cold page in click → durable (the first of them is also reported alone). */
const CLICKS_PER_PAGE = 4;
/** The questionnaire a new round starts on (the newest bundled one) and the floor renders. */
const QUESTIONNAIRE = join(root, 'questionnaires/eblomladan-2016.json');
const FLOOR_SOURCE = join(import.meta.dirname, 'answer-floor');
/**
 * The app's lightest page, a prose page with no data (Om eBlomlådan): what any cold page of the
 * app costs before its own data and questions (the entry, i18next and its strings, the layout
 * and the stylesheet), beside the same floor.
 */
const LIGHTEST = {
  hash: '#/om',
  title: JSON.parse(readFileSync(join(root, 'src/i18n/locales/sv/about.json'), 'utf8')).title,
  radios: 0,
};

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
/** The same rows as bench.mjs summarise(). */
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
const median = (values) => summarise('', '', values).median;

const loadavg = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim();
  } catch {
    return 'n/a';
  }
};

/**
 * Injected into a page before its scripts (self-contained: sent as source). Passive probes for
 * the breakdown: every IndexedDB open (start, success) and transaction (stores, mode, start,
 * complete), and, once a frame from the first frame on, the page's milestones in ms since
 * navigation start: the first "Laddar …" status, the first radio button, and `ready`, the frame
 * in which all `expect.radios` radio buttons of a fieldset are in the page under the part's
 * title (`expect.title`, the h1) and the last one has a box (layout is forced only by that read,
 * in a frame that lays the page out anyway). With `expect.radios` 0 (the lightest page), `ready`
 * is the frame in which the title has a box.
 */
function answerProbes(expect) {
  const probe = (window.__answer = { opens: [], tx: [], marks: {} });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    const record = { name: args[0], start: performance.now() };
    probe.opens.push(record);
    const request = open.apply(this, args);
    request.addEventListener('success', () => (record.success = performance.now()));
    return request;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    const record = {
      stores: [].concat(args[0]).join(','),
      mode: args[1] ?? 'readonly',
      start: performance.now(),
    };
    probe.tx.push(record);
    tx.addEventListener('complete', () => (record.complete = performance.now()));
    return tx;
  };
  const check = () => {
    const now = performance.now();
    const marks = probe.marks;
    const status = document.querySelector('[role=status]');
    if (marks.loading === undefined && status && /Laddar|Loading/.test(status.textContent))
      marks.loading = now;
    const radios = document.querySelectorAll('fieldset input[type=radio]');
    if (marks.firstRadio === undefined && radios.length > 0) marks.firstRadio = now;
    const heading = document.querySelector('h1');
    const title = heading?.textContent.trim();
    if (radios.length === expect.radios && title === expect.title) {
      // A page without radios (the lightest page) is laid out when its heading is.
      const box = (expect.radios === 0 ? heading : radios[radios.length - 1]).getBoundingClientRect();
      if (box.height > 0) {
        probe.ready = now;
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * In the page: sets location.hash and resolves to the ms until the frame in which the part
 * titled `title` shows all its `radios` radio buttons laid out (as answerProbes' `ready`).
 */
function turnTo(page, { hash, radios, title }) {
  return page.evaluate(
    ({ hash, radios, title }) =>
      new Promise((resolve, reject) => {
        const start = performance.now();
        location.hash = hash;
        const check = () => {
          const now = performance.now();
          const shown = document.querySelectorAll('fieldset input[type=radio]');
          if (shown.length === radios && document.querySelector('h1')?.textContent.trim() === title) {
            if (shown[shown.length - 1].getBoundingClientRect().height > 0) return resolve(now - start);
          }
          if (now - start > 30_000) return reject(new Error(`page turn to ${hash}: never shown`));
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { hash, radios, title },
  );
}

/**
 * Opens `url` cold in a new page of `context`: the HTTP cache emptied first (service workers are
 * blocked for the whole profile), until all radio buttons of the part are laid out. Returns the
 * page (still open) and what the probes saw. Every script must come from the network: a cached
 * one would make the run warm, and the bench stops.
 */
async function openCold(context, url, expect) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await page.addInitScript(answerProbes, expect);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__answer?.ready !== undefined, null, {
    timeout: 30_000,
    polling: 50,
  });
  const seen = await page.evaluate(() => ({
    ...window.__answer,
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: new URL(r.name).pathname.replace(/^.*\//, ''),
      type: r.initiatorType,
      start: r.startTime,
      end: r.responseEnd,
      transfer: r.transferSize,
    })),
    document: (({ responseEnd, domContentLoadedEventEnd, loadEventEnd }) => ({
      responseEnd,
      domContentLoadedEventEnd,
      loadEventEnd,
    }))(performance.getEntriesByType('navigation')[0]),
  }));
  const cached = seen.resources.filter((r) => /\.(js|css)$/.test(r.name) && r.transfer === 0);
  if (cached.length > 0)
    throw new Error(`${url}: not cold, from cache: ${cached.map((r) => r.name).join(', ')}`);
  return { page, seen };
}

/** Chooses Ale and starts a round on the newest questionnaire through the interface; returns its id. */
async function newRound(page, base, year) {
  await page.goto(`${base}#/kommun`);
  await page.getByRole('searchbox').or(page.getByRole('textbox')).first().fill('Ale');
  await page
    .getByRole('button', { name: /^Välj Ale\b/ })
    .first()
    .click();
  await page.waitForURL(/#\/omgangar$/);
  await page.goto(`${base}#/omgangar/ny`);
  await page.getByRole('spinbutton', { name: 'År' }).fill(String(year));
  await page.getByRole('button', { name: 'Starta omgången' }).click();
  await page.waitForURL(/#\/omgangar\/[0-9a-f-]{36}$/);
  return decodeURIComponent(page.url().split('/').pop());
}

/** The parts of the round's stored questionnaire, in order: id, Swedish title, indicator ids. */
function storedParts(page, roundId) {
  return page.evaluate(
    (roundId) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('eblomladan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['rounds', 'questionnaires']);
          tx.objectStore('rounds').get(roundId).onsuccess = (e) => {
            tx.objectStore('questionnaires').get(e.target.result.questionnaireKey).onsuccess = (f) => {
              db.close();
              const { scale, sections } = f.target.result.questionnaire;
              const perIndicator = scale.options.length + (scale.notApplicable ? 1 : 0);
              resolve(
                sections.map((s) => ({
                  id: s.id,
                  title: s.title.sv,
                  indicators: s.indicators.map((i) => i.id),
                  radios: s.indicators.length * perIndicator,
                })),
              );
            };
          };
        };
      }),
    roundId,
  );
}

/*
 * Click → durable, read on a second IndexedDB connection (raw API, no app code) back to back
 * from the click event on, as bench.mjs DURABLE_PROBES does. `document`: y-dexie's update row
 * holding the indicator's rating key is committed in `$roundDocs.doc_updates` (what "Sparat"
 * waits for); `agreed`: the agreed answer is in `responses` (what other views read; it follows a
 * 100 ms debounce, storage/round-doc/save.ts).
 */
const PROBES = {
  document: (db, target) =>
    new Promise((resolve, reject) => {
      const needle = new TextEncoder().encode(`rating/${target.sectionId}/${target.indicatorId}/`);
      const has = (bytes) => {
        outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
          for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
          return true;
        }
        return false;
      };
      const rows = db
        .transaction('$roundDocs.doc_updates')
        .objectStore('$roundDocs.doc_updates')
        .index('k')
        .getAll(target.roundId);
      rows.onsuccess = () => resolve(rows.result.some((row) => has(new Uint8Array(row.u))));
      rows.onerror = () => reject(rows.error);
    }),
  agreed: (db, target) =>
    new Promise((resolve, reject) => {
      const get = db
        .transaction('responses')
        .objectStore('responses')
        .get([target.roundId, target.sectionId]);
      get.onsuccess = () => resolve(get.result?.answers?.[target.indicatorId]?.value === target.value);
      get.onerror = () => reject(get.error);
    }),
};

/**
 * Arms every probe in the page once it is idle: at the next click event (capture phase, before
 * the app's handlers) the clock starts and each probe is read back to back until true.
 * window.__durable resolves to { document, agreed } in ms. A probe already true stops the bench.
 */
async function armDurable(page, target) {
  const armed = await page.evaluate(`(async () => {
    const probes = { ${Object.entries(PROBES)
      .map(([name, probe]) => `${name}: ${probe.toString()}`)
      .join(', ')} };
    const target = ${JSON.stringify(target)};
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('eblomladan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.onversionchange = () => db.close();
    for (const [name, probe] of Object.entries(probes))
      if (await probe(db, target)) return (db.close(), name + ' already true before the click');
    await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
    window.__durable = new Promise((resolve, reject) => {
      window.addEventListener('click', () => {
        const t0 = performance.now();
        const times = {};
        Promise.all(Object.entries(probes).map(([name, probe]) => {
          const poll = () => probe(db, target).then((done) =>
            done ? (times[name] = performance.now() - t0) : poll());
          return poll();
        })).then(() => (db.close(), resolve(times)), (error) => (db.close(), reject(error)));
      }, { capture: true, once: true });
    });
    return 'armed';
  })()`);
  if (armed !== 'armed') throw new Error(`click → durable ${JSON.stringify(target)}: ${armed}`);
}

/** Builds the floor page (tests/bench/answer-floor/) with the questionnaire beside it; returns its folder. */
async function buildFloor() {
  const outDir = mkdtempSync(join(tmpdir(), 'eblomladan-answer-floor-'));
  await build({
    root: FLOOR_SOURCE,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [
      react(),
      {
        name: 'answer-floor-questionnaire',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'questionnaire.json',
            source: readFileSync(QUESTIONNAIRE),
          });
        },
      },
    ],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

/**
 * The answer page measures, in one interleaved run: each repeat runs every case (app and floor
 * alternate which goes first), in one fresh Chromium profile on disk (IndexedDB as a user's),
 * with service workers blocked and the HTTP cache emptied before every cold page. The app holds
 * Ale with two rounds on the newest questionnaire: one only opened (the page measures), one
 * answered by the clicks. `browser` is used for its browser type only (a persistent profile
 * needs its own launch). Returns summarise() rows; `details` gets every run's figures.
 */
export async function answerPageMeasures(browser, base, { runs = RUNS, details } = {}) {
  const floorDir = await buildFloor();
  const floor = await preview({
    root: FLOOR_SOURCE,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: floorDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const floorBase = `http://127.0.0.1:${floor.httpServer.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'eblomladan-bench-answer-'));
  const context = await (browser?.browserType() ?? chromium).launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: FLAGS,
    serviceWorkers: 'block',
  });
  const side = () => ({ largest: [], first: [], turn: [], probes: [] });
  const figures = {
    app: side(),
    floor: side(),
    lightest: [],
    durable: { document: [], agreed: [], firstDocument: [], firstAgreed: [] },
  };
  try {
    const setup = context.pages()[0] ?? (await context.newPage());
    const year = new Date().getFullYear();
    const opened = await newRound(setup, base, year);
    const answered = await newRound(setup, base, year - 1);
    const parts = await storedParts(setup, opened);
    await setup.close();
    const largest = parts.reduce((a, b) => (b.indicators.length > a.indicators.length ? b : a));
    const [first, second] = parts;
    const url = {
      app: (roundId, part) => `${base}#/omgangar/${roundId}/${part.id}`,
      floor: (_, part) => `${floorBase}#/${part.id}`,
    };

    /** Cold open of `part`, then (`turns`) a page turn through every later part. */
    const visit = async (side, part, turns) => {
      const { page, seen } = await openCold(context, url[side](opened, part), part);
      const turned = [];
      if (turns)
        for (const next of parts.slice(parts.indexOf(part) + 1)) {
          const hash = new URL(url[side](opened, next)).hash;
          turned.push(await turnTo(page, { hash, radios: next.radios, title: next.title }));
        }
      await page.close();
      return { ready: seen.ready, seen, turned };
    };
    // Not timed: each round opened once (the app writes a round's document when first opened).
    for (const roundId of [opened, answered])
      await (await openCold(context, url.app(roundId, largest), largest)).page.close();
    await (await openCold(context, url.floor(opened, largest), largest)).page.close();
    await (await openCold(context, `${base}${LIGHTEST.hash}`, LIGHTEST)).page.close();

    const clicked = new Set();
    for (let i = 0; i < runs; i++) {
      const sides = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
      for (const side of sides) {
        const big = await visit(side, largest, false);
        figures[side].largest.push(big.ready);
        figures[side].probes.push(big.seen);
      }
      const light = await openCold(context, `${base}${LIGHTEST.hash}`, LIGHTEST);
      figures.lightest.push(light.seen.ready);
      await light.page.close();
      for (const side of sides) {
        const start = await visit(side, first, true);
        figures[side].first.push(start.ready);
        figures[side].turn.push(...start.turned);
      }
      // Click → durable on a cold page of the answered round, a part per repeat, fresh indicators.
      const part = parts[i % parts.length];
      const { page } = await openCold(context, url.app(answered, part), part);
      const fieldsets = page.locator('fieldset:has(input[type=radio])');
      for (let j = 0, n = 0; j < part.indicators.length && n < CLICKS_PER_PAGE; j++) {
        const key = `${part.id}/${part.indicators[j]}`;
        if (clicked.has(key)) continue;
        clicked.add(key);
        const radio = fieldsets.nth(j).locator('input[type=radio]').first();
        const target = {
          roundId: answered,
          sectionId: part.id,
          indicatorId: part.indicators[j],
          value: await radio.getAttribute('value'),
        };
        await armDurable(page, target);
        await radio.click();
        const times = await page.evaluate(() =>
          Promise.race([window.__durable, new Promise((r) => setTimeout(() => r(null), 15_000))]),
        );
        if (!times) throw new Error(`not durable after 15 s: ${JSON.stringify(target)}`);
        figures.durable.document.push(times.document);
        figures.durable.agreed.push(times.agreed);
        if (n === 0) {
          figures.durable.firstDocument.push(times.document);
          figures.durable.firstAgreed.push(times.agreed);
        }
        n++;
      }
      await page.close();
      const f = (v) => v.at(-1).toFixed(0);
      console.log(
        `  answer page ${i + 1}/${runs}: largest app ${f(figures.app.largest)} / floor ${f(figures.floor.largest)}; first app ${f(figures.app.first)} / floor ${f(figures.floor.first)}; lightest app page ${f(figures.lightest)} ms`,
      );
    }
    const label = `"${largest.title}", ${largest.indicators.length} indicators, ${largest.radios} radios`;
    const firstLabel = `"${first.title}", ${first.indicators.length} indicators`;
    const turnLabel = `"${first.title}" → "${second.title}" → … (${parts.length - 1} turns a run)`;
    const ratio = median(figures.app.largest) / median(figures.floor.largest);
    const rows = [
      summarise(`answer page cold → all radios laid out, app, ${label}`, 'ms', figures.app.largest),
      summarise(
        `answer page cold → all radios laid out, floor (plain React 19), ${label}`,
        'ms',
        figures.floor.largest,
      ),
      summarise('answer page cold, app / floor, ratio of the medians', '×', [ratio]),
      summarise(
        'answer page cold, app / floor, paired (each repeat ran both)',
        '×',
        figures.app.largest.map((a, k) => a / figures.floor.largest[k]),
      ),
      summarise(
        `lightest page cold → heading laid out, app, "${LIGHTEST.title}" (prose: no data, no questions)`,
        'ms',
        figures.lightest,
      ),
      summarise('lightest page cold, app / floor (the answer floor above), ratio of the medians', '×', [
        median(figures.lightest) / median(figures.floor.largest),
      ]),
      summarise("answer page cold, app / the app's lightest page, ratio of the medians", '×', [
        median(figures.app.largest) / median(figures.lightest),
      ]),
      summarise(`answer page cold, first part, app, ${firstLabel}`, 'ms', figures.app.first),
      summarise(`answer page cold, first part, floor, ${firstLabel}`, 'ms', figures.floor.first),
      summarise(`answer page turn → next part's radios laid out, app, ${turnLabel}`, 'ms', figures.app.turn),
      summarise(
        `answer page turn → next part's radios laid out, floor, ${turnLabel}`,
        'ms',
        figures.floor.turn,
      ),
      summarise(
        'click → durable in IndexedDB on a cold answer page (document row), all clicks',
        'ms',
        figures.durable.document,
      ),
      summarise(
        'click → durable in IndexedDB on a cold answer page (document row), first click',
        'ms',
        figures.durable.firstDocument,
      ),
      summarise(
        'click → agreed answer in responses on a cold answer page, all clicks',
        'ms',
        figures.durable.agreed,
      ),
      summarise(
        'click → agreed answer in responses on a cold answer page, first click',
        'ms',
        figures.durable.firstAgreed,
      ),
      ...breakdown(figures.app.probes, label),
    ];
    if (details) Object.assign(details, figures, { ratio });
    return rows;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await floor.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

/**
 * Where the app's cold answer page spends its time: milestones in ms since navigation start
 * (medians over the runs), from the probes (answerProbes) and the page's resource timing. The
 * transactions are recognised by their stores: `rounds` alone is the view's read of the round,
 * `$roundDocs.doc_updates` alone is y-dexie loading the round document's updates.
 */
function breakdown(probes, label) {
  const at = (name, pick) => {
    const values = probes.map(pick).filter((v) => typeof v === 'number' && Number.isFinite(v));
    return values.length > 0 ? [summarise(`app cold ${label}: at ${name}`, 'ms', values)] : [];
  };
  const loaded = (seen, pattern) => seen.resources.find((r) => pattern.test(r.name))?.end;
  const tx = (seen, stores) => seen.tx.find((t) => t.stores === stores);
  const scripts = (seen) => seen.resources.filter((r) => /\.js$/.test(r.name) && r.end <= seen.ready);
  return [
    ...at('HTML received', (s) => s.document.responseEnd),
    ...at('entry chunk loaded', (s) => loaded(s, /^index-.*\.js$/)),
    ...at('DOMContentLoaded (entry evaluated)', (s) => s.document.domContentLoadedEventEnd),
    ...at('database open requested', (s) => s.opens[0]?.start),
    ...at('database open succeeded', (s) => s.opens[0]?.success),
    ...at('"Laddar …" shown', (s) => s.marks.loading),
    ...at('AnswerPage chunk loaded', (s) => loaded(s, /^AnswerPage-.*\.js$/)),
    ...at('last script before ready loaded', (s) => Math.max(...scripts(s).map((r) => r.end))),
    ...at('round read (transaction on rounds) complete', (s) => tx(s, 'rounds')?.complete),
    ...at('second connection (y-dexie) open', (s) => s.opens[1]?.success),
    ...at('round document updates read', (s) => tx(s, '$roundDocs.doc_updates')?.complete),
    ...at('all radios laid out (ready)', (s) => s.ready),
    ...probes
      .slice(0, 1)
      .flatMap((s) => [
        summarise(`app cold ${label}: scripts loaded before ready`, 'files', [scripts(s).length]),
        summarise(`app cold ${label}: IndexedDB transactions before ready`, 'tx', [
          s.tx.filter((t) => t.start <= s.ready).length,
        ]),
      ]),
  ];
}

function report(rows, load) {
  const fmt = (v) => (typeof v === 'number' ? (Math.abs(v) < 10 ? v.toFixed(2) : v.toFixed(1)) : String(v));
  console.log(
    `\nAnswer page bench, ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log(`/proc/loadavg before: ${load.before}; after: ${load.after}\n`);
  console.log('| measure | unit | n | median | p95 | min | max |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.unit} | ${r.n} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.min)} | ${fmt(r.max)} |`,
    );
}

async function main() {
  // Its own output folder: never dist/ or bench-results/dist, which other runs may be using.
  const outDir = process.env.BENCH_DIST ?? join(tmpdir(), 'eblomladan-bench-answer-dist');
  if (!process.env.BENCH_NO_BUILD) {
    console.log(`Building the production app into ${outDir} …`);
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
  const load = { before: loadavg() };
  let rows;
  try {
    // No browser of its own to hand over: the measures launch their persistent profile.
    rows = await answerPageMeasures(undefined, base);
  } finally {
    await server.close();
  }
  load.after = loadavg();
  report(rows, load);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
