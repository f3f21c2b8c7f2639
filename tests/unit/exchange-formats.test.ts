import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../src/domain/exchange/read';
import { stripControl } from '../../src/domain/exchange/sanitize';
import { db } from '../../src/storage/db';
import {
  dumpDatabase,
  exportAssignment,
  exportBackup,
  exportResponse,
  exportSharedRound,
} from '../../src/storage/exchange';
import { saveAnswer, saveRespondent } from '../../src/storage/responses';
import { addRespondent, namePerson, rate } from '../../src/storage/round-doc/edit';
import { publishRound, startRound } from '../../src/storage/rounds';
import { asText, roundTrip, testQuestionnaire } from './exchange-helpers';
import { editDoc, PEOPLE, projectDocument, storedProjection } from './round-doc-helpers';

const { kim, sara } = PEOPLE;
const AT = '2025-03-01T10:00:00.000Z';

/** Kim, the coordinator, rates one indicator of `skola` in the round's document. */
const kimRates = (roundId: string) =>
  editDoc(roundId, (doc) => {
    namePerson(doc, kim.personId, kim);
    addRespondent(doc, 'skola', kim.personId, AT);
    rate(
      doc,
      { sectionId: 'skola', indicatorId: 'skola.franvaro', personId: kim.personId },
      { value: 'helt', comment: 'Alla skolor' },
      AT,
    );
  });

const start = () =>
  startRound({
    organisationCode: '1440',
    year: 2025,
    label: 'Vår',
    questionnaire: testQuestionnaire(),
    source: 'bundled',
  });

const rules = (text: string) => {
  const result = readExchangeText(text);
  return result.ok ? [] : result.issues.map((i) => i.rule);
};

