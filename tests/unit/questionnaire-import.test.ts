import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { db } from '../../src/storage/db';
import { findImported, importQuestionnaire } from '../../src/storage/questionnaires';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/questionnaires', name), 'utf8');

/** The regional fixture, validated as the app does, optionally changed before validation. */
function regional(change: (draft: Record<string, unknown>) => void = () => {}): Questionnaire {
  const draft = JSON.parse(fixture('regional-4-levels.json')) as Record<string, unknown>;
  change(draft);
  const loaded = loadQuestionnaire(JSON.stringify(draft));
  if (!loaded.ok) throw new Error(`fixture is invalid: ${JSON.stringify(loaded.issues)}`);
  return loaded.value;
}

const bundled = [
  { id: 'eblomladan', version: '2014' },
  { id: 'eblomladan', version: '2016' },
];

describe('importing a questionnaire file', () => {
  it('stores a new questionnaire once, as imported, with its file name', async () => {
    const q = regional();
    const result = await importQuestionnaire(q, 'regional-4-levels.json', bundled);

    expect(result.outcome).toBe('imported');
    const rows = await db.questionnaires.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: questionnaireKey(q),
      id: 'region-skane-digital',
      version: '2025',
      source: 'imported',
      fileName: 'regional-4-levels.json',
    });
    expect(Number.isNaN(Date.parse(rows[0]!.storedAt))).toBe(false);
    expect(rows[0]!.questionnaire.scale.options).toHaveLength(4);
  });

  it('says the identical questionnaire is already there and changes nothing', async () => {
    await importQuestionnaire(regional(), 'regional-4-levels.json', bundled);
    const before = await db.questionnaires.toArray();

    // The same content, from a file with another name.
    const again = await importQuestionnaire(regional(), 'kopia.json', bundled);

    expect(again.outcome).toBe('already-there');
    expect(await db.questionnaires.toArray()).toEqual(before);
  });

  it('refuses another file with the same id and version, leaving the stored one as it was', async () => {
    await importQuestionnaire(regional(), 'regional-4-levels.json', bundled);
    const before = await db.questionnaires.toArray();
    const changed = regional((draft) => {
      (draft.title as { sv: string }).sv = 'Digital mognad i Skåne, ändrad';
    });

    const result = await importQuestionnaire(changed, 'andrad.json', bundled);

    expect(result).toEqual({ outcome: 'refused', reason: 'version-taken' });
    expect(await db.questionnaires.toArray()).toEqual(before);
  });

  it('accepts the same questionnaire with a new version number next to the old one', async () => {
    await importQuestionnaire(regional(), 'regional-4-levels.json', bundled);
    const next = regional((draft) => {
      draft.version = '2026';
    });

    expect((await importQuestionnaire(next, 'regional-2026.json', bundled)).outcome).toBe('imported');
    expect(await db.questionnaires.count()).toBe(2);
  });

  it('refuses a version that comes with the app, storing nothing', async () => {
    const sameAsBundled = regional((draft) => {
      draft.id = 'eblomladan';
      draft.version = '2016';
    });

    const result = await importQuestionnaire(sameAsBundled, 'eblomladan-2016.json', bundled);

    expect(result).toEqual({ outcome: 'refused', reason: 'bundled' });
    expect(await db.questionnaires.count()).toBe(0);
  });

  it('refuses an id@version stored as the snapshot of a bundled questionnaire', async () => {
    const q = regional();
    await db.questionnaires.add({
      key: questionnaireKey(q),
      id: q.id,
      version: q.version,
      source: 'bundled',
      storedAt: '2025-01-01T00:00:00.000Z',
      questionnaire: q,
    });

    // Not in this installation's catalog any more, but rounds were answered on it.
    const result = await importQuestionnaire(q, 'regional-4-levels.json', []);

    expect(result).toEqual({ outcome: 'refused', reason: 'bundled' });
    expect(await db.questionnaires.count()).toBe(1);
    expect(await findImported(q.id, q.version)).toBeUndefined();
  });

  it('finds an imported questionnaire by id and version, and nothing else', async () => {
    const q = regional();
    await importQuestionnaire(q, 'regional-4-levels.json', bundled);

    const found = await findImported('region-skane-digital', '2025');
    expect(found?.questionnaire.title.sv).toBe('Digital mognad i Skånes kommuner 2025');
    expect(found?.fileName).toBe('regional-4-levels.json');
    expect(await findImported('region-skane-digital', '2024')).toBeUndefined();
    expect(await findImported('eblomladan', '2016')).toBeUndefined();
  });
});
