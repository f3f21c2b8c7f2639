/** A calendar date (YYYY-MM-DD) in words, e.g. "1 februari 2014"; read as UTC so it never shifts a day. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** A score in 0..1 as the interface shows it: "0,5" in Swedish, "0.5" in English. */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 }).format(
    score,
  );
}

/** A round's name as the interface shows it: the year, and the label in brackets when there is one. */
export const roundName = (round: { year: number; label: string }): string =>
  round.label ? `${round.year} (${round.label})` : String(round.year);
