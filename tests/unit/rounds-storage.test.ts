import { describe, expect, it } from 'vitest';
import { validateQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { db } from '../../src/storage/db';
import { classifyStorageError, StorageRefusal } from '../../src/storage/errors';
import { saveAnswer, saveRespondent } from '../../src/storage/responses';
import { publishRound, reopenRound, roundQuestionnaire, startRound } from '../../src/storage/rounds';
import { validQuestionnaire } from '../fixtures/questionnaire';

function questionnaire(edit: (q: ReturnType<typeof validQuestionnaire>) => void = () => {}): Questionnaire {
  const q = validQuestionnaire();
  edit(q);
  const result = validateQuestionnaire(q);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const start = (q = questionnaire(), year = 2025) =>
  startRound({ organisationCode: '1440', year, label: ' Vår ', questionnaire: q, source: 'bundled' });

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return classifyStorageError(error);
};

describe('rounds', () => {
  it('starts a round with its questionnaire snapshot and an empty response per part', async () => {
    const round = await start();
    expect(round).toMatchObject({ organisationCode: '1440', year: 2025, label: 'Vår', status: 'draft' });
    expect(round.history).toEqual([{ type: 'created', at: round.createdAt }]);
    expect(await db.responses.where({ roundId: round.id }).count()).toBe(4);
    expect((await roundQuestionnaire(round))?.title.sv).toBe('Testformulär');
  });

  it('stores one snapshot per questionnaire content, and a new one when the file changes', async () => {
    await start();
    await start(questionnaire(), 2026);
    expect(await db.questionnaires.count()).toBe(1);
    const changed = await start(
      questionnaire((q) => (q.sections[0]!.indicators[0]!.text.sv = 'Ändrad text.')),
    );
    expect(await db.questionnaires.count()).toBe(2);
    expect((await roundQuestionnaire(changed))?.sections[0]!.indicators[0]!.text.sv).toBe('Ändrad text.');
  });

  it('refuses an absurd year and writes nothing', async () => {
    await expect(start(questionnaire(), 99999)).rejects.toBeInstanceOf(StorageRefusal);
    expect(await db.rounds.count()).toBe(0);
    expect(await db.questionnaires.count()).toBe(0);
  });

  it('publishes, refuses changes while published, and reopens only with a reason kept in the history', async () => {
    const round = await start();
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'helt' });
    const published = await publishRound(round.id);
    expect(published.status).toBe('published');
    expect(await refusal(saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'delvis' }))).toBe(
      'locked',
    );
    expect(await refusal(saveRespondent(round.id, 'skola', { name: 'X', role: 'Y' }))).toBe('locked');
    expect(await refusal(reopenRound(round.id, '  '))).toBe('invalid');

    const reopened = await reopenRound(round.id, 'Fel svar om antagningen');
    expect(reopened.status).toBe('draft');
    expect(reopened.publishedAt).toBeUndefined();
    expect(reopened.history.map((e) => e.type)).toEqual(['created', 'published', 'reopened']);
    expect(reopened.history[2]).toMatchObject({ reason: 'Fel svar om antagningen' });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'delvis' });
    const response = await db.responses.get([round.id, 'skola']);
    expect(response?.answers['skola.franvaro']?.value).toBe('delvis');
  });
});

describe('answers', () => {
  it('keeps the value, comment and evidence of one indicator, with who answered and when', async () => {
    const round = await start();
    await saveRespondent(round.id, 'skola', { name: ' Anna Andersson ', role: 'Förvaltningschef' });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'delvis' });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { comment: 'Bara i grundskolan' });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { evidence: 'https://kommun.se/franvaro' });
    const response = await db.responses.get([round.id, 'skola']);
    expect(response?.respondent).toEqual({ name: 'Anna Andersson', role: 'Förvaltningschef' });
    expect(response?.answers['skola.franvaro']).toMatchObject({
      value: 'delvis',
      comment: 'Bara i grundskolan',
      evidence: 'https://kommun.se/franvaro',
      answeredBy: 'Anna Andersson',
    });
  });

  it('accepts not applicable and removes an answer or a comment with null', async () => {
    const round = await start();
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'ej-aktuellt', comment: 'x' });
    expect((await db.responses.get([round.id, 'skola']))?.answers['skola.franvaro']?.value).toBe(
      'ej-aktuellt',
    );
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: null, comment: '' });
    const answer = (await db.responses.get([round.id, 'skola']))?.answers['skola.franvaro'];
    expect(answer?.value).toBeUndefined();
    expect(answer?.comment).toBeUndefined();
  });

  it('refuses values, indicators and links the questionnaire does not allow', async () => {
    const round = await start();
    expect(await refusal(saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'kanske' }))).toBe(
      'invalid',
    );
    expect(await refusal(saveAnswer(round.id, 'skola', 'omsorg.larm', { value: 'helt' }))).toBe('not-found');
    expect(
      await refusal(saveAnswer(round.id, 'skola', 'skola.franvaro', { evidence: 'javascript:alert(1)' })),
    ).toBe('invalid');
    expect(await refusal(saveAnswer('nope', 'skola', 'skola.franvaro', { value: 'helt' }))).toBe('not-found');
    expect((await db.responses.get([round.id, 'skola']))?.answers).toEqual({});
  });

  it('never loses a concurrent answer to another indicator of the same part', async () => {
    const round = await start();
    await Promise.all([
      saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'helt' }),
      saveAnswer(round.id, 'skola', 'skola.antagning', { value: 'inte-alls' }),
      saveAnswer(round.id, 'skola', 'skola.franvaro', { comment: 'Alla skolor' }),
    ]);
    const answers = (await db.responses.get([round.id, 'skola']))?.answers;
    expect(answers?.['skola.franvaro']).toMatchObject({ value: 'helt', comment: 'Alla skolor' });
    expect(answers?.['skola.antagning']?.value).toBe('inte-alls');
  });
});

describe('classifyStorageError', () => {
  it('recognises the browser errors a user can act on, also when Dexie wraps them', () => {
    expect(classifyStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyStorageError({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(classifyStorageError({ name: 'OpenFailedError', inner: { name: 'InvalidStateError' } })).toBe(
      'unavailable',
    );
    expect(classifyStorageError({ name: 'VersionError' })).toBe('newer-database');
    expect(classifyStorageError({ name: 'DatabaseClosedError' })).toBe('version-change');
    expect(classifyStorageError(new Error('?'))).toBe('unknown');
  });
});
