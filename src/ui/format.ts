/**
 * How numbers, dates, times, sizes and lists read in the interface. Every one shown goes through
 * here, so all views agree: the Intl locale is the interface language's (`localeOf`, so a new
 * language brings its own), instants (stored in UTC) are shown in the user's own time zone,
 * calendar dates (`YYYY-MM-DD`) exactly as written.
 *
 * Counts in interface strings: i18next picks the plural form (`_one`, `_other`) from `count`
 * and would show that number as it is ("2900"). So a string keeps `{{count}}` as translators
 * expect, and the view passes the number through `countOptions` (or `useFormat().count`): the
 * plural is chosen from the number, and `{{count}}` shows it grouped ("2 900", "2,900"). It does
 * so through i18next's documented `replace` option, whose values are the only ones interpolated,
 * so the string's other values go in with it. `count` is the number the noun agrees with ("0 av
 * 1 tillämplig indikator" counts the 1), and a sentence with two counts nests a plural string
 * for the second. Other numbers in a string are passed formatted (`formatNumber`) under their
 * own names; years, codes and positions are passed as they are. i18next's own
 * `{{count, number}}` formatter is not used: it builds a new Intl.NumberFormat for every distinct
 * set of values, and its locale would be the bare language code rather than `localeOf`.
 *
 * Intl formatters are costly to create, so each is made once per locale and options and kept.
 */
import { localeOf } from '../i18n/languages';
import { useLanguage } from './useLanguage';

const formatters = new Map<string, unknown>();

/** The formatter for a language and options, made on first use and kept. */
function cached<T>(kind: string, language: string, options: object, make: (locale: string) => T): T {
  const locale = localeOf(language);
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

const numberFormat = (language: string, options: Intl.NumberFormatOptions) =>
  cached('number', language, options, (locale) => new Intl.NumberFormat(locale, options));

// A formatter without a time zone uses the browser's as it was when the formatter was made; a
// change of zone during a session shows after a reload.
const dateFormat = (language: string, options: Intl.DateTimeFormatOptions) =>
  cached('date', language, options, (locale) => new Intl.DateTimeFormat(locale, options));

/**
 * A calendar date (YYYY-MM-DD: a due date, a publication date) in words, e.g. "1 februari 2014";
 * read as UTC so it never shifts a day. For the date of a stored time use formatDay.
 */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * The day of a stored time (ISO instant) in the user's time zone, e.g. "2 mars 2025" for
 * 2025-03-01T23:30:00Z in Sweden. `timeZone` is for tests; the interface uses the user's.
 */
export function formatDay(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language, { dateStyle: 'long', timeZone }).format(date);
}

/** A stored time (ISO instant) with its day and hour in the user's time zone, e.g. "2 mars 2025 kl. 00:30". */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

/** The time of day of a moment in the user's time zone, with seconds, e.g. "14:05:03". */
export function formatClock(date: Date, language: string, timeZone?: string): string {
  return dateFormat(language, { timeStyle: 'medium', timeZone }).format(date);
}

/**
 * A number with the language's grouping and decimal sign: "2 900" and "0,5" in Swedish, "2,900"
 * and "0.5" in English; three decimals at most unless `maximumFractionDigits` says otherwise.
 * Not for years or codes, which are never grouped (a year reads "2025", not "2 025").
 */
export function formatNumber(
  value: number,
  language: string,
  options: Pick<Intl.NumberFormatOptions, 'maximumFractionDigits' | 'minimumFractionDigits'> = {},
): string {
  if (!options.minimumFractionDigits && isPlain(value)) return String(value);
  return numberFormat(language, options).format(value);
}

/** A count: a whole number, grouped ("2 900" in Swedish, "2,900" in English). */
export function formatCount(count: number, language: string): string {
  if (isPlain(count)) return String(count);
  return numberFormat(language, { maximumFractionDigits: 0 }).format(count);
}

