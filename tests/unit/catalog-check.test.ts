import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogSchema } from '../../src/domain/questionnaire/catalog';
import { checkCatalog } from '../../src/domain/questionnaire/catalog-check';
import { fromZodIssues } from '../../src/domain/validation/issues';

const bundled: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../questionnaires/index.json'), 'utf8'),
);

/** The issues the zod schema gives, as the app used to report them. */
function zodIssues(data: unknown) {
  const parsed = CatalogSchema.safeParse(data);
  return parsed.success ? [] : fromZodIssues(parsed.error.issues, data);
}
const handIssues = (data: unknown) => {
  const checked = checkCatalog(data);
  return checked.ok ? [] : checked.issues;
};

const entry = (over: Record<string, unknown> = {}) => ({
  file: 'eblomladan-2016.json',
  id: 'eblomladan',
  version: '2016',
  published: '2016-03-01',
  title: { sv: 'eBlomlådan 2016', en: 'eBlomlådan 2016' },
  ...over,
});
const catalog = (...questionnaires: unknown[]) => ({
  format: 'eblomladan.questionnaire-index/1',
  questionnaires,
});
const without = (key: string) => {
  const copy: Record<string, unknown> = entry();
  delete copy[key];
  return copy;
};

/** Files written by hand: each breaks the catalogue in one or more ways. */
const BROKEN: [string, unknown][] = [
  ['not an object', []],
  ['null', null],
  ['a string', 'index'],
  ['an empty object', {}],
  ['another format', { ...catalog(), format: 'eblomladan.questionnaire-index/2' }],
  ['a format that is a number', { ...catalog(), format: 1 }],
  ['no list', { format: 'eblomladan.questionnaire-index/1' }],
  ['a list that is an object', { ...catalog(), questionnaires: {} }],
  ['an extra key at the top', { ...catalog(entry()), extra: 1, more: 'x' }],
  ['an entry that is a string', catalog('eblomladan-2016.json')],
  ['an entry with only a file', catalog({ file: '../x.json' })],
  ['an entry without a title', catalog(without('title'))],
  ['an entry without a date', catalog(without('published'))],
  ['an entry with an extra key', catalog(entry({ sha: 'abc' }))],
  ['a file outside the folder', catalog(entry({ file: '../x.json' }))],
  ['a file name too long', catalog(entry({ file: `${'a'.repeat(100)}.json` }))],
  ['a file name too long and wrong', catalog(entry({ file: `${'A'.repeat(120)}.json` }))],
  ['a file that is a number', catalog(entry({ file: 2016 }))],
  ['an id with capitals', catalog(entry({ id: 'eBlomladan' }))],
  ['an empty id', catalog(entry({ id: '' }))],
  ['a version with a space', catalog(entry({ version: '20 16' }))],
  ['a version that is a number', catalog(entry({ version: 2016 }))],
  ['a date with a time', catalog(entry({ published: '2016-03-01T00:00:00Z' }))],
  ['a date that does not exist', catalog(entry({ published: '2015-02-29' }))],
  ['a month 13', catalog(entry({ published: '2016-13-01' }))],
  ['a date that is a number', catalog(entry({ published: 20160301 }))],
  ['a title that is a string', catalog(entry({ title: 'eBlomlådan' }))],
  ['a title without English', catalog(entry({ title: { sv: 'x' } }))],
  ['a title with a third language', catalog(entry({ title: { sv: 'x', en: 'x', fi: 'x' } }))],
  ['a title that is null', catalog(entry({ title: null }))],
  ['too many entries', catalog(...Array.from({ length: 101 }, () => entry()))],
  [
    'too many entries, some broken',
    catalog(...Array.from({ length: 101 }, (_, i) => (i % 50 === 0 ? entry({ id: 'X' }) : entry()))),
  ],
  ['more issues than are kept', catalog(...Array.from({ length: 60 }, () => entry({ id: 'X' })))],
  ['many things at once', { extra: 1, questionnaires: [entry({ id: 'X', title: {} }), 3, null] }],
];

/** The same random choices on every run, so a failure can be seen again. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}
const VALUES: unknown[] = [
  null,
  0,
  true,
  '',
  'x',
  'eblomladan',
  '2020-02-29',
  '2019-02-29',
  'a.json',
  [],
  {},
  { sv: 's', en: 'e' },
];

/** A copy of a valid catalogue with one to three random changes: a value replaced, a key removed or added. */
function mutate(next: () => number): unknown {
  const data = structuredClone(catalog(entry(), entry({ version: '2014', published: '2014-02-01' })));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    // Walk down a random path, then change what is there.
    let parent: Record<string | number, unknown> = data;
    for (;;) {
      const keys = Object.keys(parent);
      if (keys.length === 0) break;
      const key = pick(keys);
      const child = parent[key];
      if (child && typeof child === 'object' && next() < 0.6) parent = child as typeof parent;
      else {
        const action = next();
        if (action < 0.2) delete parent[key];
        else if (action < 0.3) parent[`extra${Math.floor(next() * 3)}`] = 1;
        else parent[key] = structuredClone(pick(VALUES));
        break;
      }
    }
  }
  return JSON.parse(JSON.stringify(data));
}

describe('the catalogue check without zod', () => {
  it('accepts the bundled index.json, as the schema does', () => {
    expect(zodIssues(bundled)).toEqual([]);
    expect(checkCatalog(bundled)).toEqual({ ok: true, value: bundled });
  });

  it.each(BROKEN)('gives the issues the schema gives for %s', (_, data) => {
    const expected = zodIssues(data);
    expect(expected.length).toBeGreaterThan(0);
    expect(handIssues(data)).toEqual(expected);
  });

  it('gives the issues the schema gives for 2,000 randomly broken catalogues', () => {
    const next = random(18);
    let broken = 0;
    for (let i = 0; i < 2000; i++) {
      const data = mutate(next);
      const expected = zodIssues(data);
      if (expected.length > 0) broken++;
      expect(handIssues(data), JSON.stringify(data)).toEqual(expected);
    }
    // Most changes break something: the comparison is not only of valid files.
    expect(broken).toBeGreaterThan(1000);
  });
});
