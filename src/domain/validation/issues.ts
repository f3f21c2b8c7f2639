/**
 * Validation problems in a form the interface can explain in plain words: a JSON path and a
 * rule with its parameters. The words themselves live in the i18n layer (`validation:*`).
 */
import type * as z from 'zod/mini';

export type IssueParams = Record<string, string | number>;

/** Every rule a file can break; each has a message in both languages (src/i18n). */
export const ISSUE_RULES = [
  // Shape of values (from the zod schema).
  'required',
  'wrong-type',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'too-low',
  'too-high',
  'not-a-date',
  'not-a-datetime',
  'not-an-id',
  'unknown-keys',
  'not-allowed',
  'invalid',
  // Cross-field rules of a questionnaire (rules.ts, supersedes.ts).
  'duplicate-id',
  'duplicate-value',
  'scale-order',
  'flower-count',
  'single-part',
  'supersedes-self',
  'supersedes-unknown-target',
  'supersedes-shared-target',
  'supersedes-wrong-previous',
  'supersedes-unknown-source',
  'supersedes-missing-source',
  // The file as a whole.
  'file-too-large',
  'empty-file',
  'not-json',
  'not-json-at',
  'not-an-object',
  'format-too-new',
  'wrong-format',
  'fetch-failed',
  'catalog-mismatch',
] as const;

/**
 * Rules only exchange files can break (domain/exchange). Their messages are kept apart
 * (`validation:exchange.*` in src/i18n/locales), since only the views that open such files use them.
 */
export const EXCHANGE_ISSUE_RULES = [
  'exchange-too-large',
  'too-deep',
  'file-too-new',
  'questionnaire-too-new',
  'not-exchange-file',
  'questionnaire-file',
  'not-evidence-url',
  'unknown-section',
  'unknown-indicator',
  'not-on-scale',
  'key-mismatch',
  'unknown-questionnaire',
  'unknown-round',
  'round-exists',
  'own-round',
  'questionnaire-mismatch',
  'round-published',
  'document-damaged',
  'document-outside-parts',
  // Datasets (domain/exchange/dataset-read.ts).
  'not-a-dataset',
  'too-many-rounds',
  'duplicate-round',
  'dataset-with-others',
  // A selection of files (domain/exchange/reference-read.ts).
  'snapshot-conflict',
] as const;

export type CoreIssueRule = (typeof ISSUE_RULES)[number];
export type ExchangeIssueRule = (typeof EXCHANGE_ISSUE_RULES)[number];
export type IssueRule = CoreIssueRule | ExchangeIssueRule;

// Exchange schemas refine with exchange rules too (schema.ts: a file with neither document nor parts).
const isIssueRule = (value: unknown): value is IssueRule =>
  ISSUE_RULES.includes(value as CoreIssueRule) || EXCHANGE_ISSUE_RULES.includes(value as ExchangeIssueRule);

/** One thing wrong with a file: where (`path`) and which rule it breaks. */
export interface ValidationIssue {
  /** Keys and indexes from the document root, e.g. `['sections', 2, 'indicators', 0, 'id']`. */
  path: (string | number)[];
  /** Rule name, e.g. `required`, `too-long`, `duplicate-id`; see docs/questionnaire-format.md. */
  rule: IssueRule;
  params: IssueParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** At most this many issues are kept: a hostile file must not produce a million-line report. */
export const MAX_ISSUES = 50;

/** Writes a path the way authors read JSON: `sections[2].indicators[0].id`; the root is `$`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '$';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const plain = /^[A-Za-z_$][\w$]*$/.test(key);
      if (!plain) return `[${JSON.stringify(key)}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

const short = (value: unknown) => String(value).slice(0, 60);

const MISSING = Symbol('missing');

/** The value at `path` in `data`, or MISSING when a key on the way is absent. */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return MISSING;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Turns zod's issues into ours, keeping only what the messages need; `input` is the data that was checked. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ValidationIssue[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    const base = { path };
    const value = valueAt(input, path);
    switch (issue.code) {
      case 'invalid_type':
        return value === MISSING
          ? { ...base, rule: 'required', params: {} }
          : { ...base, rule: 'wrong-type', params: { expected: issue.expected } };
      case 'too_small':
        if (issue.origin === 'string')
          return { ...base, rule: 'too-short', params: { min: Number(issue.minimum) } };
        if (issue.origin === 'array')
          return { ...base, rule: 'too-few', params: { min: Number(issue.minimum) } };
        return { ...base, rule: 'too-low', params: { min: Number(issue.minimum) } };
      case 'too_big':
        if (issue.origin === 'string')
          return { ...base, rule: 'too-long', params: { max: Number(issue.maximum) } };
        if (issue.origin === 'array')
          return { ...base, rule: 'too-many', params: { max: Number(issue.maximum) } };
        return { ...base, rule: 'too-high', params: { max: Number(issue.maximum) } };
      case 'invalid_format':
        if (issue.format === 'date') return { ...base, rule: 'not-a-date', params: { value: short(value) } };
        if (issue.format === 'datetime')
          return { ...base, rule: 'not-a-datetime', params: { value: short(value) } };
        return { ...base, rule: 'not-an-id', params: { value: short(value) } };
      case 'unrecognized_keys':
        return { ...base, rule: 'unknown-keys', params: { keys: issue.keys.map(short).join(', ') } };
      case 'invalid_value':
        if (value === MISSING) return { ...base, rule: 'required', params: {} };
        return {
          ...base,
          rule: 'not-allowed',
          params: { value: short(value), allowed: issue.values.map((v) => String(v)).join(', ') },
        };
      case 'invalid_key':
        return { ...base, rule: 'not-an-id', params: { value: short(path[path.length - 1]) } };
      case 'custom': {
        const params = (issue.params ?? {}) as Record<string, unknown>;
        const { rule, ...rest } = params;
        const clean: IssueParams = {};
        for (const [key, value] of Object.entries(rest))
          clean[key] = typeof value === 'number' ? value : short(value);
        // The offending value itself, for messages that quote it (e.g. not-a-datetime).
        if (!('value' in clean) && (typeof value === 'string' || typeof value === 'number'))
          clean.value = typeof value === 'number' ? value : short(value);
        return { ...base, rule: isIssueRule(rule) ? rule : 'invalid', params: clean };
      }
      default:
        return { ...base, rule: 'invalid', params: {} };
    }
  });
}

/** A failed result with a single issue. */
export function failure(
  rule: IssueRule,
  params: IssueParams = {},
  path: ValidationIssue['path'] = [],
): { ok: false; issues: ValidationIssue[] } {
  return { ok: false, issues: [{ path, rule, params }] };
}
