#!/usr/bin/env node
// Writes a SYNTHETIC national dataset, for tests and benchmarks of "Jämför med andra": one
// shared-round file (eblomladan.round/1) per municipality and year, or with --dataset the same
// rounds as ONE dataset file (eblomladan.dataset/1, marked synthetic), written by the app's own
// writer (src/domain/exchange/dataset-build.ts, loaded through Vite). The answers are made up by a
// seeded random generator (same options, same files); every round is labelled as synthetic.
//
//   node scripts/make-national-dataset.mjs [--out DIR] [--municipalities N] [--years N]
//                                          [--last-year YYYY] [--seed S] [--dataset]
//
// Defaults: every municipality in src/data/kommuner.json, ten years ending 2025, into
// synthetic-dataset/ (ignored by git), on the bundled questionnaire eblomladan 2016. The dataset
// is DIR/syntetisk-jamforelseunderlag.json; its rounds are the single files' rounds, id for id.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, 'synthetic-dataset') },
    municipalities: { type: 'string', default: '290' },
    years: { type: 'string', default: '10' },
    'last-year': { type: 'string', default: '2025' },
    seed: { type: 'string', default: '2026' },
    dataset: { type: 'boolean', default: false },
  },
});
const count = Number(values.municipalities);
const years = Number(values.years);
const lastYear = Number(values['last-year']);
if (![count, years, lastYear].every(Number.isInteger) || count < 1 || years < 1 || years > 50) {
  console.error('Ogiltiga val: --municipalities och --years ska vara positiva heltal.');
  process.exit(2);
}

/** The label every synthetic round carries, so nobody takes it for a real municipality's answers. */
const SYNTHETIC_LABEL = 'Syntetiska data – inte kommunens svar';

const register = JSON.parse(readFileSync(join(root, 'src/data/kommuner.json'), 'utf8')).municipalities;
const questionnaire = JSON.parse(readFileSync(join(root, 'questionnaires/eblomladan-2016.json'), 'utf8'));
delete questionnaire.$schema;
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** mulberry32: a small seeded generator, so the same seed writes the same files. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (text) =>
  [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5);

function uuid(next) {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(next() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const options = questionnaire.scale.options;
const notApplicable = questionnaire.scale.notApplicable?.value;

/**
 * A municipality's maturity starts between 0.1 and 0.6 (larger ones a little higher) and grows
 * by up to 0.06 a year; each answer is the option nearest to it plus noise. A few indicators are
 * not applicable, a few left unanswered, so the view meets every case.
 */
function answersFor(municipality, yearIndex, seed) {
  const base = random(hash(`${seed}|${municipality.code}`));
  const size = Math.min(1, Math.log10(municipality.population) / 6);
  const start = 0.1 + 0.35 * base() + 0.15 * size;
  const growth = 0.06 * base();
  const maturity = Math.min(1, start + growth * yearIndex);
  const next = random(hash(`${seed}|${municipality.code}|${yearIndex}`));
  const answers = {};
  for (const section of questionnaire.sections) {
    const bias = (next() - 0.5) * 0.3;
    const part = {};
    for (const indicator of section.indicators) {
      const roll = next();
      if (roll < 0.03) continue;
      if (roll < 0.07 && notApplicable) {
        part[indicator.id] = notApplicable;
        continue;
      }
      const target = Math.max(0, Math.min(1, maturity + bias + (next() - 0.5) * 0.5));
      const nearest = options.reduce((best, o) =>
        Math.abs(o.score - target) < Math.abs(best.score - target) ? o : best,
      );
      part[indicator.id] = nearest.value;
    }
    answers[section.id] = part;
  }
  return answers;
}

const seed = values.seed;
rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
const chosen = register.slice(0, count);
const rounds = [];
for (const municipality of chosen) {
  for (let i = 0; i < years; i++) {
    const year = lastYear - years + 1 + i;
    const next = random(hash(`${seed}|id|${municipality.code}|${year}`));
    const publishedAt = new Date(Date.UTC(year, 10, 1 + Math.floor(next() * 28), 12)).toISOString();
    rounds.push({
      id: uuid(next),
      organisationCode: municipality.code,
      year,
      label: SYNTHETIC_LABEL,
      publishedAt,
      answers: answersFor(municipality, Math.max(0, year - (lastYear - 9)), seed),
    });
  }
}

if (values.dataset) {
  const { module: build } = await appModule('src/domain/exchange/dataset-build.ts');
  const { module: fingerprint } = await appModule('src/domain/questionnaire/fingerprint.ts');
  const key = fingerprint.questionnaireKey(questionnaire);
  const references = rounds.map(({ answers, ...round }) => ({
    ...round,
    questionnaireKey: key,
    answers,
    importedAt: round.publishedAt,
    fileName: `syntetisk-${round.organisationCode}-${round.year}.json`,
  }));
  // Written when the last round was published, so the same seed writes the same bytes.
  const now = rounds
    .map((r) => r.publishedAt)
    .sort()
    .at(-1);
  const dataset = build.buildDataset(
    { own: [], references, questionnaires: new Map([[key, questionnaire]]) },
    {},
    new Map(),
    { now, version, synthetic: true },
  );
  const name = 'syntetisk-jamforelseunderlag.json';
  writeFileSync(join(values.out, name), JSON.stringify(dataset));
  console.log(
    `1 syntetiskt jämförelseunderlag med ${dataset.rounds.length} omgångar (${chosen.length} kommuner × ${years} år): ${join(values.out, name)}`,
  );
} else {
  for (const { answers, ...round } of rounds) {
    const file = {
      format: 'eblomladan.round/1',
      writtenBy: { app: 'eBlomlådan', version },
      createdAt: round.publishedAt,
      round,
      questionnaire,
      answers,
    };
    writeFileSync(
      join(values.out, `syntetisk-${round.organisationCode}-${round.year}.json`),
      JSON.stringify(file),
    );
  }
  console.log(
    `${rounds.length} syntetiska omgångsfiler (${chosen.length} kommuner × ${years} år) i ${values.out}`,
  );
}

/** A module of the app (TypeScript), loaded through Vite's module runner: the app's own code, not a copy. */
async function appModule(path) {
  const { runnerImport } = await import('vite');
  return runnerImport(join(root, path), { configFile: false, root, logLevel: 'error' });
}
