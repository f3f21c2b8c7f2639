/**
 * The app's own words in every CSV are written without the formula guard (`appText`), so none of
 * them may start like a formula: a spreadsheet would run "= oförändrad" and show an error instead
 * of the word. This reads the string tables of both languages, so a new or reworded word is checked
 * too; and the comparison CSV, written with the real Swedish words, has no apostrophe in front of
 * a word of the app's while a part name from a questionnaire file is still defused.
 */
import { describe, expect, it } from 'vitest';
import { compareRounds, type RoundData } from '../../src/domain/compare/changes';
import { comparisonCsv } from '../../src/domain/compare/csv';
import { FORMULA_START } from '../../src/domain/csv';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import enCompare from '../../src/i18n/locales/en/compare.json';
import enExchange from '../../src/i18n/locales/en/exchange.json';
import enPeers from '../../src/i18n/locales/en/peers.json';
import svCompare from '../../src/i18n/locales/sv/compare.json';
import svExchange from '../../src/i18n/locales/sv/exchange.json';
import svPeers from '../../src/i18n/locales/sv/peers.json';
import { bundled } from '../component/round-fixtures';

/** Every string in a (nested) string table, with its path. */
const strings = (table: unknown, path: string): [string, string][] =>
  typeof table === 'string'
    ? [[path, table]]
    : Object.entries(table as Record<string, unknown>).flatMap(([k, v]) => strings(v, `${path}.${k}`));

const languages = [
  ['sv', svCompare, svPeers, svExchange.views],
  ['en', enCompare, enPeers, enExchange.views],
] as const;

describe("the app's own CSV words", () => {
  it.each(languages)('never start like a formula (%s)', (_, compare, peers, exchange) => {
    const words = [
      ...strings(compare.csv, 'compare.csv'),
      ...strings(compare.reason, 'compare.reason'),
      ...strings(compare.change.basisValue_one, 'compare.change.basisValue_one'),
      ...strings(compare.change.basisValue_other, 'compare.change.basisValue_other'),
      ...strings(peers.csv, 'peers.csv'),
      ...strings(peers.indicators.ownNotApplicable, 'peers.indicators.ownNotApplicable'),
      ...strings(peers.indicators.ownUnanswered, 'peers.indicators.ownUnanswered'),
      ...strings(exchange.share.csvHeadings, 'exchangeViews.share.csvHeadings'),
    ];
    expect(words.length).toBeGreaterThan(40);
    expect(words.filter(([, text]) => FORMULA_START.test(text))).toEqual([]);
  });

  it('are written without an apostrophe, while a name from a questionnaire file is defused', () => {
    const q16 = bundled('2016');
    // A questionnaire file anyone could write, with a part title that is a formula.
    const hostile: Questionnaire = {
      ...q16,
      sections: q16.sections.map((s, i) => (i === 0 ? { ...s, title: { sv: '=HYPERLINK("x")' } } : s)),
    };
    const round = (id: string, year: number, value: string): RoundData => ({
      id,
      year,
      label: '',
      questionnaire: hostile,
      answers: { 'barn-elever': { 'skola.skolval': { value, updatedAt: '2026-01-01T00:00:00.000Z' } } },
    });
    const w = svCompare.csv;
    const csv = comparisonCsv(
      compareRounds(round('a', 2025, 'delvis'), round('b', 2026, 'delvis')),
      {
        headings: w.headings,
        partLevel: w.partLevel,
        indicatorLevel: w.indicatorLevel,
        notApplicable: w.notApplicable,
        unanswered: w.unanswered,
        direction: (d) => w.direction[d],
        reason: (r) => svCompare.reason[r],
        basis: (compared, total) => `${compared} av ${total} indikatorer`,
      },
      (text) => text.sv,
    );
    const part = csv.split('\r\n').find((row) => row.startsWith('"Del";"'))!;
    expect(part).toBe(`"Del";"'=HYPERLINK(""x"")";;;;;0,5;0,5;0;"oförändrad";"1 av 8 indikatorer";`);
    expect(csv).not.toContain("'oförändrad");
  });
});
