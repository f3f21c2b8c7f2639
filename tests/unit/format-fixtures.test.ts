/**
 * Every frozen file in tests/fixtures/formats/ (written by the app of its time, never edited) still
 * opens in this version, through the one import path (storage/exchange.ts), and its data is where
 * a user would look for it: in the round's document (through the projection) and in the agreed
 * answers every other view reads (`responses`). A change that makes an old file unreadable, or
 * reads it into something else, fails here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset, sharedRoundFiles } from '../../src/domain/exchange/dataset-read';
import type { IncomingFile } from '../../src/domain/exchange/plan';
import type {
  AssignmentFile,
  BackupFile,
  FilePart,
  ResponseFile,
  SharedRoundFile,
} from '../../src/domain/exchange/schema';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { legacyPersonId } from '../../src/domain/rating/legacy-person';
import type { RoundRatings } from '../../src/domain/rating/model';
import { db, ROUND_DOC_UPDATES } from '../../src/storage/db';
import { commitImport, dumpDatabase, previewImport, readExchangeFile } from '../../src/storage/exchange';
import { importQuestionnaire } from '../../src/storage/questionnaires';
import { refreshAgreedAnswers } from '../../src/storage/round-doc/agreed';
import { openRoundDoc } from '../../src/storage/round-doc/load';
import { fromBase64 } from '../../src/storage/round-doc/base64';
import { projectDocument, storedProjection } from './round-doc-helpers';

const DIRS = {
  v1: join(import.meta.dirname, '../fixtures/formats/v1'),
  v2: join(import.meta.dirname, '../fixtures/formats/v2'),
  'dataset-1': join(import.meta.dirname, '../fixtures/formats/dataset-1'),
};
const DIR = DIRS.v1;
const bytes = (name: string, dir = DIR) => readFileSync(join(dir, name));
const json = <T>(name: string, dir = DIR) => JSON.parse(bytes(name, dir).toString('utf8')) as T;

/** SHA-256 of each frozen file: they are never edited (tests/fixtures/formats/README.md). */
const FROZEN: Record<keyof typeof DIRS, Record<string, string>> = {
  v1: {
    'assignment-1.json': '84caa78f5922a0e6843f80c7e7c52086e42bf837589fffbf6f0a1842df8950f7',
    'backup-1-assigned-copy.json': '6d4cbc9076c08f5b30b3e084fabcd80d5eaa3a3d19da44be61280b0a220b5716',
    'backup-1.json': '95eadd148334f359eab5a4b85ac68d4b891f075807999a924612688835ffc2f1',
    'questionnaire-1-before-suggestions-2014.json':
      '2adea43c011a39e43c12376e1578486c2380dcc1be3a1f92f75f9f76b53d3603',
    'questionnaire-1-before-suggestions-2016.json':
      '12c0a03f87b3ab5c89c14a1804121752d9f40ec1f63acdd63be387cc132e4abb',
    'questionnaire-1.json': 'aca0e6e5a8f903be80a28737f27de74832f60fefa66216890ed8f31c3a1fadaa',
    'response-1-before-received-at.json': '221b25a3c073955e54357cdb607adc0f3321abc5f8eea70366f829f75b9fdf9a',
    'response-1.json': '1614249e6c849a8dcb45f675b691c24d48c91229450c406d4614df7a4f97253c',
    'round-1-old-snapshot.json': '3917e56831a88dca60b3ced5da7d1c6b732f22195e8a9740e76df51361111d60',
    'round-1.json': 'ff97733b9614610f128c35867dbcac30fb05b0e264668e1a1d436ae5d5adb696',
  },
  v2: {
    'assignment-2.json': 'acb746d345ada179658093802203d53070b302bf6a1bcf0abb974b04b356f9d4',
    'backup-2.json': '8e04bbf1a9519680d201457a4dd96bee0cc5532614bc50d1c5e29745d7057753',
    'response-2.json': 'fe1aff59f8b103ae348f68fa5a76c143d8ea4b6de477c64bb99d3dc8df8caf72',
  },
  'dataset-1': {
    'dataset-1.json': '71fe8ba3f506935b098cab09d20e89f4f9d08e1e7d5234e0d10d535dfb390084',
  },
};

