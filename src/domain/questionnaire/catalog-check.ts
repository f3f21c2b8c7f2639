/**
 * The index of bundled questionnaires, `questionnaires/index.json`, checked by hand: the start
 * page lists it, and a schema library (zod, about 10 kB gzip with the questionnaire schema) would
 * be most of the start page's validation bytes for a file of a few lines. The issues are exactly
 * those `CatalogSchema` (catalog.ts) gives through fromZodIssues; a unit test feeds both the same
 * files, valid and broken, so they cannot drift apart.
 */
import { MAX_ISSUES, type IssueParams, type IssueRule, type ValidationIssue } from '../validation/issues';
import { ID_PATTERN } from './ids';

export const CATALOG_FORMAT = 'eblomladan.questionnaire-index/1';
export const CATALOG_FILE_PATTERN = /^[a-z0-9][a-z0-9.-]*\.json$/;
/** At most this many questionnaires, and this long a file name. */
export const CATALOG_MAX_ENTRIES = 100;
export const CATALOG_MAX_FILE_NAME = 100;

/** One bundled questionnaire as the index lists it. */
export interface CatalogEntry {
  file: string;
  id: string;
  version: string;
  /** ISO date, YYYY-MM-DD. */
  published: string;
  title: { sv: string; en: string };
}

export interface Catalog {
  format: typeof CATALOG_FORMAT;
  questionnaires: CatalogEntry[];
}

type Path = ValidationIssue['path'];
type Fields = Record<string, unknown>;

const short = (value: unknown) => String(value).slice(0, 60);
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A calendar date as YYYY-MM-DD (leap years counted), as zod's `iso.date()` takes it. */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Checks parsed JSON as the catalogue: the same issues, in the same order, as CatalogSchema. */
export function checkCatalog(
  data: unknown,
): { ok: true; value: Catalog } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const add = (path: Path, rule: IssueRule, params: IssueParams = {}) => {
    issues.push({ path, rule, params });
  };
  /** A strict object: each key checked in order, then the keys it must not have. */
  const object = (value: unknown, path: Path, keys: Record<string, (value: unknown, path: Path) => void>) => {
    if (!isObject(value)) return add(path, 'wrong-type', { expected: 'object' });
    for (const [key, check] of Object.entries(keys)) {
      if (!Object.hasOwn(value, key) || value[key] === undefined) add([...path, key], 'required');
      else check(value[key], [...path, key]);
    }
    const unknown = Object.keys(value).filter((key) => !Object.hasOwn(keys, key));
    if (unknown.length > 0) add(path, 'unknown-keys', { keys: unknown.map(short).join(', ') });
  };
  const string =
    (...checks: ((text: string, path: Path) => void)[]) =>
    (value: unknown, path: Path) => {
      if (typeof value !== 'string') return add(path, 'wrong-type', { expected: 'string' });
      for (const check of checks) check(value, path);
    };
  const maxLength = (max: number) => (text: string, path: Path) => {
    if (text.length > max) add(path, 'too-long', { max });
  };
  const pattern = (regex: RegExp) => (text: string, path: Path) => {
    if (!regex.test(text)) add(path, 'not-an-id', { value: short(text) });
  };
  const date = (text: string, path: Path) => {
    if (!isIsoDate(text)) add(path, 'not-a-date', { value: short(text) });
  };
  const entry = (value: unknown, path: Path) =>
    object(value, path, {
      file: string(maxLength(CATALOG_MAX_FILE_NAME), pattern(CATALOG_FILE_PATTERN)),
      id: string(pattern(ID_PATTERN)),
      version: string(pattern(ID_PATTERN)),
      published: string(date),
      title: (title, at) => object(title, at, { sv: string(), en: string() }),
    });

  object(data, [], {
    format: (format, path) => {
      if (format !== CATALOG_FORMAT)
        add(path, 'not-allowed', { value: short(format), allowed: CATALOG_FORMAT });
    },
    questionnaires: (list, path) => {
      if (!Array.isArray(list)) return add(path, 'wrong-type', { expected: 'array' });
      // Too long a list is refused as a whole, its entries unread (as zod does).
      if (list.length > CATALOG_MAX_ENTRIES) return add(path, 'too-many', { max: CATALOG_MAX_ENTRIES });
      list.forEach((item: unknown, i) => entry(item, [...path, i]));
    },
  });
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, value: data as Catalog };
}

/** Catalog entries, newest version first within each questionnaire id. */
export function sortCatalog(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort((a, b) => a.id.localeCompare(b.id) || b.published.localeCompare(a.published));
}
