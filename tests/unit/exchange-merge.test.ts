import { describe, expect, it } from 'vitest';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { planImport, type DbContent, type IncomingFile } from '../../src/domain/exchange/plan';
import { readExchangeText } from '../../src/domain/exchange/read';
import { db } from '../../src/storage/db';
import { classifyStorageError } from '../../src/storage/errors';
import {
  commitImport,
  dumpDatabase,
  exportAssignment,
  exportBackup,
  exportResponse,
  exportSharedRound,
  previewImport,
  StaleImport,
} from '../../src/storage/exchange';
import { saveAnswer, saveRespondent } from '../../src/storage/responses';
import { publishRound, startRound } from '../../src/storage/rounds';
import { asText, roundTrip, testQuestionnaire } from './exchange-helpers';

/** A file as another browser would receive it: written to text and read back. */
function incoming(name: string, value: unknown): IncomingFile {
  const result = readExchangeText(asText(value));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { name, ok: true, exchange: result.value };
}

/** Switches to an empty browser, keeping what the previous one had. */
async function otherBrowser(): Promise<DbContent> {
  const content = await dumpDatabase();
  await db.delete();
  await db.open();
  return content;
}

async function restore(content: DbContent) {
  await db.delete();
  await db.open();
  await db.transaction(
    'rw',
    [db.questionnaires, db.rounds, db.responses, db.settings, db.actions, db.referenceRounds],
    async () => {
      await db.questionnaires.bulkPut(content.questionnaires);
      await db.rounds.bulkPut(content.rounds);
      await db.responses.bulkPut(content.responses);
      await db.settings.bulkPut(content.settings);
    },
  );
}

/** Waits until the clock has moved past `iso`, so the next save is later than the hand-out. */
async function clockPast(iso: string) {
  while (new Date().toISOString() <= iso) await Promise.resolve();
}

async function importFiles(files: IncomingFile[], resolutions: Record<string, 'mine' | 'theirs'> = {}) {
  const plan = await previewImport(files, resolutions);
  return commitImport(files, resolutions, plan.signature);
}