const KEY_2016 = 'eblomladan@2016#279407b1b9da225d';
const KEY_2014_BEFORE_SUGGESTIONS = 'eblomladan@2014#fa70331ac2d857dd';

/** Reads a frozen file as a user's browser would, and writes what the preview promised. */
async function importFixture(name: string, dir = DIR) {
  const file = await readExchangeFile(new Blob([bytes(name, dir)]), name);
  if (!file.ok) throw new Error(`${name}: ${JSON.stringify(file.issues)}`);
  const plan = await previewImport([file]);
  await commitImport([file], plan.signature);
  return { file, preview: plan.previews[0]! };
}

/** The coordinator's database when the assignment was written: its round, snapshot and parts so far. */
async function coordinatorAtHandOut() {
  const assignment = json<AssignmentFile>('assignment-1.json');
  const key = questionnaireKey(assignment.questionnaire);
  const at = assignment.round.createdAt;
  await db.questionnaires.put({
    key,
    id: assignment.questionnaire.id,
    version: assignment.questionnaire.version,
    source: 'bundled',
    storedAt: at,
    questionnaire: assignment.questionnaire,
  });
  await db.rounds.put({
    ...assignment.round,
    questionnaireKey: key,
    status: 'draft',
    updatedAt: at,
    history: [{ type: 'created', at }],
  });
  for (const section of assignment.questionnaire.sections) {
    const part = assignment.parts?.find((p) => p.sectionId === section.id);
    await db.responses.put({
      roundId: assignment.round.id,
      sectionId: section.id,
      answers: part?.answers ?? {},
      ...(part?.respondent ? { respondent: part.respondent } : {}),
      updatedAt: part?.updatedAt ?? at,
    });
  }
  return assignment.round.id;
}

/**
 * Every answer of a /1 file's parts arrived: in the round's document as the rating of the person
 * it names (its value, comment, evidence link and time), and in the agreed answers the other views
 * read, attributed to that person.
 */
async function expectPartsArrived(roundId: string, questionnaire: Questionnaire, parts: readonly FilePart[]) {
  const projected = await storedProjection(roundId, questionnaire);
  let count = 0;
  for (const part of parts) {
    const stored = await db.responses.get([roundId, part.sectionId]);
    if (part.respondent) {
      expect(stored?.respondent).toEqual(part.respondent);
      expect(projected.parts[part.sectionId]!.respondents).toContainEqual(
        expect.objectContaining({ name: part.respondent.name, role: part.respondent.role }),
      );
    }
    for (const [indicatorId, answer] of Object.entries(part.answers)) {
      const name = answer.answeredBy ?? part.respondent?.name;
      const ratings = projected.parts[part.sectionId]!.indicators[indicatorId]!.ratings;
      expect(ratings).toHaveLength(1);
      const [rating] = ratings;
      expect([indicatorId, rating!.personId, rating!.name]).toEqual([
        indicatorId,
        legacyPersonId(name!),
        name,
      ]);
      const { value, comment, evidence, at } = rating!;
      expect({ value, comment, evidence, at }).toEqual({
        value: answer.value,
        comment: answer.comment,
        evidence: answer.evidence,
        at: answer.updatedAt,
      });
      expect(stored?.answers[indicatorId]).toEqual({ ...answer, answeredBy: name });
      count++;
    }
  }
  return count;
}

