/**
 * The interface strings as translators and the app see them: one JSON file per language and
 * namespace (src/i18n/locales). Swedish is the source; every shipped language must have exactly
 * its keys, the plural forms its own plural rules ask for, and the same {{placeholders}}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../src/i18n/i18n';
import { LANGUAGES, SHIPPED_LANGUAGES } from '../../src/i18n/languages';

const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Table = { [key: string]: string | Table };
const read = (language: string, namespace: string): Table =>
  JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')) as Table;

/** Every string with its dotted path. */
const flat = (table: Table, prefix = ''): [string, string][] =>
  Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : flat(value, `${prefix}${key}.`),
  );

/** The keys as code uses them: plural forms folded into one key. */
const baseKeys = (table: Table) => new Set(flat(table).map(([key]) => key.replace(PLURAL, '')));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('have one Swedish file per namespace, and no file outside the namespace list', () => {
    const files = readdirSync(join(LOCALES, 'sv')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...NAMESPACES].sort());
  });

  it('have a folder for every language, and no folder without a language', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  describe.each(SHIPPED_LANGUAGES.filter((l) => l.code !== 'sv'))('$name', ({ code }) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

    it.each([...NAMESPACES])('%s has exactly the Swedish keys, each with its placeholders', (namespace) => {
      const source = read('sv', namespace);
      const target = read(code, namespace);
      expect([...baseKeys(target)].sort()).toEqual([...baseKeys(source)].sort());
      const sourceText = new Map(flat(source).map(([key, text]) => [key.replace(PLURAL, ''), text]));
      for (const [key, text] of flat(target)) {
        const base = key.replace(PLURAL, '');
        const plural = PLURAL.exec(key)?.[1];
        if (plural) expect(categories, `${namespace}:${key}`).toContain(plural);
        // A plural form may leave out {{count}} ("one" often says "a file"); nothing else may go.
        const expected = placeholders(sourceText.get(base)!).filter((p) => !(plural && p === 'count'));
        expect(
          placeholders(text).filter((p) => !(plural && p === 'count')),
          `${namespace}:${key}`,
        ).toEqual(expected);
      }
      for (const [key] of flat(target).filter(([k]) => PLURAL.test(k)))
        for (const category of categories)
          expect(
            flat(target).some(([k]) => k === key.replace(PLURAL, `_${category}`)),
            `${namespace}:${key} lacks _${category}`,
          ).toBe(true);
    });
  });

  it('has no key in the pseudo-locale that Swedish lacks (a misspelt key would never show)', () => {
    const pseudo = LANGUAGES.find((l) => !SHIPPED_LANGUAGES.some((s) => s.code === l.code));
    expect(pseudo).toBeDefined();
    for (const file of readdirSync(join(LOCALES, pseudo!.code))) {
      const namespace = file.replace(/\.json$/, '');
      const known = baseKeys(read('sv', namespace));
      for (const key of baseKeys(read(pseudo!.code, namespace))) expect(known, key).toContain(key);
    }
  });
});
