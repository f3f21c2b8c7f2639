import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../src/domain/exchange/read';
import { db } from '../../src/storage/db';
import {
  addAction,
  deleteAction,
  restoreAction,
  updateAction,
  type ActionInput,
} from '../../src/storage/actions';
import { classifyStorageError } from '../../src/storage/errors';
import { exportBackup } from '../../src/storage/exchange';
import { publishRound, roundQuestionnaire, startRound } from '../../src/storage/rounds';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { asText, testQuestionnaire } from './exchange-helpers';

const start = () =>
  startRound({
    organisationCode: '1440',
    year: 2025,
    label: '',
    questionnaire: testQuestionnaire(),
    source: 'bundled',
  });

const input = (extra: Partial<ActionInput> = {}): ActionInput => ({
  sectionId: 'skola',
  indicatorId: 'skola.franvaro',
  target: 'helt',
  activity: '  Inför digital frånvaroanmälan i alla skolor ',
  owner: ' Rektorsgruppen ',
  due: '2025-12-31',
  priority: 'high',
  status: 'planned',
  ...extra,
});

const refusal = async (promise: Promise<unknown>) =>
  classifyStorageError(
    await promise.then(
      () => undefined,
      (e: unknown) => e,
    ),
  );

describe('action plan storage', () => {
  it('adds an action with its fields trimmed, and changes it keeping when it was created', async () => {
    const round = await start();
    const action = await addAction(round.id, input());
    expect(action).toMatchObject({
      roundId: round.id,
      activity: 'Inför digital frånvaroanmälan i alla skolor',
      owner: 'Rektorsgruppen',
      due: '2025-12-31',
    });
    expect(await db.actions.get(action.id)).toEqual(action);
    const changed = await updateAction(action.id, input({ status: 'in-progress', due: '' }));
    expect(changed.status).toBe('in-progress');
    expect(changed.due).toBeUndefined();
    expect(changed.createdAt).toBe(action.createdAt);
  });

  it('keeps the plan editable after the round is published: the answers are locked, the plan is not', async () => {
    const round = await start();
    await publishRound(round.id);
    const action = await addAction(round.id, input());
    expect((await updateAction(action.id, input({ status: 'done' }))).status).toBe('done');
  });

  it('refuses an unknown indicator, a target off the scale, an empty activity and an impossible date', async () => {
    const round = await start();
    expect(await refusal(addAction(round.id, input({ indicatorId: 'omsorg.larm' })))).toBe('not-found');
    expect(await refusal(addAction(round.id, input({ target: 'ej-aktuellt' })))).toBe('invalid');
    expect(await refusal(addAction(round.id, input({ activity: '   ' })))).toBe('invalid');
    expect(await refusal(addAction(round.id, input({ due: '2025-02-30' })))).toBe('invalid');
    expect(await refusal(addAction('00000000-0000-4000-8000-000000000000', input()))).toBe('not-found');
    expect(await db.actions.count()).toBe(0);
  });

  it('refuses a plan on an assigned copy, which is answered elsewhere', async () => {
    const round = await start();
    await db.rounds.update(round.id, {
      assignment: { sectionIds: ['skola'], handedOutAt: round.createdAt, receivedAt: round.createdAt },
    });
    expect(await refusal(addAction(round.id, input()))).toBe('locked');
  });

  it('deletes an action and can put it back as it was', async () => {
    const round = await start();
    const action = await addAction(round.id, input());
    const removed = await deleteAction(action.id);
    expect(await db.actions.count()).toBe(0);
    await restoreAction(removed!);
    expect(await db.actions.get(action.id)).toEqual(action);
  });
});

describe('actions in the backup format', () => {
  it('carries the plan in a backup that reads back', async () => {
    const round = await start();
    const action = await addAction(round.id, input());
    const file = await exportBackup('0.1.0');
    expect(file.data.actions).toEqual([action]);
    const read = readExchangeText(asText(file));
    expect(read.ok).toBe(true);
  });

  it('reads an action with an unknown field without it; refuses a target off the scale or an indicator not in its part', async () => {
    const round = await start();
    await addAction(round.id, input());
    const file = await exportBackup('0.1.0');
    const broken = (edit: (a: Record<string, unknown>) => void) => {
      const copy = JSON.parse(asText(file)) as { data: { actions: Record<string, unknown>[] } };
      edit(copy.data.actions[0]!);
      const result = readExchangeText(JSON.stringify(copy));
      return result.ok ? [] : result.issues.map((i) => [i.path.join('.'), i.rule]);
    };
    expect(broken((a) => (a.colour = 'red'))).toEqual([]);
    const coloured = JSON.parse(asText(file)) as { data: { actions: Record<string, unknown>[] } };
    coloured.data.actions[0]!.colour = 'red';
    const read = readExchangeText(JSON.stringify(coloured));
    expect(read.ok && read.value.notices).toEqual([
      { rule: 'ignored-fields', path: 'data.actions[].colour', params: { count: 1 } },
    ]);
    expect(read.ok && read.value.kind === 'backup' && read.value.file.data.actions[0]).not.toHaveProperty(
      'colour',
    );
    expect(broken((a) => (a.target = 'ej-aktuellt'))).toEqual([['data.actions.0.target', 'not-on-scale']]);
    expect(broken((a) => (a.indicatorId = 'omsorg.larm'))).toEqual([
      ['data.actions.0.indicatorId', 'unknown-indicator'],
    ]);
    expect(broken((a) => (a.sectionId = 'okand'))).toEqual([['data.actions.0.sectionId', 'unknown-section']]);
    expect(broken((a) => (a.due = '2025-13-01'))).toEqual([['data.actions.0.due', 'not-a-date']]);
    expect(broken((a) => (a.status = 'klar'))).toEqual([['data.actions.0.status', 'not-allowed']]);
    expect(broken((a) => delete a.activity)).toEqual([['data.actions.0.activity', 'required']]);
  });
});

describe('suggestions and snapshots', () => {
  it('a round keeps the snapshot it was started on when the questionnaire gains suggestions', async () => {
    const before = await start();
    const plain = testQuestionnaire();
    const withSuggestions = structuredClone(plain) as Questionnaire;
    (withSuggestions.sections[0]!.indicators[0] as { suggestions?: unknown }).suggestions = [
      { sv: 'Inför digital frånvaroanmälan', en: 'Introduce digital absence reporting' },
    ];
    expect(questionnaireKey(withSuggestions)).not.toBe(questionnaireKey(plain));
    const after = await startRound({
      organisationCode: '1440',
      year: 2026,
      label: '',
      questionnaire: withSuggestions,
      source: 'bundled',
    });
    expect(after.questionnaireKey).not.toBe(before.questionnaireKey);
    expect((await roundQuestionnaire(before))?.sections[0]!.indicators[0]!.suggestions).toBeUndefined();
    expect((await roundQuestionnaire(after))?.sections[0]!.indicators[0]!.suggestions).toHaveLength(1);
    expect(await db.questionnaires.count()).toBe(2);
  });
});