describe('the frozen files of format version 1', () => {
  for (const [version, dir] of Object.entries(DIRS) as [keyof typeof DIRS, string][])
    it(`of ${version} are byte for byte as the app wrote them`, () => {
      const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
      expect(files.sort()).toEqual(Object.keys(FROZEN[version]).sort());
      for (const name of files)
        expect([name, createHash('sha256').update(bytes(name, dir)).digest('hex')]).toEqual([
          name,
          FROZEN[version][name],
        ]);
    });

  it('assignment-1.json opens as an assigned copy with the parts and the answer it carried', async () => {
    const { file, preview } = await importFixture('assignment-1.json');
    expect(file.exchange.notices).toEqual([]);
    expect(preview).toMatchObject({
      kind: 'assignment',
      outcome: 'create',
      sectionIds: ['barn-elever', 'aldre-omsorg'],
      setsOrganisation: '1440',
    });
    const [round] = await db.rounds.toArray();
    expect(round).toMatchObject({
      organisationCode: '1440',
      year: 2025,
      label: 'Våren 2025',
      questionnaireKey: KEY_2016,
      assignment: { sectionIds: ['barn-elever', 'aldre-omsorg'], handedOutAt: '2025-02-10T09:30:00.000Z' },
    });
    const part = await db.responses.get([round!.id, 'barn-elever']);
    expect(part?.respondent).toEqual({ name: 'Maria Lind', role: 'Förvaltningschef, barn och utbildning' });
    expect(part?.answers['e-tjanst.forskoleplats']).toMatchObject({
      value: 'helt',
      comment: 'Oförändrat sedan förra året.',
    });
    const snapshot = await db.questionnaires.get(KEY_2016);
    expect(snapshot?.questionnaire.sections[0]!.indicators[0]!.suggestions?.length).toBeGreaterThan(0);
    const { parts } = json<{ parts: FilePart[] }>('assignment-1.json');
    expect(await expectPartsArrived(round!.id, snapshot!.questionnaire, parts)).toBe(1);
  });

  for (const name of ['response-1.json', 'response-1-before-received-at.json']) {
    it(`${name} merges the respondent's answers into the coordinator's round`, async () => {
      const roundId = await coordinatorAtHandOut();
      const { file, preview } = await importFixture(name);
      expect(file.exchange.notices).toEqual(
        name === 'response-1.json' ? [] : [{ rule: 'received-at-assumed', path: '$', params: {} }],
      );
      const maria = legacyPersonId('Maria Lind');
      const jonas = legacyPersonId('Jonas Berg');
      // Every answer is its author's rating; the one given before the hand-out is the same in the file.
      expect(preview).toMatchObject({
        kind: 'response',
        doc: {
          people: [
            { personId: maria, name: 'Maria Lind', added: 2, changed: 0 },
            { personId: jonas, name: 'Jonas Berg', added: 3, changed: 0 },
          ],
          conflicts: [],
          ignored: {},
          changes: true,
        },
      });
      const care = await db.responses.get([roundId, 'aldre-omsorg']);
      expect(care?.respondent).toEqual({ name: 'Jonas Berg', role: 'Socialchef' });
      expect(care?.answers['omsorg.ansokan-insatser']).toEqual({
        value: 'helt',
        comment: 'Ansökan om hemtjänst och särskilt boende i e-tjänsten sedan hösten 2024.',
        evidence: 'https://www.ale.se/omsorg-och-stod/ansok-om-stod.html',
        answeredBy: 'Jonas Berg',
        updatedAt: '2025-02-12T13:20:00.000Z',
      });
      expect((await db.responses.get([roundId, 'barn-elever']))?.answers['e-tjanst.forskoleplats']).toEqual({
        value: 'helt',
        comment: 'Oförändrat sedan förra året.',
        answeredBy: 'Maria Lind',
        updatedAt: '2025-02-04T10:15:00.000Z',
      });
      const { parts, createdAt } = json<{ parts: FilePart[]; createdAt: string }>(name);
      const questionnaire = (await db.questionnaires.get(KEY_2016))!.questionnaire;
      expect(await expectPartsArrived(roundId, questionnaire, parts)).toBe(6);
      // The parts have come back from the people who rated them.
      const projected = await storedProjection(roundId, questionnaire);
      expect(projected.parts['aldre-omsorg']!.returned).toEqual({ [jonas]: createdAt });
      expect(projected.parts['barn-elever']!.returned).toEqual({ [maria]: createdAt });

      // The same file again changes nothing.
      const again = await readExchangeFile(new Blob([bytes(name)]), name);
      expect((await previewImport([again])).changes).toBe(false);
    });
  }

  it('round-1.json is stored as Göteborg’s reference round, values only', async () => {
    const { preview } = await importFixture('round-1.json');
    expect(preview).toMatchObject({ kind: 'round', outcome: 'add' });
    const [reference] = await db.referenceRounds.toArray();
    expect(reference).toMatchObject({ organisationCode: '1480', year: 2024, questionnaireKey: KEY_2016 });
    expect(Object.keys(reference!.answers)).toHaveLength(8);
    expect(reference!.answers['barn-elever']).toEqual({
      'e-tjanst.forskoleplats': 'inte-alls',
      'skola.franvaro-anmalan': 'delvis',
      'skola.skolval': 'helt',
      'skola.antagning-gymnasium': 'delvis',
    });
    expect(await db.rounds.count()).toBe(0);
  });

  it('round-1-old-snapshot.json keeps the key of a snapshot from before suggested activities', async () => {
    await importFixture('round-1-old-snapshot.json');
    const [reference] = await db.referenceRounds.toArray();
    expect(reference).toMatchObject({ organisationCode: '1440', year: 2024, label: 'Årlig bedömning' });
    expect(reference!.questionnaireKey).toBe(KEY_2014_BEFORE_SUGGESTIONS);
    expect(reference!.answers['forskola-skola']).toEqual({
      'e-tjanst.forskoleplats': 'helt',
      'skola.franvaro-anmalan': 'helt',
      'skola.skolval': 'inte-alls',
    });
    const snapshot = await db.questionnaires.get(KEY_2014_BEFORE_SUGGESTIONS);
    expect(snapshot?.questionnaire.sections.flatMap((s) => s.indicators).some((i) => i.suggestions)).toBe(
      false,
    );
  });

  it('backup-1.json restores the whole database it was written from, and a second time changes nothing', async () => {
    const { file, preview } = await importFixture('backup-1.json');
    expect(file.exchange.notices).toEqual([]);
    expect(preview.kind === 'backup' && preview.tables).toEqual({
      questionnaires: { add: 2, replace: 0, same: 0 },
      rounds: { add: 2, replace: 0, same: 0 },
      responses: { add: 16, replace: 0, same: 0 },
      settings: { add: 3, replace: 0, same: 0 },
      actions: { add: 4, replace: 0, same: 0 },
      referenceRounds: { add: 1, replace: 0, same: 0 },
      // A /1 backup has no round documents: a draft round's are made from its answers.
      roundDocs: { add: 0, replace: 0, same: 0 },
    });
    const written = json<BackupFile>('backup-1.json').data;
    expect(await dumpDatabase()).toEqual(written);

    const rounds = await db.rounds.toArray();
    const published = rounds.find((r) => r.year === 2024)!;
    expect(published.questionnaireKey).toBe(KEY_2014_BEFORE_SUGGESTIONS);
    expect(published.history.map((e) => e.type)).toEqual(['created', 'published', 'reopened', 'published']);
    expect(published.history[2]).toMatchObject({
      reason: 'Förskolans svar rättas: gymnasiet har infört digital frånvaroanmälan.',
    });
    expect((await db.actions.toArray()).map((a) => a.status).sort()).toEqual([
      'cancelled',
      'done',
      'in-progress',
      'planned',
    ]);
    expect(await db.settings.get('organisation')).toEqual({ key: 'organisation', code: '1440' });
    expect(await db.settings.get('guide')).toEqual({ key: 'guide', at: '2024-02-05T08:12:31.204Z' });
    expect((await db.referenceRounds.toArray()).map((r) => r.organisationCode)).toEqual(['1480']);

    const again = await readExchangeFile(new Blob([bytes('backup-1.json')]), 'backup-1.json');
    expect((await previewImport([again])).changes).toBe(false);

    // The draft round's document, made when it is first opened, holds every answer it had.
    const draft = rounds.find((r) => r.status === 'draft')!;
    (await openRoundDoc(draft.id)).release();
    await refreshAgreedAnswers(draft.id);
    const questionnaire = (await db.questionnaires.get(draft.questionnaireKey))!.questionnaire;
    const parts = written.responses.filter((r) => r.roundId === draft.id);
    expect(await expectPartsArrived(draft.id, questionnaire, parts)).toBe(10);
  });

  it('backup-1-assigned-copy.json restores an assigned copy that still answers only its parts', async () => {
    await importFixture('backup-1-assigned-copy.json');
    const [round] = await db.rounds.toArray();
    expect(round?.assignment).toEqual({
      sectionIds: ['barn-elever', 'aldre-omsorg'],
      handedOutAt: '2025-02-10T09:30:00.000Z',
      receivedAt: '2025-02-11T07:45:12.300Z',
    });
    expect(
      (await db.responses.get([round!.id, 'aldre-omsorg']))?.answers['omsorg.nattillsyn-kamera'],
    ).toMatchObject({ value: 'delvis', comment: 'Erbjuds i två av fem hemtjänstområden.' });
    // Its document, made when the copy is first opened, holds every answer it had.
    (await openRoundDoc(round!.id)).release();
    await refreshAgreedAnswers(round!.id);
    const { data } = json<BackupFile>('backup-1-assigned-copy.json');
    const questionnaire = (await db.questionnaires.get(round!.questionnaireKey))!.questionnaire;
    expect(await expectPartsArrived(round!.id, questionnaire, data.responses)).toBe(6);
  });

  for (const [name, suggestions] of [
    ['questionnaire-1.json', true],
    ['questionnaire-1-before-suggestions-2014.json', false],
    ['questionnaire-1-before-suggestions-2016.json', false],
  ] as const) {
    it(`${name} loads as a questionnaire ${suggestions ? 'with' : 'without'} suggested activities`, async () => {
      const loaded = loadQuestionnaire(bytes(name).toString('utf8'));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const result = await importQuestionnaire(loaded.value, name, []);
      expect(result.outcome).toBe('imported');
      const stored = await db.questionnaires.toArray();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.questionnaire.sections).toHaveLength(8);
      const indicators = stored[0]!.questionnaire.sections.flatMap((s) => s.indicators);
      expect(indicators.every((i) => (i.suggestions?.length ?? 0) > 0)).toBe(suggestions);
    });
  }
});

