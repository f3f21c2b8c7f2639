import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  planReference,
  referenceKeys,
  type HeldReference,
  type IncomingReference,
} from '../../src/domain/exchange/reference-plan';
import { readReferenceText, type ReferenceFile } from '../../src/domain/exchange/reference-read';
import type { Municipality } from '../../src/domain/organisations';
import register from '../../src/data/kommuner.json';

const fixture = (path: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/formats', path), 'utf8');
const NOW = '2026-12-01T10:00:00.000Z';
const municipalities = register.municipalities as unknown as Municipality[];
const nothingHeld: HeldReference = {
  referenceRounds: new Map(),
  ownRounds: new Set(),
  questionnaires: new Set(),
};

function incoming(...files: [string, string][]): IncomingReference {
  const read = files.map(([name, text]) => readReferenceText(name, text));
  for (const file of read) if (!file.ok || file.kind === 'other') throw new Error(`${file.name} not read`);
  return { files: read as IncomingReference['files'] };
}
const dataset = () => incoming(['underlag.json', fixture('dataset-1/dataset-1.json')]);
const GOTEBORG = '61011964-040d-462a-82a0-c0631480eee6';

describe('reading reference files', () => {
  it('reads a dataset and a shared round alike, and names any other exchange file as other', () => {
    const read = readReferenceText('underlag.json', fixture('dataset-1/dataset-1.json'));
    expect(read).toMatchObject({ ok: true, kind: 'dataset', synthetic: false });
    if (!read.ok || read.kind === 'other') throw new Error('not read');
    expect(read.rounds.map((r) => [r.organisationCode, r.year])).toEqual([
      ['1440', 2024],
      ['1440', 2025],
      ['1480', 2024],
    ]);
    const round = readReferenceText('goteborg.json', fixture('v1/round-1.json'));
    expect(round).toMatchObject({ ok: true, kind: 'round', rounds: [{ id: GOTEBORG, year: 2024 }] });
    expect(readReferenceText('svar.json', fixture('v2/response-2.json'))).toEqual({
      name: 'svar.json',
      ok: true,
      kind: 'other',
    });
    const broken: ReferenceFile = readReferenceText('trasig.json', '{"format": "eblomladan.dataset/1",');
    expect(broken.ok).toBe(false);
  });
});

describe('the reference plan', () => {
  it('adds every round that is new, with its snapshot once, and counts them per year, version and county', () => {
    const plan = planReference(dataset(), nothingHeld, municipalities, NOW);
    expect(plan.totals).toEqual({ add: 3, same: 0, replace: 0, refused: 0 });
    expect(plan.byYear).toEqual([
      [2024, { add: 2, same: 0, replace: 0, refused: 0 }],
      [2025, { add: 1, same: 0, replace: 0, refused: 0 }],
    ]);
    expect(plan.byCounty.map(([county, counts]) => [county, counts.add])).toEqual([
      ['Västra Götalands län', 3],
    ]);
    expect(plan.byQuestionnaire.map(([q]) => q).every((q) => /^eblomladan@\d+$/.test(q))).toBe(true);
    expect(plan.writes.referenceRounds).toHaveLength(3);
    expect(plan.writes.referenceRounds[0]).toMatchObject({ importedAt: NOW, fileName: 'underlag.json' });
    expect(plan.writes.referenceRounds.some((r) => 'synthetic' in r)).toBe(false);
    const keys = new Set(plan.writes.referenceRounds.map((r) => r.questionnaireKey));
    expect(plan.writes.questionnaires.map((q) => q.key).sort()).toEqual([...keys].sort());
    expect(plan.changes).toBe(true);
  });

  it('writes nothing for rounds held with the same content, and replaces those that differ', () => {
    const first = planReference(dataset(), nothingHeld, municipalities, NOW);
    const [a, b, c] = first.writes.referenceRounds;
    const held: HeldReference = {
      referenceRounds: new Map([
        [a!.id, { ...a!, importedAt: '2025-01-01T00:00:00.000Z', fileName: 'äldre.json' }],
        [b!.id, { ...b!, label: 'Annan benämning' }],
      ]),
      ownRounds: new Set(),
      questionnaires: new Set(first.writes.questionnaires.map((q) => q.key)),
    };
    const plan = planReference(dataset(), held, municipalities, NOW);
    expect(plan.totals).toEqual({ add: 1, same: 1, replace: 1, refused: 0 });
    expect(plan.writes.referenceRounds.map((r) => r.id)).toEqual([b!.id, c!.id]);
    expect(plan.writes.questionnaires).toEqual([]);
    expect(plan.signature).not.toBe(first.signature);
  });

  it('refuses the municipality’s own round and a round a file chosen earlier already brings, saying why', () => {
    const both = incoming(
      ['underlag.json', fixture('dataset-1/dataset-1.json')],
      ['goteborg.json', fixture('v1/round-1.json')],
    );
    const own = '9add4999-d143-4929-be4e-414d2e7276cc';
    const plan = planReference(both, { ...nothingHeld, ownRounds: new Set([own]) }, municipalities, NOW);
    expect(plan.rounds.filter((r) => r.outcome === 'refused')).toEqual([
      expect.objectContaining({ id: own, reason: 'own-round', fileName: 'underlag.json' }),
      expect.objectContaining({ id: GOTEBORG, reason: 'twice-in-selection', fileName: 'goteborg.json' }),
    ]);
    expect(plan.writes.referenceRounds.map((r) => r.id)).not.toContain(own);
    expect(plan.writes.referenceRounds.filter((r) => r.id === GOTEBORG)).toHaveLength(1);
  });

  it('marks every round of a synthetic dataset, so the views can say so', () => {
    const text = fixture('dataset-1/dataset-1.json').replace('"synthetic": false', '"synthetic": true');
    const plan = planReference(incoming(['syntetisk.json', text]), nothingHeld, municipalities, NOW);
    expect(plan.synthetic).toBe(true);
    expect(plan.writes.referenceRounds.every((r) => r.synthetic === true)).toBe(true);
  });

  it('asks the database only for the ids and snapshot keys the files bring', () => {
    const { ids, keys } = referenceKeys(dataset());
    expect(ids).toHaveLength(3);
    expect(keys.length).toBeGreaterThanOrEqual(1);
  });
});
