/**
 * scripts/make-national-dataset.mjs --dataset: the synthetic national dataset as ONE
 * `eblomladan.dataset/1` file, marked synthetic, holding exactly the rounds of the single round
 * files the script writes without the flag (tests/unit/national-dataset.test.ts covers that mode).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset, sharedRoundFiles } from '../../src/domain/exchange/dataset-read';
import { readExchangeText } from '../../src/domain/exchange/read';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';

const script = join(import.meta.dirname, '../../scripts/make-national-dataset.mjs');
const out = mkdtempSync(join(tmpdir(), 'eblomladan-dataset-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const make = (dir: string, ...flags: string[]) =>
  execFileSync('node', [script, '--out', dir, '--municipalities', '3', '--years', '2', ...flags], {
    encoding: 'utf8',
  });

/** A shared round file's content as the import reads it, with its snapshot's key instead of the snapshot. */
function asRead(text: string) {
  const read = readExchangeText(text);
  if (!read.ok || read.value.kind !== 'round') throw new Error(JSON.stringify(read));
  const { round, questionnaire, answers } = read.value.file;
  // A part with no answer at all says nothing; the dataset leaves it out.
  const parts = Object.entries(answers).filter(([, values]) => Object.keys(values).length > 0);
  return { ...round, key: questionnaireKey(questionnaire), answers: Object.fromEntries(parts) };
}

describe('the synthetic national dataset as one file', () => {
  it('writes one synthetic dataset with the single files’ rounds, id for id', () => {
    expect(make(join(out, 'set'), '--dataset')).toMatch(/^1 syntetiskt jämförelseunderlag med 6 omgångar/);
    expect(readdirSync(join(out, 'set'))).toEqual(['syntetisk-jamforelseunderlag.json']);
    const read = readDataset(readFileSync(join(out, 'set', 'syntetisk-jamforelseunderlag.json'), 'utf8'));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.synthetic).toBe(true);
    expect(read.value.notices).toEqual([]);
    expect(read.value.questionnaires.map((s) => s.key)).toEqual(['eblomladan@2016#279407b1b9da225d']);
    expect(read.value.rounds.map((r) => [r.organisationCode, r.year])).toEqual([
      ['0114', 2024],
      ['0114', 2025],
      ['0115', 2024],
      ['0115', 2025],
      ['0117', 2024],
      ['0117', 2025],
    ]);
    expect(read.value.rounds.every((r) => r.label.startsWith('Syntetiska data'))).toBe(true);

    make(join(out, 'files'));
    const singles = readdirSync(join(out, 'files'))
      .sort()
      .map((name) => asRead(readFileSync(join(out, 'files', name), 'utf8')));
    const fromDataset = sharedRoundFiles(read.value).map((file) => asRead(JSON.stringify(file)));
    expect(fromDataset).toEqual(singles);
  });

  it('writes the same bytes from the same seed', () => {
    make(join(out, 'again'), '--dataset');
    expect(readFileSync(join(out, 'again', 'syntetisk-jamforelseunderlag.json'), 'utf8')).toBe(
      readFileSync(join(out, 'set', 'syntetisk-jamforelseunderlag.json'), 'utf8'),
    );
  });
});