describe('the frozen files of format version 2', () => {
  const assignment = json<AssignmentFile>('assignment-2.json', DIRS.v2);
  const response = json<ResponseFile>('response-2.json', DIRS.v2);
  const backup = json<BackupFile>('backup-2.json', DIRS.v2);
  const questionnaire = assignment.questionnaire;
  const roundId = assignment.round.id;
  const maria = assignment.recipient!.personId;
  const kim = '5b0e7c1a-9d2f-4c3e-8a41-0f6d2b7e9c15';

  /** The ratings, agreed answers, respondents and marks a projection shows, to compare two of them. */
  const content = (projected: RoundRatings) => ({ persons: projected.persons, parts: projected.parts });

  /** The coordinator's database when the hand-out was written: its round and its document. */
  async function coordinatorAtHandOut() {
    const key = questionnaireKey(questionnaire);
    await db.questionnaires.put({
      key,
      id: questionnaire.id,
      version: questionnaire.version,
      source: 'bundled',
      storedAt: assignment.round.createdAt,
      questionnaire,
    });
    const at = assignment.round.createdAt;
    await db.rounds.put({
      ...assignment.round,
      questionnaireKey: key,
      status: 'draft',
      updatedAt: at,
      history: [{ type: 'created', at }],
    });
    for (const section of questionnaire.sections)
      await db.responses.put({ roundId, sectionId: section.id, answers: {}, updatedAt: at });
    await db.roundDocs.put({ roundId });
    await db.table(ROUND_DOC_UPDATES).add({ k: roundId, u: fromBase64(assignment.document!)!, f: 1 });
    await refreshAgreedAnswers(roundId);
  }

  it('assignment-2.json opens as Maria’s copy with the round’s document as it was handed out', async () => {
    const { file, preview } = await importFixture('assignment-2.json', DIRS.v2);
    expect(file.exchange.notices).toEqual([]);
    expect(preview).toMatchObject({
      kind: 'assignment',
      outcome: 'create',
      sectionIds: ['barn-elever'],
      recipient: 'Maria Lind',
      setsOrganisation: '1440',
    });
    const round = await db.rounds.get(roundId);
    expect(round).toMatchObject({
      organisationCode: '1440',
      year: 2025,
      label: 'Våren 2025',
      questionnaireKey: KEY_2016,
      assignment: { sectionIds: ['barn-elever'], handedOutAt: assignment.createdAt, personId: maria },
    });
    const stored = await storedProjection(roundId, questionnaire);
    expect(content(stored)).toEqual(content(projectDocument(questionnaire, assignment.document!)));
    const part = stored.parts['barn-elever']!;
    expect(part.respondents.map((r) => [r.name, r.role])).toEqual([
      ['Kim Andersson', 'Digitaliseringsstrateg'],
      ['Maria Lind', 'Förvaltningschef, barn och utbildning'],
    ]);
    expect(part.handedOut).toEqual({ [maria]: assignment.createdAt });
    expect((await db.responses.get([roundId, 'barn-elever']))?.answers['e-tjanst.forskoleplats']).toEqual({
      value: 'helt',
      comment: 'Oförändrat sedan förra året.',
      answeredBy: 'Kim Andersson',
      updatedAt: '2025-02-04T10:15:00.000Z',
    });
    expect(
      (await db.responses.get([roundId, 'ledning-arbetssatt']))?.answers['styrning.strategi'],
    ).toMatchObject({
      value: 'helt',
      evidence: 'https://www.ale.se/kommun-och-politik/styrdokument/digitaliseringsstrategi.pdf',
    });
  });

  it('response-2.json merges Maria’s ratings beside the coordinator’s, and a second time changes nothing', async () => {
    await coordinatorAtHandOut();
    const { file, preview } = await importFixture('response-2.json', DIRS.v2);
    expect(file.exchange.notices).toEqual([]);
    expect(preview).toEqual({
      kind: 'response',
      name: 'response-2.json',
      round: {
        id: roundId,
        organisationCode: '1440',
        year: 2025,
        label: 'Våren 2025',
      },
      doc: {
        people: [{ personId: maria, name: 'Maria Lind', added: 3, changed: 0 }],
        conflicts: [],
        ignored: {},
        changes: true,
      },
    });
    const part = (await storedProjection(roundId, questionnaire)).parts['barn-elever']!;
    const preschool = part.indicators['e-tjanst.forskoleplats']!;
    expect(preschool.ratings.map((r) => [r.name, r.value, r.comment])).toEqual([
      ['Kim Andersson', 'helt', 'Oförändrat sedan förra året.'],
      ['Maria Lind', 'delvis', 'Uppsägning sker fortfarande på papper.'],
    ]);
    expect([preschool.spread, preschool.status, preschool.agreed]).toEqual([
      'one-level',
      'differs',
      undefined,
    ]);
    expect(part.indicators['skola.franvaro-anmalan']!.ratings).toEqual([
      expect.objectContaining({
        personId: maria,
        value: 'helt',
        evidence: 'https://www.ale.se/forskola-och-skola/franvaro',
        at: '2025-02-14T08:02:00.000Z',
      }),
    ]);
    expect(part.returned).toEqual({ [maria]: response.createdAt });
    const answers = (await db.responses.get([roundId, 'barn-elever']))!.answers;
    expect(answers['e-tjanst.forskoleplats']).toEqual({
      comment:
        'Kim Andersson: Oförändrat sedan förra året.\n\nMaria Lind: Uppsägning sker fortfarande på papper.',
      answeredBy: 'Kim Andersson, Maria Lind',
      updatedAt: '2025-02-14T08:02:00.000Z',
    });
    expect(answers['skola.skolval']).toEqual({
      value: 'ej-aktuellt',
      comment: 'Kommunen har bara en skola per område.',
      answeredBy: 'Maria Lind',
      updatedAt: '2025-02-14T08:02:00.000Z',
    });

    const again = await readExchangeFile(new Blob([bytes('response-2.json', DIRS.v2)]), 'response-2.json');
    const plan = await previewImport([again]);
    expect(plan.changes).toBe(false);
    expect(plan.previews[0]).toMatchObject({ doc: { people: [], conflicts: [], changes: false } });
  });

  it('backup-2.json restores the whole database it was written from, documents included, and a second time changes nothing', async () => {
    const { file, preview } = await importFixture('backup-2.json', DIRS.v2);
    expect(file.exchange.notices).toEqual([]);
    expect(preview.kind === 'backup' && preview.tables).toEqual({
      questionnaires: { add: 1, replace: 0, same: 0 },
      rounds: { add: 2, replace: 0, same: 0 },
      responses: { add: 16, replace: 0, same: 0 },
      settings: { add: 3, replace: 0, same: 0 },
      actions: { add: 1, replace: 0, same: 0 },
      referenceRounds: { add: 0, replace: 0, same: 0 },
      roundDocs: { add: 1, replace: 0, same: 0 },
    });
    const { roundDocs, ...rows } = backup.data;
    expect(await dumpDatabase()).toEqual(rows);
    expect(roundDocs.map((d) => d.roundId)).toEqual([roundId]);
    const stored = await storedProjection(roundId, questionnaire);
    expect(content(stored)).toEqual(content(projectDocument(questionnaire, roundDocs[0]!.document)));
    // The differing ratings were settled by the coordinator, with a note.
    expect(stored.parts['barn-elever']!.indicators['e-tjanst.forskoleplats']!.agreed).toEqual({
      value: 'delvis',
      source: 'chosen',
      by: kim,
      byName: 'Kim Andersson',
      at: '2025-02-25T13:00:00.000Z',
      note: 'Enades på mötet 25 februari.',
    });
    expect((await db.rounds.get(roundId))?.status).toBe('draft');

    const again = await readExchangeFile(new Blob([bytes('backup-2.json', DIRS.v2)]), 'backup-2.json');
    const plan = await previewImport([again]);
    expect(plan.changes).toBe(false);
    expect(plan.previews[0]).toMatchObject({ tables: { roundDocs: { add: 0, replace: 0, same: 1 } } });
  });
});

