// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/storage/db';
import {
  notePending,
  PENDING_KEY,
  recoverPending,
  savePending,
  type PendingText,
} from '../../src/storage/pending';
import { saveAnswer } from '../../src/storage/responses';
import { publishRound, startRound } from '../../src/storage/rounds';
import { validateQuestionnaire } from '../../src/domain/questionnaire/load';
import { validQuestionnaire } from '../fixtures/questionnaire';

async function round() {
  const q = validateQuestionnaire(validQuestionnaire());
  if (!q.ok) throw new Error('fixture');
  return startRound({
    organisationCode: '1440',
    year: 2025,
    label: '',
    questionnaire: q.value,
    source: 'bundled',
  });
}

const comment = (roundId: string, text: string, at: string): PendingText => ({
  kind: 'answer',
  roundId,
  sectionId: 'skola',
  indicatorId: 'skola.franvaro',
  field: 'comment',
  text,
  at,
});

const stored = async (roundId: string) =>
  (await db.responses.get([roundId, 'skola']))?.answers['skola.franvaro'];

beforeEach(() => localStorage.clear());

describe('the journal of unsaved text', () => {
  it('replays text an earlier page left unsaved, then forgets it', async () => {
    const { id } = await round();
    notePending(comment(id, 'Skrivet före kraschen', new Date().toISOString()));
    expect(await recoverPending()).toBe(1);
    expect((await stored(id))?.comment).toBe('Skrivet före kraschen');
    expect(localStorage.getItem(PENDING_KEY)).toBeNull();
  });

  it('keeps only the newest text per field', async () => {
    const { id } = await round();
    notePending(comment(id, 'Skri', '2026-01-01T10:00:00.000Z'));
    notePending(comment(id, 'Skrivet', '2026-01-01T10:00:01.000Z'));
    expect(await recoverPending()).toBe(1);
    expect((await stored(id))?.comment).toBe('Skrivet');
  });

  it('saves a comment typed while an answer to the same indicator was being saved', async () => {
    // The answer's time stamp is taken when its write runs, which may be after the keystroke:
    // the live save must still store the comment (it once was skipped as "older", while the
    // page said "Sparat").
    const { id } = await round();
    const typed = comment(id, '=1+1', '2000-01-01T00:00:00.000Z');
    await saveAnswer(id, 'skola', 'skola.franvaro', { value: 'helt' });
    await savePending(typed);
    expect(await stored(id)).toMatchObject({ value: 'helt', comment: '=1+1' });
  });

  it('never overwrites an answer that was saved after the text was typed', async () => {
    const { id } = await round();
    notePending(comment(id, 'Gammal text', '2000-01-01T00:00:00.000Z'));
    await saveAnswer(id, 'skola', 'skola.franvaro', { comment: 'Nyare text från en annan flik' });
    await recoverPending();
    expect((await stored(id))?.comment).toBe('Nyare text från en annan flik');
  });

  it('drops text for a round that has been published since', async () => {
    const { id } = await round();
    await publishRound(id);
    notePending(comment(id, 'För sent', new Date().toISOString()));
    expect(await recoverPending()).toBe(0);
    expect(await stored(id)).toBeUndefined();
    expect(localStorage.getItem(PENDING_KEY)).toBeNull();
  });

  it('survives a journal that is not JSON', async () => {
    localStorage.setItem(PENDING_KEY, '{broken');
    expect(await recoverPending()).toBe(0);
  });
});
