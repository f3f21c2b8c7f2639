/**
 * The index of the questionnaires that ship with the app, `./questionnaires/index.json` (copied
 * there by the build, see vite.config.ts), fetched and checked once per page load without zod or
 * the questionnaire schema, so the start page can list it. The files themselves are read by
 * bundled-questionnaires.ts, which shares this module's cache. A failure is a result with issues,
 * never a rejected promise.
 */
import { checkCatalog, sortCatalog, type CatalogEntry } from '../domain/questionnaire/catalog-check';
import { failure, type Result } from '../domain/validation/issues';
import { parseJsonText } from '../domain/validation/json-text';

export const BUNDLED_DIR = 'questionnaires/';
export const CATALOG_FILE = 'index.json';
const CATALOG_MAX_BYTES = 100_000;

/** The text of a bundled file, or why it could not be fetched. */
export async function fetchBundledText(file: string): Promise<Result<string>> {
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

/** `load()` once per key and page load (or until clearBundledCache). */
export function onceBundled<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

/** Forgets what was fetched, so the next read sees changed files (used by tests). */
export function clearBundledCache(): void {
  cache.clear();
}

/** The bundled questionnaires listed in index.json, newest version first per id. */
export function fetchCatalog(): Promise<Result<CatalogEntry[]>> {
  return onceBundled('catalog', async (): Promise<Result<CatalogEntry[]>> => {
    const text = await fetchBundledText(CATALOG_FILE);
    if (!text.ok) return text;
    const json = parseJsonText(text.value, CATALOG_MAX_BYTES);
    if (!json.ok) return json;
    const checked = checkCatalog(json.value);
    if (!checked.ok) return checked;
    return { ok: true, value: sortCatalog(checked.value.questionnaires) };
  });
}