describe('exchange formats', () => {
  it('writes an assignment with the questionnaire, app version, the handed-out parts, its recipient and the round document', async () => {
    const round = await start();
    await kimRates(round.id);
    const file = await exportAssignment(round.id, ['teknik', 'skola', 'finns-inte'], sara, '0.1.0');
    expect(file).toMatchObject({
      format: 'eblomladan.assignment/2',
      writtenBy: { app: 'eBlomlådan', version: '0.1.0' },
      round: { id: round.id, organisationCode: '1440', year: 2025, label: 'Vår' },
      // In questionnaire order, parts it does not have left out.
      sectionIds: ['skola', 'teknik'],
      recipient: sara,
    });
    expect(file).not.toHaveProperty('parts');
    expect(file.questionnaire.id).toBe('test');
    const carried = projectDocument(file.questionnaire, file.document!);
    expect(carried.parts.skola!.indicators['skola.franvaro']!.ratings).toEqual([
      expect.objectContaining({
        personId: kim.personId,
        name: kim.name,
        value: 'helt',
        comment: 'Alla skolor',
      }),
    ]);
    // The recipient rates the handed-out parts; the file says so, and so does the coordinator's round.
    for (const projected of [carried, await storedProjection(round.id, file.questionnaire)]) {
      for (const sectionId of ['skola', 'teknik']) {
        expect(projected.parts[sectionId]!.respondents.map((r) => r.id)).toContain(sara.personId);
        expect(projected.parts[sectionId]!.handedOut).toEqual({ [sara.personId]: file.createdAt });
      }
      expect(projected.parts.omsorg!.handedOut).toEqual({});
      expect(projected.persons[sara.personId]).toEqual({
        id: sara.personId,
        name: sara.name,
        role: sara.role,
      });
    }
    expect((await db.roundDocs.get(round.id))?.parts?.teknik).toMatchObject({
      respondents: [expect.objectContaining({ personId: sara.personId, name: sara.name })],
    });
    const read = readExchangeText(asText(file));
    expect(read.ok && read.value.kind).toBe('assignment');
  });

  it('refuses to hand out without a recipient, with no known part, or from a published round', async () => {
    const round = await start();
    await expect(exportAssignment(round.id, ['skola'], { name: '  ', role: '' }, '0.1.0')).rejects.toThrow();
    await expect(exportAssignment(round.id, ['finns-inte'], sara, '0.1.0')).rejects.toThrow();
    await publishRound(round.id);
    await expect(exportAssignment(round.id, ['skola'], sara, '0.1.0')).rejects.toThrow();
  });

  it('writes a shared round with values only: no names, comments or links', async () => {
    const round = await start();
    await saveRespondent(round.id, 'skola', { name: 'Anna', role: 'Chef' });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', {
      value: 'helt',
      comment: 'Hemligt',
      evidence: 'https://a.se/x',
    });
    await expect(exportSharedRound(round.id, '0.1.0')).rejects.toThrow();
    await publishRound(round.id);
    const file = await exportSharedRound(round.id, '0.1.0');
    expect(file.format).toBe('eblomladan.round/1');
    expect(file.answers).toEqual({ skola: { 'skola.franvaro': 'helt' } });
    expect(asText(file)).not.toMatch(/Anna|Hemligt|a\.se/);
    expect(readExchangeText(asText(file)).ok).toBe(true);
  });

  it('writes a backup of every table and every draft round’s document that validates, and records when it was made', async () => {
    const round = await start();
    await kimRates(round.id);
    const published = await start();
    await publishRound(published.id);
    await db.settings.put({ key: 'organisation', code: '1440' });
    const file = await exportBackup('0.1.0');
    expect(file.format).toBe('eblomladan.backup/2');
    expect(file.data.settings).toContainEqual({ key: 'lastBackup', at: file.createdAt });
    const { roundDocs, ...rows } = roundTrip(file.data);
    expect(rows).toEqual(roundTrip(await dumpDatabase()));
    // The draft round's document, whole; a published round is its frozen answers only.
    expect(roundDocs.map((d) => d.roundId)).toEqual([round.id]);
    expect(
      projectDocument(testQuestionnaire(), roundDocs[0]!.document).parts.skola!.indicators['skola.franvaro']!
        .ratings,
    ).toEqual([expect.objectContaining({ personId: kim.personId, value: 'helt', comment: 'Alla skolor' })]);
    expect(readExchangeText(asText(file)).ok).toBe(true);
  });

  it('writes a draft round’s answers saved before round documents into its backup document', async () => {
    const round = await start();
    await saveRespondent(round.id, 'teknik', { name: 'Ivar IT', role: 'IT-strateg' });
    await saveAnswer(round.id, 'teknik', 'teknik.eid', { value: 'delvis' });
    const file = await exportBackup('0.1.0');
    const [roundDoc] = file.data.roundDocs;
    expect(
      projectDocument(testQuestionnaire(), roundDoc!.document).parts.teknik!.indicators['teknik.eid']!
        .ratings,
    ).toEqual([expect.objectContaining({ name: 'Ivar IT', role: 'IT-strateg', value: 'delvis' })]);
  });

  it('refuses a response from a round that is not an assigned copy', async () => {
    const round = await start();
    await expect(exportResponse(round.id, '0.1.0')).rejects.toThrow();
  });

  it('leaves out unknown fields and says so; refuses wrong values and newer versions, naming the place', async () => {
    const round = await start();
    const file = roundTrip(await exportAssignment(round.id, ['skola'], sara, '0.1.0'));
    const extra = readExchangeText(asText({ ...file, extra: 1 }));
    expect(extra.ok && extra.value.notices).toEqual([
      { rule: 'ignored-fields', path: 'extra', params: { count: 1 } },
    ]);
    expect(extra.ok && 'extra' in extra.value.file).toBe(false);
    expect(rules(asText({ ...file, format: 'eblomladan.assignment/3' }))).toEqual(['file-too-new']);
    expect(rules(asText({ ...file, format: 'eblomladan.questionnaire/1' }))).toEqual(['questionnaire-file']);
    expect(rules(asText({ ...file, format: 'something-else' }))).toEqual(['not-exchange-file']);
    const issues = (value: unknown) => {
      const result = readExchangeText(asText(value));
      return result.ok ? [] : result.issues;
    };
    expect(issues({ ...file, sectionIds: ['skola', 'kultur'] })).toEqual([
      { path: ['sectionIds', 1], rule: 'unknown-section', params: { id: 'kultur' } },
    ]);
    expect(issues({ ...file, document: 'inte base64!' })).toEqual([
      { path: ['document'], rule: 'not-an-id', params: { value: 'inte base64!' } },
    ]);
    const { document: _document, ...withoutDocument } = file;
    expect(issues(withoutDocument)).toEqual([{ path: ['document'], rule: 'document-damaged', params: {} }]);
    expect(issues({ ...file, recipient: { ...sara, personId: 'sara' } })).toEqual([
      { path: ['recipient', 'personId'], rule: 'not-an-id', params: { value: 'sara' } },
    ]);

    // A file of the older format (/1) carries its parts, whose answers must fit the questionnaire.
    const { sectionIds: _s, recipient: _r, document: _d, ...older } = file;
    const v1 = (answers: Record<string, unknown>) => ({
      ...older,
      format: 'eblomladan.assignment/1',
      parts: [{ sectionId: 'skola', answers, updatedAt: file.createdAt }],
    });
    expect(issues(v1({ 'skola.franvaro': { value: 'kanske', updatedAt: file.createdAt } }))).toEqual([
      {
        path: ['parts', 0, 'answers', 'skola.franvaro', 'value'],
        rule: 'not-on-scale',
        params: { value: 'kanske' },
      },
    ]);
    expect(
      rules(asText(v1({ 'skola.franvaro': { evidence: 'javascript:alert(1)', updatedAt: file.createdAt } }))),
    ).toEqual(['not-evidence-url']);
  });

  it('removes control characters except tab and newline', () => {
    expect(stripControl('a\u0000b\u0007c\td\ne\r\u001b[31mf\u007f')).toBe('abc\td\ne[31mf');
  });
});
