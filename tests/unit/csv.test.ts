import { describe, expect, it } from 'vitest';
import { appText, csvCell, toCsv } from '../../src/domain/csv';
import { roundCsv, type RoundCsvHeadings } from '../../src/domain/exchange/csv';
import type { Round } from '../../src/domain/round/model';
import { testQuestionnaire } from './exchange-helpers';

describe('CSV for a Swedish Excel', () => {
  it('starts with a byte-order mark, separates with semicolons and ends rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe('\uFEFF"a";"b"\r\n1;2\r\n');
  });

  it('writes decimal commas and leaves empty cells empty', () => {
    expect(csvCell(0.5)).toBe('0,5');
    expect(csvCell(-1.25)).toBe('-1,25');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes text and doubles quotes, keeping semicolons and newlines inside the field', () => {
    expect(csvCell('Sa "ja"; sedan\nnej')).toBe('"Sa ""ja""; sedan\nnej"');
    expect(csvCell('åäö')).toBe('"åäö"');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}HYPERLINK("http://x")`)).toBe(`"'${start}HYPERLINK(""http://x"")"`);
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it("writes the app's own words as they are, and still defuses text from people and files", () => {
    // "oförändrad" with an apostrophe in front would show as 'oförändrad in the cell.
    expect(csvCell(appText('oförändrad'))).toBe('"oförändrad"');
    expect(csvCell(appText('Sa "ja"'))).toBe('"Sa ""ja"""');
    // A plain string is someone else's text: a comment, a label, a questionnaire's words.
    expect(csvCell('= oförändrad')).toBe(`"'= oförändrad"`);
    expect(toCsv([[appText('Del'), '=1+1', 0.25]])).toBe(`\uFEFF"Del";"'=1+1";0,25\r\n`);
  });

  it('writes one row per indicator with answer, score, comment, who and an ISO date', () => {
    const q = testQuestionnaire();
    const round: Round = {
      id: 'r',
      organisationCode: '1440',
      year: 2025,
      label: 'Vår',
      questionnaireKey: 'k',
      status: 'draft',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      history: [],
    };
    const headings = Object.fromEntries(
      [
        'municipality',
        'year',
        'round',
        'part',
        'kind',
        'indicatorId',
        'indicator',
        'answer',
        'score',
        'comment',
        'evidence',
        'answeredBy',
        'updated',
      ].map((k) => [k, k]),
    ) as unknown as RoundCsvHeadings;
    const csv = roundCsv(
      round,
      q,
      [
        {
          roundId: 'r',
          sectionId: 'skola',
          answers: {
            'skola.franvaro': {
              value: 'delvis',
              comment: '=1+1',
              answeredBy: 'Anna',
              updatedAt: '2025-03-04T10:00:00.000Z',
            },
            'skola.antagning': { value: 'ej-aktuellt', updatedAt: '2025-03-05T10:00:00.000Z' },
          },
          updatedAt: '2025-03-05T10:00:00.000Z',
        },
      ],
      headings,
      (text) => text.sv,
      (kind) => kind,
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines[1]).toBe(
      `"1440";2025;"Vår";"Barn och elever";"flower";"skola.franvaro";"Frånvaro anmäls digitalt.";"Uppfyller delvis";0,5;"'=1+1";;"Anna";"2025-03-04"`,
    );
    expect(lines[2]).toBe(
      `"1440";2025;"Vår";"Barn och elever";"flower";"skola.antagning";"Antagning sker digitalt.";"Ej aktuellt";;;;;"2025-03-05"`,
    );
    expect(lines[3]).toBe(
      `"1440";2025;"Vår";"Äldre";"flower";"omsorg.larm";"Trygghetslarmen är digitala.";;;;;;`,
    );
  });
});
