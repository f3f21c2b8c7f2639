/**
 * The whole country over ten years (290 municipalities × 10 years = 2,900 rounds on the 2016
 * questionnaire) as one dataset: built and read back in a unit test within a generous bound, and a
 * small fraction of the bytes of the 2,900 single round files it replaces. Prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/exchange/dataset-build';
import { readDataset } from '../../src/domain/exchange/dataset-read';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { bundled, MUNICIPALITIES, REGISTER, singleRoundFile, syntheticReferences } from './dataset-helpers';

const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);
/** Generous: a loaded two-core machine takes well under a second for each; a regression to per-round snapshot work takes tens. */
const BOUND_MS = 15_000;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('a dataset of every municipality over ten years', () => {
  it('builds and reads 290 × 10 rounds in seconds, in under 15 % of the bytes of the single files', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    const q2016 = bundled('eblomladan-2016.json');
    const references = syntheticReferences(q2016, 290, YEARS);
    expect(references).toHaveLength(2900);

    const started = performance.now();
    const file = buildDataset(
      { own: [], references, questionnaires: new Map([[questionnaireKey(q2016), q2016]]) },
      {},
      REGISTER,
      { now: '2026-02-01T10:00:00.000Z', version: '0.1.0', synthetic: true },
    );
    const text = JSON.stringify(file);
    const built = performance.now();
    const read = readDataset(text);
    const done = performance.now();
    if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
    expect(read.value.rounds).toHaveLength(2900);

    // Every single file as written (JSON.stringify), counted without building 240 MB of text:
    // the file with a one-character stand-in for its snapshot, plus the snapshot's own bytes.
    const snapshotBytes = bytes(JSON.stringify(q2016));
    let singles = 0;
    for (const round of references)
      singles +=
        bytes(JSON.stringify({ ...singleRoundFile(round, q2016), questionnaire: 0 })) - 1 + snapshotBytes;
    const datasetBytes = bytes(text);
    const share = datasetBytes / singles;

    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    console.log(
      [
        `290 × 10 dataset: ${mb(datasetBytes)} (${Math.round(datasetBytes / 2900)} B a round) ` +
          `against ${mb(singles)} in 2,900 single files: ${(share * 100).toFixed(2)} %`,
        `build + JSON.stringify ${Math.round(built - started)} ms, readDataset ${Math.round(done - built)} ms`,
      ].join('\n'),
    );
    expect(share).toBeLessThan(0.15);
    expect(done - started).toBeLessThan(BOUND_MS);
  });
});
