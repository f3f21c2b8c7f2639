/**
 * A questionnaire snapshot's key, `id@version#fingerprint`, is stored with every round, answer file
 * and backup, and merging compares it: the same content must give the same key in every version of
 * the app, for ever. The golden keys (tests/fixtures/formats/golden-fingerprints.json) are those of
 * the questionnaires users' rounds are stored under; the fingerprint is also computed here from its
 * description in docs/storage.md, independently, to keep that description true.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';

const ROOT = join(import.meta.dirname, '../..');
const golden = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/formats/golden-fingerprints.json'), 'utf8'),
) as { bundled: Record<string, string>; frozen: Record<string, string> };
const index = JSON.parse(readFileSync(join(ROOT, 'questionnaires/index.json'), 'utf8')) as {
  questionnaires: { file: string }[];
};

function load(file: string): Questionnaire {
  const loaded = loadQuestionnaire(readFileSync(join(ROOT, file), 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.issues)}`);
  return loaded.value;
}

/**
 * docs/storage.md, "The questionnaire key", implemented another way: keys sorted by a recursive
 * copy and JSON.stringify, and the two lanes in BigInt arithmetic modulo 2^32.
 */
function fingerprintAsDocumented(questionnaire: unknown): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value === null || typeof value !== 'object') return value;
    const keys = Object.keys(value)
      .filter((k) => k !== '$schema' && (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return Object.fromEntries(keys.map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
  };
  const text = JSON.stringify(sorted(questionnaire));
  const M = 2n ** 32n;
  const PRIME = 0x01000193n;
  let a = 0x811c9dc5n;
  let b = 0xcbf29ce4n;
  for (let i = 0; i < text.length; i++) {
    const unit = BigInt(text.charCodeAt(i));
    a = ((a ^ unit) * PRIME) % M;
    b = ((b ^ unit ^ (a >> 7n)) * PRIME) % M;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

describe('the questionnaire key', () => {
  it('of every bundled questionnaire is its golden key', () => {
    const files = index.questionnaires.map((q) => `questionnaires/${q.file}`).sort();
    // A bundled questionnaire added or removed must be added to or removed from the golden file.
    expect(Object.keys(golden.bundled).sort()).toEqual(files);
    for (const file of files)
      expect([file, questionnaireKey(load(file))]).toEqual([file, golden.bundled[file]]);
  });

  it('of every frozen questionnaire, including those rounds were started on before suggestions, never changes', () => {
    for (const [file, key] of Object.entries(golden.frozen))
      expect([file, questionnaireKey(load(file))]).toEqual([file, key]);
  });

  it('is computed as docs/storage.md describes it', () => {
    for (const file of [...Object.keys(golden.bundled), ...Object.keys(golden.frozen)]) {
      const questionnaire = load(file);
      expect([file, fingerprint(questionnaire)]).toEqual([file, fingerprintAsDocumented(questionnaire)]);
    }
    // Text outside the Basic Latin block is hashed as UTF-16 code units, an emoji as two.
    const unusual = structuredClone(load('tests/fixtures/formats/v1/questionnaire-1.json')) as Questionnaire;
    unusual.sections[0]!.title = { sv: 'Förskola 🌱 och skola', en: '"Quoted"\\ and \u2028' };
    expect(fingerprint(unusual)).toBe(fingerprintAsDocumented(unusual));
  });

  it('depends on the content only: not on key order, $schema or absent fields, but on every text', () => {
    const questionnaire = load('questionnaires/eblomladan-2016.json');
    const reordered = Object.fromEntries(Object.entries(questionnaire).reverse()) as Questionnaire;
    expect(fingerprint(reordered)).toBe(fingerprint(questionnaire));
    expect(fingerprint({ ...questionnaire, $schema: 'https://example.invalid/other.json' })).toBe(
      fingerprint(questionnaire),
    );
    expect(fingerprint({ ...questionnaire, description: undefined })).not.toBe(fingerprint(questionnaire));
    const { description: _description, ...without } = questionnaire;
    expect(fingerprint({ ...questionnaire, description: undefined })).toBe(
      fingerprint(without as Questionnaire),
    );
    const edited = structuredClone(questionnaire) as Questionnaire;
    edited.sections[7]!.indicators[11]!.text = { ...edited.sections[7]!.indicators[11]!.text, sv: 'Ändrad.' };
    expect(fingerprint(edited)).not.toBe(fingerprint(questionnaire));
    expect(fingerprint(questionnaire)).toMatch(/^[0-9a-f]{16}$/);
  });
});
