/**
 * A selection of shared round files (`eblomladan.round/1`, about 84 kB each, 97 % of it the same
 * questionnaire snapshot) is read with one SnapshotCache: each distinct snapshot is validated
 * once and every file's result holds the same object for it, so the worker sends one copy back
 * instead of one per file. Each file is still checked, and read exactly as it would be on its own;
 * two snapshots under one key with different contents are refused. Also: a small file is read
 * once (its format told from the text), and the reading worker can be started ahead.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Exchange from '../../src/domain/exchange/read';
import type * as Fingerprint from '../../src/domain/questionnaire/fingerprint';
import type { DatasetFile } from '../../src/domain/exchange/dataset';
import { readDataset } from '../../src/domain/exchange/dataset-read';
import {
  readReferenceText,
  SnapshotCache,
  type ReferenceFile,
} from '../../src/domain/exchange/reference-read';
import { EXCHANGE_FORMATS, type SharedRoundFile } from '../../src/domain/exchange/schema';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { prepareReferenceReader, readReferenceFiles } from '../../src/storage/reference-import/files';
import { readAll, readOne } from '../../src/storage/reference-import/read';
import { bundled, singleRoundFile, syntheticReferences } from './dataset-helpers';

/** How many files went through the whole exchange check (validateExchange), snapshot and all. */
const validated = vi.hoisted(() => ({ files: 0 }));
vi.mock('../../src/domain/exchange/read', async (importOriginal) => {
  const original = await importOriginal<typeof Exchange>();
  return {
    ...original,
    validateExchange: (data: unknown) => {
      validated.files++;
      return original.validateExchange(data);
    },
  };
});

/**
 * With `on`, every snapshot of one questionnaire version gets the same key, as two different
 * contents that a hostile writer made collide in the 64-bit fingerprint would.
 */
const collide = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/domain/questionnaire/fingerprint', async (importOriginal) => {
  const original = await importOriginal<typeof Fingerprint>();
  return {
    ...original,
    questionnaireKey: (q: Questionnaire) =>
      collide.on ? `${q.id}@${q.version}#0000000000000000` : original.questionnaireKey(q),
  };
});

beforeEach(() => {
  validated.files = 0;
  collide.on = false;
});

const Q = bundled('eblomladan-2016.json');
const KEY = questionnaireKey(Q);
const ROUNDS = syntheticReferences(Q, 25, [2024]);
const files = (questionnaire: Questionnaire = Q) =>
  ROUNDS.map((round) => singleRoundFile(round, questionnaire));
const text = (file: unknown) => JSON.stringify(file, null, 2);
const name = (i: number) => `omgang-${i}.json`;

type Read = Extract<ReferenceFile, { kind: 'dataset' | 'round' }>;
function read(file: ReferenceFile): Read {
  if (!file.ok || file.kind === 'other') throw new Error(`${file.name}: ${JSON.stringify(file)}`);
  return file;
}

/** A title of the snapshot changed: another content, so (without `collide`) another key. */
function retitled(questionnaire: Questionnaire): Questionnaire {
  const other = structuredClone(questionnaire) as Questionnaire & { title: { sv: string } };
  other.title.sv += ' (rättad)';
  return other;
}

