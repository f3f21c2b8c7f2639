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
import { publishRound, startRound } from '../../src/storage/rounds';
import { asText, roundTrip, testQuestionnaire } from './exchange-helpers';

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
  it('writes an assignment with the questionnaire, app version and the handed-out parts only', async () => {
    const round = await start();
    await saveRespondent(round.id, 'skola', { name: 'Anna', role: 'Chef' });
    await saveAnswer(round.id, 'skola', 'skola.franvaro', { value: 'helt', comment: 'Alla skolor' });
    const file = await exportAssignment(round.id, ['skola', 'teknik'], '0.1.0');
    expect(file).toMatchObject({
      format: 'eblomladan.assignment/1',
      writtenBy: { app: 'eBlomlådan', version: '0.1.0' },
      round: { id: round.id, organisationCode: '1440', year: 2025, label: 'Vår' },
    });
    expect(file.questionnaire.id).toBe('test');
    expect(file.parts.map((p) => p.sectionId)).toEqual(['skola', 'teknik']);
    expect(file.parts[0]!.answers['skola.franvaro']).toMatchObject({ value: 'helt', answeredBy: 'Anna' });
    const read = readExchangeText(asText(file));
    expect(read.ok && read.value.kind).toBe('assignment');
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

  it('writes a backup of every table that validates, and records when it was made', async () => {
    const round = await start();
    await saveAnswer(round.id, 'teknik', 'teknik.eid', { value: 'delvis' });
    await db.settings.put({ key: 'organisation', code: '1440' });
    const file = await exportBackup('0.1.0');
    expect(file.format).toBe('eblomladan.backup/1');
    expect(file.data.settings).toContainEqual({ key: 'lastBackup', at: file.createdAt });
    expect(roundTrip(file.data)).toEqual(roundTrip(await dumpDatabase()));
    expect(readExchangeText(asText(file)).ok).toBe(true);
  });

  it('refuses a response from a round that is not an assigned copy', async () => {
    const round = await start();
    await expect(exportResponse(round.id, '0.1.0')).rejects.toThrow();
  });

  it('leaves out unknown fields and says so; refuses wrong values and newer versions, naming the place', async () => {
    const round = await start();
    const file = roundTrip(await exportAssignment(round.id, ['skola'], '0.1.0'));
    const extra = readExchangeText(asText({ ...file, extra: 1 }));
    expect(extra.ok && extra.value.notices).toEqual([
      { rule: 'ignored-fields', path: 'extra', params: { count: 1 } },
    ]);
    expect(extra.ok && 'extra' in extra.value.file).toBe(false);
    expect(rules(asText({ ...file, format: 'eblomladan.assignment/2' }))).toEqual(['file-too-new']);
    expect(rules(asText({ ...file, format: 'eblomladan.questionnaire/1' }))).toEqual(['questionnaire-file']);
    expect(rules(asText({ ...file, format: 'something-else' }))).toEqual(['not-exchange-file']);
    const wrongValue = roundTrip(file);
    wrongValue.parts[0]!.answers['skola.franvaro'] = { value: 'kanske', updatedAt: file.createdAt };
    const result = readExchangeText(asText(wrongValue));
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: ['parts', 0, 'answers', 'skola.franvaro', 'value'],
        rule: 'not-on-scale',
        params: { value: 'kanske' },
      },
    ]);
    const badLink = roundTrip(file);
    badLink.parts[0]!.answers['skola.franvaro'] = {
      evidence: 'javascript:alert(1)',
      updatedAt: file.createdAt,
    };
    expect(rules(asText(badLink))).toEqual(['not-evidence-url']);
  });

  it('removes control characters except tab and newline', () => {
    expect(stripControl('a\u0000b\u0007c\td\ne\r\u001b[31mf\u007f')).toBe('abc\td\ne[31mf');
  });
});
