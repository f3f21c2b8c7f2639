import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogSchema } from '../../src/domain/questionnaire/catalog';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import { checkSupersedes } from '../../src/domain/questionnaire/supersedes';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { formatPath } from '../../src/domain/validation/issues';

const dir = join(import.meta.dirname, '../../questionnaires');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const files = readdirSync(dir).filter(
  (f) => f.endsWith('.json') && f !== 'index.json' && f !== 'schema.json',
);

function load(file: string): Questionnaire {
  const result = loadQuestionnaire(read(file));
  if (!result.ok) {
    const lines = result.issues.map((i) => `${formatPath(i.path)}: ${i.rule} ${JSON.stringify(i.params)}`);
    throw new Error(`${file} is invalid:\n${lines.join('\n')}`);
  }
  return result.value;
}

const indicators = (q: Questionnaire) => q.sections.flatMap((s) => s.indicators);

describe('bundled questionnaires', () => {
  it('include eBlomlådan 2014 and 2016', () => {
    expect(files).toEqual(expect.arrayContaining(['eblomladan-2014.json', 'eblomladan-2016.json']));
  });

  it.each(files)('%s is a valid questionnaire', (file) => {
    expect(load(file).format).toBe('eblomladan.questionnaire/1');
  });

  it('index.json lists every file, with the id, version, date and title the file has', () => {
    const catalog = CatalogSchema.parse(JSON.parse(read('index.json')));
    expect(catalog.questionnaires.map((e) => e.file).sort()).toEqual([...files].sort());
    for (const entry of catalog.questionnaires) {
      const q = load(entry.file);
      expect({ id: q.id, version: q.version, published: q.published, title: q.title }).toEqual({
        id: entry.id,
        version: entry.version,
        published: entry.published,
        title: entry.title,
      });
    }
  });

  it('every supersedes map names exactly the indicators of the bundled previous version', () => {
    const all = files.map(load);
    for (const q of all.filter((x) => x.supersedes)) {
      const previous = all.find((p) => p.id === q.id && p.version === q.supersedes!.version);
      expect(previous, `${q.id}@${q.supersedes!.version} must be bundled`).toBeDefined();
      expect(checkSupersedes(q, previous!)).toEqual([]);
    }
  });

  it('the eBlomlådan versions have 50–80 indicators, each with a help text in both languages', () => {
    for (const q of files.map(load).filter((x) => x.id === 'eblomladan')) {
      const list = indicators(q);
      expect(list.length).toBeGreaterThanOrEqual(50);
      expect(list.length).toBeLessThanOrEqual(80);
      for (const indicator of list) {
        expect(indicator.help?.sv, indicator.id).toBeTruthy();
        expect(indicator.help?.en, indicator.id).toBeTruthy();
        expect(indicator.text.en, indicator.id).toBeTruthy();
      }
    }
  });

  it('the eBlomlådan versions suggest activities for every indicator, in Swedish and English', () => {
    for (const q of files.map(load).filter((x) => x.id === 'eblomladan')) {
      for (const indicator of indicators(q)) {
        expect(indicator.suggestions?.length, indicator.id).toBeGreaterThanOrEqual(1);
        for (const suggestion of indicator.suggestions ?? []) {
          expect(suggestion.sv, indicator.id).toBeTruthy();
          expect(suggestion.en, indicator.id).toBeTruthy();
        }
      }
    }
  });
});