describe('handing out, answering and merging parts', () => {
  it('merges two responses with a conflict resolved, keeps who answered, and a second import changes nothing', async () => {
    // The coordinator's browser: a round, one answer before handing out.
    const round = await startRound({
      organisationCode: '1440',
      year: 2025,
      label: '',
      questionnaire: testQuestionnaire(),
      source: 'bundled',
    });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'delvis' });
    const toSchool = roundTrip(await exportAssignment(round.id, ['skola'], '0.1.0'));
    const toTech = roundTrip(await exportAssignment(round.id, ['teknik'], '0.1.0'));
    // After handing out, the coordinator answers an indicator the school head will answer too.
    await clockPast(toTech.createdAt);
    await saveAnswer(round.id, 'skola', 'skola.antagning', { value: 'inte-alls' });
    const coordinator = await otherBrowser();

    // The head of schools: opens the assignment in an empty browser and answers.
    const opened = await previewImport([incoming('skola.json', toSchool)]);
    expect(opened.previews[0]).toMatchObject({
      kind: 'assignment',
      outcome: 'create',
      setsOrganisation: '1440',
    });
    await commitImport([incoming('skola.json', toSchool)], {}, opened.signature);
    const copy = await db.rounds.get(round.id);
    expect(copy?.assignment?.sectionIds).toEqual(['skola']);
    expect(await db.responses.get([round.id, 'skola'])).toMatchObject({
      answers: { 'skola.franvaro': { value: 'delvis' } },
    });
    await expect(saveAnswer(round.id, 'teknik', 'teknik.eid', { value: 'helt' })).rejects.toSatisfy(
      (e: unknown) => classifyStorageError(e) === 'locked',
    );
    await saveRespondent(round.id, 'skola', { name: 'Sara Skola', role: 'Förvaltningschef' });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'helt' });
    await saveAnswer(round.id, 'skola', 'skola.antagning', { value: 'helt', comment: 'Via e-tjänst' });
    const fromSchool = roundTrip(await exportResponse(round.id, '0.1.0'));

    // The IT strategist.
    await otherBrowser();
    await importFiles([incoming('teknik.json', toTech)]);
    await saveRespondent(round.id, 'teknik', { name: 'Ivar IT', role: 'IT-strateg' });
    await saveAnswer(round.id, 'teknik', 'teknik.eid', { value: 'delvis' });
    const fromTech = roundTrip(await exportResponse(round.id, '0.1.0'));

    // Back at the coordinator: both responses at once.
    await restore(coordinator);
    const files = [incoming('skola-svar.json', fromSchool), incoming('teknik-svar.json', fromTech)];
    const preview = await previewImport(files);
    const changes = preview.previews.flatMap((p) => (p.kind === 'response' ? p.changes : []));
    expect(changes.map((c) => [c.indicatorId, c.kind])).toEqual([
      ['skola.franvaro', 'changed'],
      ['skola.antagning', 'conflict'],
      ['teknik.eid', 'new'],
    ]);
    const conflict = changes.find((c) => c.kind === 'conflict')!;
    expect(conflict.mine?.value).toBe('inte-alls');
    expect(conflict.theirs.value).toBe('helt');
    expect(preview.unresolved).toEqual([conflict.key]);
    const before = await dumpDatabase();
    await expect(commitImport(files, {}, preview.signature)).rejects.toThrow();
    expect(await dumpDatabase()).toEqual(before);

    await commitImport(
      files,
      { [conflict.key]: 'theirs' },
      (await previewImport(files, { [conflict.key]: 'theirs' })).signature,
    );
    const school = await db.responses.get([round.id, 'skola']);
    expect(school?.respondent?.name).toBe('Sara Skola');
    expect(school?.answers['skola.franvaro']).toMatchObject({ value: 'helt', answeredBy: 'Sara Skola' });
    expect(school?.answers['skola.antagning']).toMatchObject({
      value: 'helt',
      comment: 'Via e-tjänst',
      answeredBy: 'Sara Skola',
      updatedAt: fromSchool.parts[0]!.answers['skola.antagning']!.updatedAt,
    });
    expect((await db.responses.get([round.id, 'teknik']))?.answers['teknik.eid']).toMatchObject({
      value: 'delvis',
      answeredBy: 'Ivar IT',
    });

    // Idempotent: the same files again change nothing.
    const after = await dumpDatabase();
    const again = await previewImport(files);
    expect(again.changes).toBe(false);
    expect(again.previews.flatMap((p) => (p.kind === 'response' ? p.changes : []))).toEqual([]);
    await commitImport(files, {}, again.signature);
    expect(await dumpDatabase()).toEqual(after);
  });

  it('keeps ours when a conflict is resolved as "keep mine"', () => {
    const q = testQuestionnaire();
    const id = '00000000-0000-4000-8000-000000000001';
    const at = (minute: number) => `2025-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
    const content: DbContent = {
      questionnaires: [],
      rounds: [
        {
          id,
          organisationCode: '1440',
          year: 2025,
          label: '',
          questionnaireKey: '',
          status: 'draft',
          createdAt: at(0),
          updatedAt: at(0),
          history: [],
        },
      ],
      responses: [
        {
          roundId: id,
          sectionId: 'omsorg',
          answers: { 'omsorg.larm': { value: 'delvis', updatedAt: at(20) } },
          updatedAt: at(20),
        },
      ],
      settings: [],
      actions: [],
      referenceRounds: [],
    };
    const file = incoming('svar.json', {
      format: 'eblomladan.response/1',
      writtenBy: { app: 'eBlomlådan', version: '0.1.0' },
      createdAt: at(30),
      handedOutAt: at(10),
      receivedAt: at(15),
      round: { id, organisationCode: '1440', year: 2025, label: '', createdAt: at(0) },
      questionnaire: q,
      parts: [
        {
          sectionId: 'omsorg',
          answers: { 'omsorg.larm': { value: 'helt', updatedAt: at(25) } },
          updatedAt: at(25),
        },
      ],
    });
    // The key must match the file's questionnaire for the merge to be offered at all.
    content.rounds[0]!.questionnaireKey = questionnaireKey(q);
    const plan = planImport([file], content, {}, at(40));
    const [change] = plan.previews[0]!.kind === 'response' ? plan.previews[0]!.changes : [];
    expect(change?.kind).toBe('conflict');
    const mine = planImport([file], content, { [change!.key]: 'mine' }, at(40));
    expect(mine.unresolved).toEqual([]);
    expect(mine.changes).toBe(false);
    const theirs = planImport([file], content, { [change!.key]: 'theirs' }, at(40));
    expect(theirs.writes.responses[0]?.answers['omsorg.larm']?.value).toBe('helt');

    // The respondent's clock is an hour behind: their answer looks older than the hand-out, but
    // it is newer than when they opened the assignment (their clock), and ours is unchanged.
    const skewed = roundTrip(file.ok ? file.exchange.file : null) as unknown as Record<string, unknown>;
    Object.assign(skewed, { receivedAt: '2025-01-01T09:15:00.000Z' });
    (skewed.parts as { answers: Record<string, { updatedAt: string }> }[])[0]!.answers[
      'omsorg.larm'
    ]!.updatedAt = '2025-01-01T09:25:00.000Z';
    const untouched = {
      ...content,
      responses: [
        { ...content.responses[0]!, answers: { 'omsorg.larm': { value: 'delvis', updatedAt: at(5) } } },
      ],
    };
    const late = planImport([incoming('svar.json', skewed)], untouched, {}, at(40));
    expect(late.previews[0]).toMatchObject({ changes: [{ indicatorId: 'omsorg.larm', kind: 'changed' }] });
    expect(late.writes.responses[0]?.answers['omsorg.larm']?.value).toBe('helt');
  });

  it('refuses to write when the data changed after the preview', async () => {
    const round = await startRound({
      organisationCode: '1440',
      year: 2025,
      label: '',
      questionnaire: testQuestionnaire(),
      source: 'bundled',
    });
    const toSchool = roundTrip(await exportAssignment(round.id, ['skola'], '0.1.0'));
    const coordinator = await otherBrowser();
    await importFiles([incoming('a.json', toSchool)]);
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'helt' });
    const response = incoming('svar.json', roundTrip(await exportResponse(round.id, '0.1.0')));
    await restore(coordinator);
    const preview = await previewImport([response]);
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'delvis' });
    const before = await dumpDatabase();
    await expect(commitImport([response], {}, preview.signature)).rejects.toBeInstanceOf(StaleImport);
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('published rounds of other municipalities', () => {
  it('stores a shared round as reference data apart from own rounds; the same file again changes nothing', async () => {
    const round = await startRound({
      organisationCode: '1480',
      year: 2025,
      label: '',
      questionnaire: testQuestionnaire(),
      source: 'bundled',
    });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'helt', comment: 'Inte med' });
    await publishRound(round.id);
    const shared = roundTrip(await exportSharedRound(round.id, '0.1.0'));
    await otherBrowser();

    const file = incoming('goteborg-2025.json', shared);
    const preview = await previewImport([file]);
    expect(preview.previews[0]).toMatchObject({
      kind: 'round',
      outcome: 'add',
      round: { organisationCode: '1480' },
    });
    await commitImport([file], {}, preview.signature);
    expect(await db.rounds.count()).toBe(0);
    const [reference] = await db.referenceRounds.toArray();
    expect(reference).toMatchObject({
      id: round.id,
      organisationCode: '1480',
      answers: { skola: { 'skola.franvaro': 'helt' } },
      fileName: 'goteborg-2025.json',
    });
    expect(await db.questionnaires.get(reference!.questionnaireKey)).toMatchObject({ source: 'received' });

    const again = await previewImport([file]);
    expect(again.previews[0]).toMatchObject({ outcome: 'same' });
    expect(again.changes).toBe(false);

    const changed = roundTrip(shared);
    changed.answers.skola!['skola.antagning'] = 'delvis';
    const replace = await previewImport([incoming('goteborg-2025-ny.json', changed)]);
    expect(replace.previews[0]).toMatchObject({ outcome: 'replace' });
  });
});

describe('backup and restore', () => {
  it('restores a backup into an empty database exactly, and shows what it adds or replaces', async () => {
    const round = await startRound({
      organisationCode: '1440',
      year: 2025,
      label: 'Vår',
      questionnaire: testQuestionnaire(),
      source: 'bundled',
    });
    await saveRespondent(round.id, 'skola', { name: 'Anna', role: 'Chef' });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'helt', comment: '<b>fet</b>' });
    await db.settings.put({ key: 'organisation', code: '1440' });
    const backup = incoming('backup.json', roundTrip(await exportBackup('0.1.0')));
    const original = roundTrip(await dumpDatabase());

    await otherBrowser();
    const preview = await previewImport([backup]);
    expect(preview.previews[0]).toMatchObject({
      kind: 'backup',
      tables: { rounds: { add: 1, replace: 0, same: 0 }, responses: { add: 4 } },
      rounds: [{ id: round.id, year: 2025, label: 'Vår', outcome: 'add' }],
    });
    await commitImport([backup], {}, preview.signature);
    expect(roundTrip(await dumpDatabase())).toEqual(original);

    // Changed since the backup: restoring replaces the round's answers and says so.
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'delvis' });
    const again = await previewImport([backup]);
    expect(again.previews[0]).toMatchObject({ tables: { responses: { replace: 1, same: 3 } } });
    await commitImport([backup], {}, again.signature);
    expect(roundTrip(await dumpDatabase())).toEqual(original);
  });
});
