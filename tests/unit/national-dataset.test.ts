import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExchangeText } from '../../src/domain/exchange/read';

const script = join(import.meta.dirname, '../../scripts/make-national-dataset.mjs');
const out = mkdtempSync(join(tmpdir(), 'eblomladan-national-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const make = (dir: string) =>
  execFileSync('node', [script, '--out', dir, '--municipalities', '3', '--years', '2'], { encoding: 'utf8' });

describe('the synthetic national dataset', () => {
  it('writes one valid, clearly labelled shared-round file per municipality and year', () => {
    make(join(out, 'a'));
    const names = readdirSync(join(out, 'a')).sort();
    expect(names).toEqual([
      'syntetisk-0114-2024.json',
      'syntetisk-0114-2025.json',
      'syntetisk-0115-2024.json',
      'syntetisk-0115-2025.json',
      'syntetisk-0117-2024.json',
      'syntetisk-0117-2025.json',
    ]);
    for (const name of names) {
      const read = readExchangeText(readFileSync(join(out, 'a', name), 'utf8'));
      expect(read.ok, name).toBe(true);
      if (!read.ok || read.value.kind !== 'round') throw new Error(`${name} is not a shared round`);
      expect(read.value.file.round.label).toMatch(/^Syntetiska data/);
      expect(Object.keys(read.value.file.answers).length).toBeGreaterThan(0);
    }
  });

  it('writes the same files from the same seed', () => {
    make(join(out, 'b'));
    for (const name of readdirSync(join(out, 'a'))) {
      expect(readFileSync(join(out, 'b', name), 'utf8')).toBe(readFileSync(join(out, 'a', name), 'utf8'));
    }
  });
});
