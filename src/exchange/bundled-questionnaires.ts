/**
 * Reads the questionnaires that ship with the app from `./questionnaires/` (copied there by the
 * build, see vite.config.ts). Each file is fetched and validated once per page load; a failure
 * is a result with issues, never a rejected promise.
 */
import { CatalogSchema, sortCatalog, type CatalogEntry } from '../domain/questionnaire/catalog';
import { loadQuestionnaire, parseJsonText } from '../domain/questionnaire/load';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { checkSupersedes } from '../domain/questionnaire/supersedes';
import { failure, fromZodIssues, type Result, type ValidationIssue } from '../domain/validation/issues';

export const BUNDLED_DIR = 'questionnaires/';
export const CATALOG_FILE = 'index.json';
const CATALOG_MAX_BYTES = 100_000;

async function fetchText(file: string): Promise<Result<string>> {
  try {
    const response = await fetch(new URL(BUNDLED_DIR + file, document.baseURI), { cache: 'no-cache' });
    if (!response.ok) return failure('fetch-failed', { status: response.status });
    return { ok: true, value: await response.text() };
  } catch {
    return failure('fetch-failed', { status: 'offline' });
  }
}

// Promises, not values, are cached: React's use() needs the same promise on every render.
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

/** The bundled questionnaires listed in index.json, newest version first per id. */
export function fetchCatalog(): Promise<Result<CatalogEntry[]>> {
  return once('catalog', async (): Promise<Result<CatalogEntry[]>> => {
    const text = await fetchText(CATALOG_FILE);
    if (!text.ok) return text;
    const json = parseJsonText(text.value, CATALOG_MAX_BYTES);
    if (!json.ok) return json;
    const parsed = CatalogSchema.safeParse(json.value);
    if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, json.value) };
    return { ok: true, value: sortCatalog(parsed.data.questionnaires) };
  });
}

/** One bundled questionnaire file, validated. */
export function fetchQuestionnaire(file: string): Promise<Result<Questionnaire>> {
  return once(`file:${file}`, async (): Promise<Result<Questionnaire>> => {
    const text = await fetchText(file);
    return text.ok ? loadQuestionnaire(text.value) : text;
  });
}

/** Forgets what was fetched, so the next read sees changed files (used by tests). */
export function clearBundledCache(): void {
  cache.clear();
}

/** A bundled questionnaire opened by id and version, with the previous version it maps to. */
export type BundledQuestionnaire =
  | { kind: 'not-found' }
  | { kind: 'invalid'; file: string; issues: ValidationIssue[] }
  | { kind: 'invalid-map'; file: string; previousVersion: string; issues: ValidationIssue[] }
  | { kind: 'ok'; file: string; questionnaire: Questionnaire; previous?: Questionnaire };

/**
 * Opens a bundled questionnaire: the file must be valid, be the id and version the index says,
 * and its `supersedes` map must fit the previous version when that version is bundled too.
 */
export function openBundled(id: string, version: string): Promise<BundledQuestionnaire> {
  return once(`open:${id}@${version}`, () => open(id, version));
}

async function open(id: string, version: string): Promise<BundledQuestionnaire> {
  const catalog = await fetchCatalog();
  if (!catalog.ok) return { kind: 'invalid', file: CATALOG_FILE, issues: catalog.issues };
  const entry = catalog.value.find((e) => e.id === id && e.version === version);
  if (!entry) return { kind: 'not-found' };
  const loaded = await fetchQuestionnaire(entry.file);
  if (!loaded.ok) return { kind: 'invalid', file: entry.file, issues: loaded.issues };
  const questionnaire = loaded.value;
  if (questionnaire.id !== id || questionnaire.version !== version) {
    const { issues } = failure(
      'catalog-mismatch',
      { expected: `${id}@${version}`, actual: `${questionnaire.id}@${questionnaire.version}` },
      ['version'],
    );
    return { kind: 'invalid', file: entry.file, issues };
  }
  const previousVersion = questionnaire.supersedes?.version;
  const previousEntry = catalog.value.find((e) => e.id === id && e.version === previousVersion);
  if (!previousVersion || !previousEntry) return { kind: 'ok', file: entry.file, questionnaire };
  const previous = await fetchQuestionnaire(previousEntry.file);
  // A broken previous file is reported when that version is opened; this one is still readable.
  if (!previous.ok) return { kind: 'ok', file: entry.file, questionnaire };
  const issues = checkSupersedes(questionnaire, previous.value);
  if (issues.length > 0) return { kind: 'invalid-map', file: entry.file, previousVersion, issues };
  return { kind: 'ok', file: entry.file, questionnaire, previous: previous.value };
}

/** Every valid bundled questionnaire (invalid files are left out; their pages say why). */
export function allBundled(): Promise<Questionnaire[]> {
  return once('all', async () => {
    const catalog = await fetchCatalog();
    if (!catalog.ok) return [];
    const files = await Promise.all(catalog.value.map((entry) => fetchQuestionnaire(entry.file)));
    return files.flatMap((file) => (file.ok ? [file.value] : []));
  });
}