describe('shared round files of one selection', () => {
  it('validate a snapshot once for any number of files carrying it, and hold one object for it', () => {
    const texts = files().map(text);
    const cache = new SnapshotCache();
    const results = texts.map((t, i) => read(readReferenceText(name(i), t, cache)));

    expect(validated.files).toBe(1);
    const snapshots = new Set(results.map((r) => r.snapshots.get(KEY)));
    expect(snapshots.size).toBe(1);
    expect(results.map((r) => r.rounds[0]!.id)).toEqual(ROUNDS.map((r) => r.id));
    // Across a worker's boundary (one message) the results still hold one copy.
    const cloned = structuredClone(results);
    expect(cloned[0]!.snapshots.get(KEY)).toBe(cloned.at(-1)!.snapshots.get(KEY));

    // Each file reads exactly as it does on its own, snapshot and all.
    texts.forEach((t, i) => expect(results[i]).toEqual(readReferenceText(name(i), t)));
  });

  it('match a snapshot written with its keys in another order without validating it again', () => {
    const reorder = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reorder)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reorder(v)]),
            )
          : value;
    const [first, second] = files();
    const cache = new SnapshotCache();
    const a = read(readReferenceText('a.json', text(first), cache));
    const b = read(readReferenceText('b.json', text({ ...second, questionnaire: reorder(Q) }), cache));
    expect(validated.files).toBe(1);
    expect(b.snapshots.get(KEY)).toBe(a.snapshots.get(KEY));
  });

  it('still check the rest of every file, refusing with the words they would get on their own', () => {
    const [first, second, third, fourth] = files();
    const offScale = structuredClone(second!) as SharedRoundFile;
    const [part] = Object.keys(offScale.answers);
    const [indicator] = Object.keys(offScale.answers[part!]!);
    offScale.answers[part!]![indicator!] = 'kanske';
    const unknownPart = structuredClone(third!) as SharedRoundFile;
    unknownPart.answers['ingen-sadan-del'] = { x: 'ja' };
    const badDate = { ...fourth!, createdAt: 'igår' };
    const newer = { ...fourth!, round: { ...fourth!.round, colour: '#2a7' }, region: 'Skåne' };
    const texts = [first, offScale, unknownPart, badDate, newer].map(text);

    const cache = new SnapshotCache();
    const results = texts.map((t, i) => readReferenceText(name(i), t, cache));
    expect(results.map((r) => r.ok)).toEqual([true, false, false, false, true]);
    expect(results[1]).toMatchObject({ ok: false, kind: 'round', issues: [{ rule: 'not-on-scale' }] });
    expect(results[2]).toMatchObject({ ok: false, issues: [{ rule: 'unknown-section' }] });
    expect(read(results[4]!).notices.map((n) => n.path)).toEqual(['round.colour', 'region']);
    texts.forEach((t, i) => expect(results[i]).toEqual(readReferenceText(name(i), t)));
  });

  it('keep fields a newer app added inside the snapshot, and say so for every file', () => {
    const licensed = { ...structuredClone(Q), licence: { sv: 'CC BY 4.0' } } as Questionnaire;
    const key = questionnaireKey(licensed);
    const cache = new SnapshotCache();
    const results = files(licensed).map((f, i) => read(readReferenceText(name(i), text(f), cache)));
    expect(validated.files).toBe(1);
    for (const result of results) {
      expect(result.notices).toEqual([
        { rule: 'kept-fields', path: 'questionnaire.licence', params: { count: 1 } },
      ]);
      expect(result.snapshots.get(key)).toHaveProperty('licence', { sv: 'CC BY 4.0' });
    }
  });

  it('validate each distinct snapshot once, and keep them apart', () => {
    const other = retitled(Q);
    const mixed = [...files().slice(0, 10), ...files(other).slice(10)];
    const cache = new SnapshotCache();
    const results = mixed.map((f, i) => read(readReferenceText(name(i), text(f), cache)));
    expect(validated.files).toBe(2);
    expect(new Set(results.map((r) => [...r.snapshots.values()][0])).size).toBe(2);
    expect(results[12]!.rounds[0]!.questionnaireKey).toBe(questionnaireKey(other));
  });
});

describe('two snapshots under one key with different contents', () => {
  const dataset = (questionnaire: Questionnaire): DatasetFile => {
    const key = questionnaireKey(questionnaire);
    return {
      format: 'eblomladan.dataset/1',
      writtenBy: { app: 'eBlomlådan', version: '0.1.0' },
      createdAt: '2026-02-01T10:00:00.000Z',
      synthetic: false,
      questionnaires: [{ key, questionnaire }],
      rounds: ROUNDS.slice(20).map(({ importedAt: _, fileName: __, ...round }) => ({
        ...round,
        questionnaireKey: key,
      })),
    };
  };

  it('are refused in the later file, naming the key, as a dataset refuses a key given twice', () => {
    collide.on = true;
    const other = retitled(Q);
    const key = questionnaireKey(Q);
    expect(questionnaireKey(other)).toBe(key);
    const [first, second] = files();
    const cache = new SnapshotCache();
    const a = readReferenceText('a.json', text(first), cache);
    const b = readReferenceText('b.json', text({ ...second, questionnaire: other }), cache);
    expect(a.ok).toBe(true);
    expect(b).toEqual({
      name: 'b.json',
      ok: false,
      kind: 'round',
      issues: [{ path: ['questionnaire'], rule: 'snapshot-conflict', params: { key } }],
    });
  });

  it('are refused between a dataset and a shared round file, whichever comes first', () => {
    collide.on = true;
    const other = retitled(Q);
    const key = questionnaireKey(Q);
    const [first] = files();
    let cache = new SnapshotCache();
    expect(
      read(readReferenceText('underlag.json', text(dataset(Q)), cache)).snapshots.get(key),
    ).toBeDefined();
    expect(readReferenceText('a.json', text({ ...first, questionnaire: other }), cache)).toMatchObject({
      ok: false,
      issues: [{ path: ['questionnaire'], rule: 'snapshot-conflict', params: { key } }],
    });

    cache = new SnapshotCache();
    read(readReferenceText('a.json', text(first), cache));
    expect(readReferenceText('underlag.json', text(dataset(other)), cache)).toMatchObject({
      ok: false,
      kind: 'dataset',
      issues: [{ path: ['questionnaires', 0, 'key'], rule: 'snapshot-conflict', params: { key } }],
    });
  });

  it('are one snapshot when only the order of their fields or `$schema` differs', () => {
    collide.on = true;
    const [first, second] = files();
    const withSchema = { $schema: 'https://example.org/q.json', ...structuredClone(Q) };
    const cache = new SnapshotCache();
    const a = read(readReferenceText('a.json', text(dataset(Q)), cache));
    const b = read(readReferenceText('b.json', text({ ...first, questionnaire: withSchema }), cache));
    const c = read(readReferenceText('c.json', text(second), cache));
    const key = questionnaireKey(Q);
    expect(b.snapshots.get(key)).toBe(a.snapshots.get(key));
    expect(c.snapshots.get(key)).toBe(a.snapshots.get(key));
  });
});

