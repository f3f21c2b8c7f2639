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
    expect(v2.verno).toBe(4);
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
    expect(v3.verno).toBe(4);
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
    expect(v4.verno).toBe(4);
    expect(await v4.roundDocs.toArray()).toEqual([row]);
    expect(await v4.table('$roundDocs.doc_updates').toArray()).toEqual([{ ...update, i }]);
    expect(await v4.settings.toArray()).toEqual([{ key: 'organisation', code: '1440' }]);
    expect(await v4.live.count()).toBe(0);
    v4.close();
    await Dexie.delete(name);
  });
});
