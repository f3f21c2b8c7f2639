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
    expect(v2.verno).toBe(2);
    expect(await v2.rounds.get(round.id)).toEqual(round);
    expect(await v2.rounds.where({ organisationCode: '1440' }).count()).toBe(1);
    expect(await v2.responses.get([round.id, 'skola'])).toEqual(response);
    expect(await v2.settings.get('organisation')).toEqual({ key: 'organisation', code: '1440' });
    expect(await v2.referenceRounds.count()).toBe(0);
    v2.close();
    await Dexie.delete(name);
  });
});
