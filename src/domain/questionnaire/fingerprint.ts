import type { Questionnaire } from './schema';

/** JSON with object keys sorted, so the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, v]) => v !== undefined && key !== '$schema')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The identity of a snapshot's content as 16 hex digits: two chained 32-bit FNV-style lanes over
 * the UTF-16 code units of the canonical JSON (docs/storage.md, "The questionnaire key"). It is not
 * 64-bit FNV-1a, and not security: anyone can make two contents with one fingerprint.
 *
 * Do not change anything here, nor in canonical(): every stored round, answer file and backup names
 * its questionnaire by this key, and a changed function would part them from it.
 * tests/unit/fingerprint.test.ts holds the golden keys.
 */
export function fingerprint(questionnaire: Questionnaire): string {
  const text = canonical(questionnaire);
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Key of a stored questionnaire snapshot: `id@version#fingerprint`. A changed file gets a new key. */
export function questionnaireKey(questionnaire: Questionnaire): string {
  return `${questionnaire.id}@${questionnaire.version}#${fingerprint(questionnaire)}`;
}
