/**
 * Reads the questionnaires that ship with the app from `./questionnaires/` (copied there by the
 * build, see vite.config.ts). Each file is fetched and validated once per page load; a failure
 * is a result with issues, never a rejected promise. The index (bundled-catalog.ts) is checked
 * without the questionnaire schema, for the start page.
 */
import { loadQuestionnaire } from '../domain/questionnaire/load';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { checkSupersedes } from '../domain/questionnaire/supersedes';
import { failure, type ValidationIssue, type Result } from '../domain/validation/issues';
import { CATALOG_FILE, fetchBundledText, fetchCatalog, onceBundled as once } from './bundled-catalog';

export { BUNDLED_DIR, CATALOG_FILE, clearBundledCache, fetchCatalog } from './bundled-catalog';

/** One bundled questionnaire file, validated. */
export function fetchQuestionnaire(file: string): Promise<Result<Questionnaire>> {
  return once(`file:${file}`, async (): Promise<Result<Questionnaire>> => {
    const text = await fetchBundledText(file);
    return text.ok ? loadQuestionnaire(text.value) : text;
  });
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
