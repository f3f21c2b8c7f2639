/**
 * How numbers, dates and times read in the interface. Every date or time shown goes through
 * here, so all views agree: instants (stored in UTC) are shown in the user's own time zone,
 * calendar dates (`YYYY-MM-DD`) exactly as written.
 */

/** The Intl locale of an interface language. */
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

/**
 * A calendar date (YYYY-MM-DD: a due date, a publication date) in words, e.g. "1 februari 2014";
 * read as UTC so it never shifts a day. For the date of a stored time use formatDay.
 */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * The day of a stored time (ISO instant) in the user's time zone, e.g. "2 mars 2025" for
 * 2025-03-01T23:30:00Z in Sweden. `timeZone` is for tests; the interface uses the user's.
 */
export function formatDay(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone }).format(date);
}

/** A stored time (ISO instant) with its day and hour in the user's time zone, e.g. "2 mars 2025 kl. 00:30". */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** The time of day of a moment in the user's time zone, with seconds, e.g. "14:05:03". */
export function formatClock(date: Date, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeStyle: 'medium', timeZone }).format(date);
}

/** A score in 0..1 as the interface shows it: "0,5" in Swedish, "0.5" in English. */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(score);
}

/** A round's name as the interface shows it: the year, and the label in brackets when there is one. */
export const roundName = (round: { year: number; label: string }): string =>
  round.label ? `${round.year} (${round.label})` : String(round.year);