describe('the frozen dataset file of format version 1', () => {
  const text = () => bytes('dataset-1.json', DIRS['dataset-1']).toString('utf8');
  const read = () => {
    const result = readDataset(text());
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
  };

  it('dataset-1.json reads to Ale’s and Göteborg’s rounds, values only, each snapshot once', () => {
    const dataset = read();
    expect(dataset.notices).toEqual([]);
    expect([dataset.writtenBy, dataset.createdAt, dataset.synthetic]).toEqual([
      { app: 'eBlomlådan', version: '0.1.0' },
      '2026-02-03T14:05:00.000Z',
      false,
    ]);
    expect(dataset.questionnaires.map((s) => s.key)).toEqual([KEY_2014_BEFORE_SUGGESTIONS, KEY_2016]);
    expect(dataset.rounds.map((r) => [r.organisationCode, r.year, r.label, r.questionnaireKey])).toEqual([
      ['1440', 2024, 'Årlig bedömning', KEY_2014_BEFORE_SUGGESTIONS],
      ['1440', 2025, 'Årlig bedömning', KEY_2016],
      ['1480', 2024, '', KEY_2016],
    ]);
    // The same rounds, answers and ids as their shared round files.
    const [ale2024, ale2025, gothenburg] = dataset.rounds;
    const round1 = json<SharedRoundFile>('round-1.json');
    const old = json<SharedRoundFile>('round-1-old-snapshot.json');
    expect(gothenburg).toMatchObject({ id: round1.round.id, answers: round1.answers });
    expect(ale2024).toMatchObject({ id: old.round.id, answers: old.answers });
    expect(ale2025!.answers).toEqual({
      'barn-elever': {
        'e-tjanst.forskoleplats': 'helt',
        'skola.franvaro-anmalan': 'helt',
        'skola.skolval': 'ej-aktuellt',
      },
      'ledning-arbetssatt': { 'styrning.strategi': 'helt' },
    });
    // Names, comments and links stayed in Ale's browser; Stockholm was outside the county filter.
    expect(text().match(/Maria Lind|Jonas Berg|Kim Andersson|årsrapport|ale\.se|"0180"/)).toBeNull();
  });

  it('dataset-1.json’s rounds go through today’s import of shared rounds and land as their single files do', async () => {
    await importFixture('round-1.json');
    const files: IncomingFile[] = sharedRoundFiles(read()).map((file) => ({
      name: 'dataset-1.json',
      ok: true,
      exchange: { kind: 'round', file },
    }));
    const plan = await previewImport(files);
    expect(
      plan.previews.map((p) => (p.kind === 'round' ? [p.round.organisationCode, p.outcome] : p.kind)),
    ).toEqual([
      ['1440', 'add'],
      ['1440', 'add'],
      // Göteborg's round is the one round-1.json brought: nothing to change.
      ['1480', 'same'],
    ]);
    await commitImport(files, plan.signature);
    expect((await db.referenceRounds.toArray()).map((r) => [r.organisationCode, r.year]).sort()).toEqual([
      ['1440', 2024],
      ['1440', 2025],
      ['1480', 2024],
    ]);
    expect((await db.questionnaires.toArray()).map((q) => q.key).sort()).toEqual([
      KEY_2014_BEFORE_SUGGESTIONS,
      KEY_2016,
    ]);
  });
});
