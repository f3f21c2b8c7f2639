// The round document in IndexedDB (y-dexie): conversion of earlier answers, changes, when a
// change is durable, and the agreed answers every other view reads.
import Dexie from 'dexie';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { validateQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { legacyPersonId } from '../../src/domain/rating/legacy-person';
import { projectRound } from '../../src/domain/rating/project';
import type { PartResponse } from '../../src/domain/round/model';
import { db, DB_NAME } from '../../src/storage/db';
import { saveAnswer, saveRespondent } from '../../src/storage/responses';
import { publishRound, startRound } from '../../src/storage/rounds';
import { refreshAgreedAnswers } from '../../src/storage/round-doc/agreed';
import { docFromUpdates, roundDocData } from '../../src/storage/round-doc/data';
import { whenDurable } from '../../src/storage/round-doc/durable';
import { addRespondent, chooseAgreed, namePerson, rate } from '../../src/storage/round-doc/edit';
import { openRoundDoc } from '../../src/storage/round-doc/load';
import { seedUpdate } from '../../src/storage/round-doc/seed';
import { validQuestionnaire } from '../fixtures/questionnaire';

function questionnaire(): Questionnaire {
  const q = validateQuestionnaire(validQuestionnaire());
  if (!q.ok) throw new Error('fixture');
  return q.value;
}

const start = () =>
  startRound({
    organisationCode: '1440',
    year: 2025,
    label: '',
    questionnaire: questionnaire(),
    source: 'bundled',
  });

const releases: (() => void)[] = [];
async function open(roundId: string) {
  const opened = await openRoundDoc(roundId);
  releases.push(opened.release);
  return opened.doc;
}
afterEach(() => {
  while (releases.length > 0) releases.pop()!();
});

const SARA = legacyPersonId('Sara Skola');

describe('the round document', () => {
  it('holds every answer, comment, evidence link and name a round had before it', async () => {
    const round = await start();
    await saveRespondent(round.id, 'skola', { name: 'Sara Skola', role: 'Förvaltningschef' });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', {
      value: 'delvis',
      comment: 'Gäller grundskolan',
      evidence: 'https://kommun.se/plan.pdf',
    });
    const doc = await open(round.id);
    const projected = projectRound(questionnaire(), roundDocData(doc));
    const rating = projected.parts.skola!.indicators['skola.franvaro']!;
    expect(rating.ratings).toEqual([
      expect.objectContaining({
        personId: SARA,
        name: 'Sara Skola',
        value: 'delvis',
        comment: 'Gäller grundskolan',
        evidence: 'https://kommun.se/plan.pdf',
      }),
    ]);
    expect(rating.agreed).toMatchObject({ value: 'delvis', source: 'single' });
    expect(projected.parts.skola!.respondents).toEqual([
      expect.objectContaining({ id: SARA, name: 'Sara Skola', role: 'Förvaltningschef' }),
    ]);
    expect(projected.notices).toEqual([]);
  });

  it('converts a round upgraded from version 2 once, from its answers as stored', async () => {
    db.close();
    await Dexie.delete(DB_NAME);
    const v2 = new Dexie(DB_NAME);
    v2.version(1).stores({
      questionnaires: 'key, [id+version], source',
      rounds: 'id, organisationCode, [organisationCode+year]',
      responses: '[roundId+sectionId], roundId',
      settings: 'key',
      actions: 'id, roundId',
    });
    v2.version(2).stores({ referenceRounds: 'id, organisationCode, questionnaireKey' });
    const q = questionnaire();
    const key = 'test@2#0123456789abcdef';
    const roundId = '00000000-0000-4000-8000-0000000000a1';
    await v2.table('questionnaires').add({
      key,
      id: 'test',
      version: '2',
      source: 'bundled',
      storedAt: '2025-01-01T00:00:00.000Z',
      questionnaire: q,
    });
    await v2.table('rounds').add({
      id: roundId,
      organisationCode: '1440',
      year: 2025,
      label: '',
      questionnaireKey: key,
      status: 'draft',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      history: [{ type: 'created', at: '2025-01-01T00:00:00.000Z' }],
    });
    const part: PartResponse = {
      roundId,
      sectionId: 'skola',
      respondent: { name: 'Sara Skola', role: 'Förvaltningschef' },
      answers: {
        'skola.franvaro': {
          value: 'helt',
          comment: 'Alla skolor',
          answeredBy: 'Sara Skola',
          updatedAt: '2025-01-02T10:00:00.000Z',
        },
        'skola.antagning': {
          value: 'ej-aktuellt',
          answeredBy: 'Kim Samordnare',
          updatedAt: '2025-01-03T10:00:00.000Z',
        },
      },
      updatedAt: '2025-01-03T10:00:00.000Z',
    };
    await v2.table('responses').add(part);
    v2.close();
    await db.open();

    const doc = await open(roundId);
    const projected = projectRound(q, roundDocData(doc));
    const skola = projected.parts.skola!;
    expect(skola.indicators['skola.franvaro']!.ratings).toEqual([
      expect.objectContaining({
        name: 'Sara Skola',
        value: 'helt',
        comment: 'Alla skolor',
        at: '2025-01-02T10:00:00.000Z',
      }),
    ]);
    expect(skola.indicators['skola.antagning']!.ratings).toEqual([
      expect.objectContaining({ name: 'Kim Samordnare', value: 'ej-aktuellt' }),
    ]);
    expect((await db.roundDocs.get(roundId))?.fromResponses).toBeUndefined();
    // Opening it again adds nothing: the answers were written once.
    const before = await db.table(`$roundDocs.doc_updates`).where('k').equals(roundId).count();
    await open(roundId);
    expect(await db.table(`$roundDocs.doc_updates`).where('k').equals(roundId).count()).toBe(before);
  });

  it('keeps a change, says when it is durable, and shows it as the agreed answer', async () => {
    const round = await start();
    const doc = await open(round.id);
    const personId = '11111111-1111-4111-8111-111111111111';
    namePerson(doc, personId, { name: 'Ola Omsorg', role: 'Förvaltningschef' });
    addRespondent(doc, 'omsorg', personId, '2025-03-01T10:00:00.000Z');
    rate(
      doc,
      { sectionId: 'omsorg', indicatorId: 'omsorg.larm', personId },
      { value: 'helt', comment: 'Alla larm' },
      '2025-03-01T10:00:01.000Z',
    );
    expect(await whenDurable(round.id)).toBe('saved');
    const stored = await db
      .table<{ u: Uint8Array }>('$roundDocs.doc_updates')
      .where('k')
      .equals(round.id)
      .toArray();
    const copy = docFromUpdates(stored.map((row) => row.u));
    expect(
      projectRound(questionnaire(), roundDocData(copy)).parts.omsorg!.indicators['omsorg.larm']!.ratings[0],
    ).toMatchObject({
      value: 'helt',
      comment: 'Alla larm',
    });

    await refreshAgreedAnswers(round.id);
    expect((await db.responses.get([round.id, 'omsorg']))?.answers['omsorg.larm']).toMatchObject({
      value: 'helt',
      comment: 'Alla larm',
      answeredBy: 'Ola Omsorg',
    });
    expect((await db.roundDocs.get(round.id))?.parts?.omsorg).toMatchObject({
      respondents: [{ personId, name: 'Ola Omsorg', role: 'Förvaltningschef' }],
      agreed: 1,
      differs: 0,
    });
  });

  it('shows differing ratings as differing until someone chooses the agreed answer', async () => {
    const round = await start();
    const doc = await open(round.id);
    const a = '11111111-1111-4111-8111-11111111111a';
    const b = '11111111-1111-4111-8111-11111111111b';
    namePerson(doc, a, { name: 'Anna', role: '' });
    namePerson(doc, b, { name: 'Bo', role: '' });
    const place = { sectionId: 'skola', indicatorId: 'skola.franvaro' };
    rate(doc, { ...place, personId: a }, { value: 'helt' }, '2025-03-01T10:00:00.000Z');
    rate(doc, { ...place, personId: b }, { value: 'inte-alls' }, '2025-03-01T10:00:01.000Z');
    await refreshAgreedAnswers(round.id);
    expect((await db.responses.get([round.id, 'skola']))?.answers['skola.franvaro']?.value).toBeUndefined();
    expect((await db.roundDocs.get(round.id))?.parts?.skola).toMatchObject({ agreed: 0, differs: 1 });

    chooseAgreed(
      questionnaire(),
      doc,
      { ...place, personId: a },
      { value: 'delvis', note: 'Enades på mötet' },
      '2025-03-02T09:00:00.000Z',
    );
    await whenDurable(round.id);
    await refreshAgreedAnswers(round.id);
    expect((await db.responses.get([round.id, 'skola']))?.answers['skola.franvaro']?.value).toBe('delvis');
  });

  it('says a change made after the round was published in another tab was not saved', async () => {
    const round = await start();
    const doc = await open(round.id);
    await publishRound(round.id);
    rate(
      doc,
      { sectionId: 'skola', indicatorId: 'skola.franvaro', personId: SARA },
      { value: 'helt' },
      new Date().toISOString(),
    );
    expect(await whenDurable(round.id)).toBe('locked');
    await refreshAgreedAnswers(round.id);
    expect((await db.responses.get([round.id, 'skola']))?.answers['skola.franvaro']).toBeUndefined();
  });
});

