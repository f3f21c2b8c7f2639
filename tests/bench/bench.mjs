// npm run bench: builds the app, serves it on 127.0.0.1, drives Debian's Chromium and prints one
// table of measures (median, p95, min, max), also written to bench-results/bench.json.
// Benchmarks print figures; they never fail on wall time. See docs/benchmarks.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
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
/** Answers to time; the issue asks for at least 100. */
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 130);

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
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

/** Chooses Ale and starts a round on the newest questionnaire through the interface; returns the round id. */
async function newRound(page, base) {
  await page.goto(`${base}#/kommun`);
  await page.getByRole('searchbox').or(page.getByRole('textbox')).first().fill('Ale');
  await page
    .getByRole('button', { name: /^Välj Ale\b/ })
    .first()
    .click();
  await page.waitForURL(/#\/omgangar$/);
  await page.goto(`${base}#/omgangar/ny`);
  await page.getByRole('button', { name: 'Starta omgången' }).click();
  await page.waitForURL(/#\/omgangar\/[0-9a-f-]{36}$/);
  return decodeURIComponent(page.url().split('/').pop());
}

/**
 * Time from a click on an answer option until the answer is committed and readable from a
 * second IndexedDB connection, measured inside the page (no test-driver round trips).
 */
async function answerDurability(page, base, roundId, sections) {
  const times = [];
  let round = 0;
  while (times.length < ANSWERS) {
    for (const section of sections) {
      await page.goto(`${base}#/omgangar/${roundId}/${section}`);
      await page.getByRole('group', { name: /^1\. / }).waitFor();
      const batch = await page.evaluate(
        async ({ roundId, section, round }) => {
          const open = await new Promise((resolve, reject) => {
            const request = indexedDB.open('eblomladan');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const stored = () =>
            new Promise((resolve) => {
              const get = open.transaction('responses').objectStore('responses').get([roundId, section]);
              get.onsuccess = () => resolve(get.result?.answers ?? {});
            });
          const result = [];
          for (const fieldset of document.querySelectorAll('.indicator-answer fieldset')) {
            const radios = [...fieldset.querySelectorAll('input[type=radio]')];
            const radio = radios[round % radios.length];
            // The repository stamps updatedAt inside its transaction, after this moment.
            const clickedAt = new Date().toISOString();
            const start = performance.now();
            radio.click();
            for (;;) {
              const answers = Object.values(await stored());
              if (answers.some((a) => a.value === radio.value && a.updatedAt >= clickedAt)) break;
              await new Promise((r) => setTimeout(r, 0));
            }
            result.push(performance.now() - start);
          }
          open.close();
          return result;
        },
        { roundId, section, round },
      );
      times.push(...batch);
      if (times.length >= ANSWERS) break;
    }
    round++;
  }
  return times.slice(0, ANSWERS);
}

/** Loads a questionnaire file through the interface and starts a round on it; returns the round id. */
async function roundOn(page, base, file, title) {
  await page.goto(`${base}#/formular`);
  await page.getByLabel('Välj en JSON-fil').setInputFiles(file);
  await page.getByText(/är inläst och kan användas/).waitFor();
  await page.goto(`${base}#/omgangar/ny`);
  await page.getByRole('radio', { name: title }).check();
  await page.getByRole('button', { name: 'Starta omgången' }).click();
  await page.waitForURL(/#\/omgangar\/[0-9a-f-]{36}$/);
  return decodeURIComponent(page.url().split('/').pop());
}

/** Answers every indicator of a round straight in IndexedDB, cycling through the scale. */
async function fillRound(page, roundId, questionnairePath) {
  const questionnaire = JSON.parse(readFileSync(questionnairePath, 'utf8'));
  await page.evaluate(
    ({ roundId, questionnaire }) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('eblomladan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('responses', 'readwrite');
          const at = new Date().toISOString();
          const values = questionnaire.scale.options.map((o) => o.value);
          if (questionnaire.scale.notApplicable) values.push(questionnaire.scale.notApplicable.value);
          let n = 0;
          for (const section of questionnaire.sections) {
            const answers = {};
            for (const indicator of section.indicators)
              answers[indicator.id] = { value: values[n++ % values.length], updatedAt: at };
            tx.objectStore('responses').put({ roundId, sectionId: section.id, answers, updatedAt: at });
          }
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { roundId, questionnaire },
  );
  return questionnaire.sections.reduce((n, s) => n + s.indicators.length, 0);
}

/** Time from navigating to a round's flower box until every mark is in the page, `runs` times. */
async function flowerBoxRender(page, base, roundId, marks, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${base}#/omgangar`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    times.push(
      await page.evaluate(
        ({ roundId, marks }) =>
          new Promise((resolve) => {
            const start = performance.now();
            location.hash = `#/blomlada/${roundId}`;
            const check = () =>
              document.querySelectorAll('.flowerbox__picture [data-indicator]').length === marks &&
              document.querySelectorAll('.flowerbox__controls a').length > 0
                ? requestAnimationFrame(() => resolve(performance.now() - start))
                : requestAnimationFrame(check);
            check();
          }),
        { roundId, marks },
      ),
    );
  }
  return times;
}

async function main() {
  console.log('Building the production app …');
  await build({ root, logLevel: 'warn' });
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const results = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const roundId = await newRound(page, base);
    const times = await answerDurability(page, base, roundId, [
      'barn-elever',
      'aldre-omsorg',
      'ledning-arbetssatt',
      'tekniska-forutsattningar',
    ]);
    results.push(summarise('answer click → durable in IndexedDB', 'ms', times));

    const bundled = await fillRound(page, roundId, join(root, 'questionnaires/eblomladan-2016.json'));
    results.push(
      summarise(
        `flower box render, eBlomlådan 2016 (${bundled} marks)`,
        'ms',
        await flowerBoxRender(page, base, roundId, bundled),
      ),
    );
    const largestFile = join(root, 'tests/fixtures/questionnaires/extreme-largest.json');
    const largestRound = await roundOn(page, base, largestFile, /Test: största möjliga/);
    const largest = await fillRound(page, largestRound, largestFile);
    results.push(
      summarise(
        `flower box render, largest test questionnaire (${largest} marks)`,
        'ms',
        await flowerBoxRender(page, base, largestRound, largest),
      ),
    );
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }

  const machine = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  };
  const fmt = (v) => (typeof v === 'number' ? v.toFixed(1) : String(v));
  console.log(
    `\neBlomlådan benchmark, ${machine.date}, ${machine.cpus}, ${machine.memory}, Node ${machine.node}\n`,
  );
  console.log('| measure | unit | n | median | p95 | min | max |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.unit} | ${r.n} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.min)} | ${fmt(r.max)} |`,
    );
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/bench.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
  console.log('\nWritten to bench-results/bench.json');
}

await main();