describe('a dataset', () => {
  it('still refuses an answer whose part or value is no id, in the schema’s words', () => {
    const file = structuredClone(
      (() => {
        const key = questionnaireKey(Q);
        const [round] = ROUNDS;
        const { importedAt: _, fileName: __, ...rest } = round!;
        return {
          format: 'eblomladan.dataset/1',
          writtenBy: { app: 'eBlomlådan', version: '0.1.0' },
          createdAt: '2026-02-01T10:00:00.000Z',
          synthetic: false,
          questionnaires: [{ key, questionnaire: Q }],
          rounds: [{ ...rest, questionnaireKey: key, answers: { 'Ingen del!': { a: 'JA' } } }],
        };
      })(),
    );
    const refused = readDataset(text(file));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.issues.map((i) => [i.path.join('.'), i.rule])).toEqual([
      ['rounds.0.answers.Ingen del!', 'not-an-id'],
    ]);
    file.rounds[0]!.answers = { x: 'ja' } as never;
    const wrongType = readDataset(text(file));
    expect(!wrongType.ok && wrongType.issues.map((i) => [i.path.join('.'), i.rule])).toEqual([
      ['rounds.0.answers.x', 'wrong-type'],
    ]);
  });
});

describe('reading the files of a selection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a small file once, telling its format from the text', async () => {
    const [first] = files();
    const file = new File([text(first)], 'a.json');
    const slice = vi.spyOn(file, 'slice');
    const whole = vi.spyOn(file, 'text');
    expect(await readOne(file, 'a.json')).toMatchObject({ ok: true, kind: 'round' });
    expect(slice).not.toHaveBeenCalled();
    expect(whole).toHaveBeenCalledTimes(1);

    const response = new File([text({ format: EXCHANGE_FORMATS.response })], 'svar.json');
    const read = vi.spyOn(response, 'text');
    expect(await readOne(response, 'svar.json')).toEqual({ name: 'svar.json', ok: true, kind: 'other' });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('tells a large file of another kind by its head, without reading it whole', async () => {
    const backup = new File(
      [`{"format": "eblomladan.backup/2", "filler": "${'x'.repeat(2 * 1024 * 1024)}"}`],
      'kopia.json',
    );
    const whole = vi.spyOn(backup, 'text');
    expect(await readOne(backup, 'kopia.json')).toEqual({ name: 'kopia.json', ok: true, kind: 'other' });
    expect(whole).not.toHaveBeenCalled();
  });

  it('shares one cache over the selection', async () => {
    const chosen = files().map((f, i) => new File([text(f)], name(i)));
    const results = (await readAll(chosen, () => {})).map(read);
    expect(validated.files).toBe(1);
    expect(new Set(results.map((r) => r.snapshots.get(KEY))).size).toBe(1);
  });

  it('takes a reader started ahead, and ends one that no selection took', async () => {
    class FakeWorker {
      static made: FakeWorker[] = [];
      terminated = false;
      onmessage?: (event: { data: unknown }) => void;
      onerror?: unknown;
      constructor() {
        FakeWorker.made.push(this);
      }
      postMessage() {
        queueMicrotask(() => this.onmessage?.({ data: { type: 'done', results: [] } }));
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const stop = prepareReferenceReader();
    expect(FakeWorker.made).toHaveLength(1);
    await expect(readReferenceFiles([], () => {}, new AbortController().signal)).resolves.toEqual([]);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    stop();
    // The next selection starts its own; a reader started ahead and never used is ended.
    await readReferenceFiles([], () => {}, new AbortController().signal);
    expect(FakeWorker.made).toHaveLength(2);
    const again = prepareReferenceReader();
    expect(FakeWorker.made).toHaveLength(3);
    again();
    expect(FakeWorker.made[2]!.terminated).toBe(true);
  });
});