/**
 * A whole number from 0 to 999 reads the same in every language of `LANGUAGES` (digits 0–9, no
 * sign, no grouping, no decimals), so no formatter is made for it: a page's first
 * Intl.NumberFormat costs 35–70 ms in Chromium (it loads the locale's number data), and a part's
 * answer page, whose only numbers are such counts, paid it before its first paint (issue 18).
 * A language written with other digits must be formatted here too: tests/unit/format.test.ts
 * compares every such number with Intl's in every language.
 */
const isPlain = (value: number) => Number.isInteger(value) && value >= 0 && value < 1000;

/**
 * Options for `t` that choose the plural form from `count` and show it grouped as `{{count}}`;
 * `values` are the string's other values (passed as they are: format numbers among them with
 * formatNumber). See the header for why.
 */
export function countOptions<V extends object>(
  count: number,
  language: string,
  values?: V,
): { count: number; replace: V & { count: string } } {
  return { count, replace: { ...(values as V), count: formatCount(count, language) } };
}

/** A share in 0..1 as a percentage: "26 %" in Swedish, "26%" in English; whole percent unless told. */
export function formatPercent(share: number, language: string, maximumFractionDigits = 0): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits }).format(share);
}

/** A score in 0..1 as the interface shows it: "0,5" in Swedish, "0.5" in English. */
export function formatScore(score: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 2 }).format(score);
}

/**
 * A part's change as every view writes it: the sign always shown ("+0,25", "−0,5") and zero as
 * "0", two decimals at most, decimal comma in Swedish. The change itself comes from
 * `domain/compare/changes.ts` (`partChange`); this only writes the number.
 */
export function formatChange(delta: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(delta);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size in bytes, in steps of 1000: "1,2 MB" in Swedish, "1.2 MB" in English. */
export function formatBytes(bytes: number, language: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return numberFormat(language, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** Items as one phrase: "a, b och c" in Swedish, "a, b and c" in English. */
export function formatList(items: readonly string[], language: string): string {
  return cached(
    'list',
    language,
    {},
    (locale) => new Intl.ListFormat(locale, { type: 'conjunction' }),
  ).format(items);
}

/** A round's name as the interface shows it: the year, and the label in brackets when there is one. */
export const roundName = (round: { year: number; label: string }): string =>
  round.label ? `${round.year} (${round.label})` : String(round.year);

/** The helpers above bound to one language, for a view (see useFormat). */
export interface Format {
  language: string;
  date: (isoDate: string) => string;
  day: (iso: string) => string;
  dateTime: (iso: string) => string;
  clock: (date: Date) => string;
  number: (value: number) => string;
  count: <V extends object>(count: number, values?: V) => ReturnType<typeof countOptions<V>>;
  percent: (share: number) => string;
  score: (score: number) => string;
  change: (delta: number) => string;
  bytes: (bytes: number) => string;
  list: (items: readonly string[]) => string;
}

const bound = new Map<string, Format>();

/** The helpers bound to `language`; the same object each time, so it can be a dependency. */
export function formatFor(language: string): Format {
  let format = bound.get(language);
  if (!format) {
    format = {
      language,
      date: (isoDate) => formatDate(isoDate, language),
      day: (iso) => formatDay(iso, language),
      dateTime: (iso) => formatDateTime(iso, language),
      clock: (date) => formatClock(date, language),
      number: (value) => formatNumber(value, language),
      count: (count, values) => countOptions(count, language, values),
      percent: (share) => formatPercent(share, language),
      score: (score) => formatScore(score, language),
      change: (delta) => formatChange(delta, language),
      bytes: (bytes) => formatBytes(bytes, language),
      list: (items) => formatList(items, language),
    };
    bound.set(language, format);
  }
  return format;
}

/** The helpers in the interface language; a view re-renders with them when the language changes. */
export function useFormat(): Format {
  return formatFor(useLanguage());
}
