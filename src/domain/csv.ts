/**
 * CSV for a Swedish Excel: semicolon between fields, CRLF between rows, UTF-8 with a byte-order
 * mark (without it Excel reads å, ä, ö wrongly), decimal comma, ISO dates, every text field
 * quoted.
 *
 * Text comes in two kinds. A plain `string` is text a person typed or a file brought (comments,
 * labels, names, questionnaire texts): if it starts with = + - @ (or a tab or carriage return) it
 * gets an apostrophe in front, so that a spreadsheet never runs it as a formula (CSV injection).
 * Text the app wrote itself (headings and fixed words from its own string tables) is marked with
 * `appText` and written as it is: an apostrophe in front of an app's own word would show in the
 * cell and help no one. The app's words are chosen so that none starts like a formula (a test
 * checks every one), and changes and scores are numbers, never text such as "+0,05".
 *
 * Plain strings are the guarded kind on purpose: a text that forgets its kind is defused, never
 * run.
 *
 * Twenty lines of our own rather than papaparse (about 7 kB gzip, mostly a parser we do not need).
 */

/** Text written by the app itself (a heading, a fixed word): never prefixed. */
export interface AppText {
  readonly appText: string;
}

/** Marks a text as the app's own words, to be written without the formula guard. */
export const appText = (text: string): AppText => ({ appText: text });

export type Cell = string | number | null | undefined | AppText;

/** The characters at the start of a cell that make a spreadsheet read it as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** One field: numbers with a decimal comma and unquoted, text quoted, other people's text defused. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (typeof value === 'object') return quoted(value.appText);
  return quoted(FORMULA_START.test(value) ? `'${value}` : value);
}

/** A whole CSV file's text, starting with the byte-order mark. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
