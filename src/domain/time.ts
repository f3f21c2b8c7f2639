/**
 * Times are stored as ISO 8601 instants in UTC; people read them as days and hours where they
 * are. The calendar date of an instant is therefore taken in the user's time zone: a comment
 * saved at 00:30 in Sweden (23:30 UTC the day before) belongs to the day it was written.
 * Calendar dates that are not instants (a due date, a questionnaire's publication date,
 * `YYYY-MM-DD`) never pass through here: they must not shift with the time zone.
 */

/**
 * The calendar date (`YYYY-MM-DD`) of an instant, in the given time zone (by default the
 * user's), e.g. `2025-03-01T23:30:00Z` is `2025-03-02` in Europe/Stockholm. An unreadable time
 * is returned as it is.
 */
export function localDate(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Any locale with Western digits will do: only the numeric parts are read. Not cached, so a
  // change of the system's time zone is followed.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
