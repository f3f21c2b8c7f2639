import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { EblomladanDb } from '../../src/storage/db';

describe('database upgrade', () => {
  it('opens a database written by version 1, with data, under version 2 intact', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      questionnaires: 'key, [id+version], source',
      rounds: 'id, organisationCode, [organisationCode+year]',
      responses: '[roundId+sectionId], roundId',
      settings: 'key',
      actions: 'id, roundId',
    });
    const round = {
      id: '00000000-0000-4000-8000-000000000001',
      organisationCode: '1440',
      year: 2024,
      label: 'Gammal',
      questionnaireKey: 'test@2#0123456789abcdef',
      status: 'published',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-02-01T00:00:00.000Z',
      publishedAt: '2024-02-01T00:00:00.000Z',
      history: [{ type: 'created', at: '2024-01-01T00:00:00.000Z' }],
    };
    const response = {
      roundId: round.id,
      sectionId: 'skola',
      answers: { 'skola.franvaro': { value: 'helt', updatedAt: '2024-01-02T00:00:00.000Z' } },
      updatedAt: '2024-01-02T00:00:00.000Z',
    };
    await v1.table('rounds').add(round);
    await v1.table('responses').add(response);
    await v1.table('settings').add({ key: 'organisation', code: '1440' });
    v1.close();

    const v2 = new EblomladanDb(name);
    await v2.open();
    expect(v2.verno).toBe(5);
    expect(await v2.rounds.get(round.id)).toEqual(round);
    expect(await v2.rounds.where({ organisationCode: '1440' }).count()).toBe(1);
    expect(await v2.responses.get([round.id, 'skola'])).toEqual(response);
    expect(await v2.settings.get('organisation')).toEqual({ key: 'organisation', code: '1440' });
    expect(await v2.referenceRounds.count()).toBe(0);
    v2.close();
    await Dexie.delete(name);
  });

  it('gives every draft round of version 2 its round document, marked to take its answers from responses', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({
      questionnaires: 'key, [id+version], source',
      rounds: 'id, organisationCode, [organisationCode+year]',
      responses: '[roundId+sectionId], roundId',
      settings: 'key',
      actions: 'id, roundId',
    });
    v2.version(2).stores({ referenceRounds: 'id, organisationCode, questionnaireKey' });
    const base = {
      organisationCode: '1440',
      year: 2025,
      label: '',
      questionnaireKey: 'test@2#0123456789abcdef',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-02-01T00:00:00.000Z',
      history: [{ type: 'created', at: '2025-01-01T00:00:00.000Z' }],
    };
    const draft = { ...base, id: '00000000-0000-4000-8000-00000000000d', status: 'draft' };
    const published = { ...base, id: '00000000-0000-4000-8000-00000000000e', status: 'published' };
    const answered = {
      roundId: draft.id,
      sectionId: 'skola',
      respondent: { name: 'Sara Skola', role: 'Förvaltningschef' },
      answers: {
        'skola.franvaro': {
          value: 'delvis',
          comment: 'Gäller grundskolan',
          evidence: 'https://kommun.se/plan.pdf',
          answeredBy: 'Sara Skola',
          updatedAt: '2025-01-02T00:00:00.000Z',
        },
      },
      updatedAt: '2025-01-02T00:00:00.000Z',
    };
    const empty = {
      roundId: draft.id,
      sectionId: 'jordman',
      answers: {},
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    await v2.table('rounds').bulkAdd([draft, published]);
    await v2.table('responses').bulkAdd([answered, empty, { ...answered, roundId: published.id }]);
    v2.close();

    const v3 = new EblomladanDb(name);
    await v3.open();
    expect(v3.verno).toBe(5);
    expect(await v3.roundDocs.get(draft.id)).toEqual({ roundId: draft.id, fromResponses: true });
    // A published round is a frozen snapshot: it needs no working document.
    expect(await v3.roundDocs.get(published.id)).toBeUndefined();
    // The agreed answers every other view reads stay where they were.
    expect(await v3.responses.get([draft.id, 'skola'])).toEqual(answered);
    expect(await v3.responses.get([published.id, 'skola'])).toEqual({ ...answered, roundId: published.id });
    v3.close();
    await Dexie.delete(name);
  });

  it('opens a database written by version 3, round documents and all, under version 4 intact, with no live share', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores({
      questionnaires: 'key, [id+version], source',
      rounds: 'id, organisationCode, [organisationCode+year]',
      responses: '[roundId+sectionId], roundId',
      settings: 'key',
      actions: 'id, roundId',
    });
    v3.version(2).stores({ referenceRounds: 'id, organisationCode, questionnaireKey' });
    v3.version(3).stores({ roundDocs: 'roundId', '$roundDocs.doc_updates': '++i, k' });
    await v3.open();
    const roundId = '00000000-0000-4000-8000-00000000000f';
    const row = { roundId, parts: {}, seen: 2 };
    const update = { k: roundId, u: new Uint8Array([0, 1, 2, 3]), f: 1 };
    await v3.table('roundDocs').add(row);
    const i = await v3.table('$roundDocs.doc_updates').add(update);
    await v3.table('settings').add({ key: 'organisation', code: '1440' });
    v3.close();

    const v4 = new EblomladanDb(name);
    await v4.open();
    expect(v4.verno).toBe(5);
    expect(await v4.roundDocs.toArray()).toEqual([row]);
    expect(await v4.table('$roundDocs.doc_updates').toArray()).toEqual([{ ...update, i }]);
    expect(await v4.settings.toArray()).toEqual([{ key: 'organisation', code: '1440' }]);
    expect(await v4.live.count()).toBe(0);
    v4.close();
    await Dexie.delete(name);
  });

  it('opens a database written by version 4, reference rounds and all, under version 5 with them indexed by year and by questionnaire and year', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores({
      questionnaires: 'key, [id+version], source',
      rounds: 'id, organisationCode, [organisationCode+year]',
      responses: '[roundId+sectionId], roundId',
      settings: 'key',
      actions: 'id, roundId',
    });
    v4.version(2).stores({ referenceRounds: 'id, organisationCode, questionnaireKey' });
    v4.version(3).stores({ roundDocs: 'roundId', '$roundDocs.doc_updates': '++i, k' });
    v4.version(4).stores({ live: 'key' });
    const reference = (n: number, organisationCode: string, year: number, questionnaireKey: string) => ({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      organisationCode,
      year,
      label: '',
      publishedAt: `${year}-11-01T12:00:00.000Z`,
      questionnaireKey,
      answers: { skola: { 'skola.franvaro': 'helt' } },
      importedAt: '2026-01-01T00:00:00.000Z',
      fileName: `${organisationCode}-${year}.json`,
    });
    const NEW = 'eblomladan@2016#279407b1b9da225d';
    const OLD = 'eblomladan@2014#0123456789abcdef';
    const references = [
      reference(1, '1401', 2024, NEW),
      reference(2, '1402', 2025, NEW),
      reference(3, '0114', 2025, NEW),
      reference(4, '1480', 2025, OLD),
      // A synthetic round keeps its flag.
      { ...reference(5, '0115', 2023, OLD), synthetic: true },
    ];
    await v4.table('referenceRounds').bulkAdd(references);
    await v4.table('rounds').add({ id: '00000000-0000-4000-8000-0000000000aa', organisationCode: '1440' });
    await v4.table('live').add({ key: 'relay', address: 'wss://relay.kommun.se' });
    v4.close();

    const v5 = new EblomladanDb(name);
    await v5.open();
    expect(v5.verno).toBe(5);
    expect(await v5.referenceRounds.toArray()).toEqual(references);
    expect(await v5.rounds.count()).toBe(1);
    expect(await v5.live.get('relay')).toEqual({ key: 'relay', address: 'wss://relay.kommun.se' });
    // The new indexes cover the rows written before them.
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id.slice(-1));
    expect(ids(await v5.referenceRounds.where('year').equals(2025).toArray())).toEqual(['2', '3', '4']);
    expect(
      await v5.referenceRounds
        .where('[questionnaireKey+year]')
        .between([NEW, Dexie.minKey], [NEW, Dexie.maxKey])
        .keys(),
    ).toEqual([
      [NEW, 2024],
      [NEW, 2025],
      [NEW, 2025],
    ]);
    expect(ids(await v5.referenceRounds.where({ questionnaireKey: OLD, year: 2023 }).toArray())).toEqual([
      '5',
    ]);
    v5.close();
    await Dexie.delete(name);
  });
});