describe('converting earlier answers', () => {
  const part = (comment: string, at: string): PartResponse => ({
    roundId: 'r',
    sectionId: 'skola',
    respondent: { name: 'Sara Skola', role: 'Förvaltningschef' },
    answers: { 'skola.franvaro': { value: 'delvis', comment, answeredBy: 'Sara Skola', updatedAt: at } },
    updatedAt: at,
  });

  it('gives the same update in every browser for the same answers', () => {
    const one = seedUpdate(questionnaire(), [part('Gäller grundskolan', '2025-01-02T10:00:00.000Z')]);
    const two = seedUpdate(questionnaire(), [part('Gäller grundskolan', '2025-01-02T10:00:00.000Z')]);
    expect(one).toEqual(two);
    const merged = docFromUpdates([one, two]);
    expect(roundDocData(merged).texts).toEqual({
      [`comment/skola/skola.franvaro/${SARA}`]: 'Gäller grundskolan',
    });
  });

  it('keeps the newer of two versions of an answer, in whichever order they meet', () => {
    const older = seedUpdate(questionnaire(), [part('Första utkastet', '2025-01-02T10:00:00.000Z')]);
    const newer = seedUpdate(questionnaire(), [
      part('Efter samtal med rektorerna', '2025-01-05T08:00:00.000Z'),
    ]);
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const doc = docFromUpdates(order);
      expect(Object.values(roundDocData(doc).texts)).toEqual(['Efter samtal med rektorerna']);
      expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(docFromUpdates([newer, older])));
    }
  });
});
