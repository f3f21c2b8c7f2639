import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../questionnaires');

/** Paths of every `{ sv, en? }` text in a questionnaire that has Swedish but no English. */
function missingEnglish(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => missingEnglish(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.sv === 'string') return typeof record.en === 'string' && record.en.trim() ? [] : [path];
  return Object.entries(record).flatMap(([key, v]) => missingEnglish(v, path ? `${path}.${key}` : key));
}

describe('the English interface is complete', () => {
  const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as {
    questionnaires: { file: string }[];
  };

  it.each(index.questionnaires.map((q) => q.file))('%s has English for every text', (file) => {
    const questionnaire: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    expect(missingEnglish(questionnaire)).toEqual([]);
  });
});
