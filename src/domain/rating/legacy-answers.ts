/**
 * The agreed answers in the one-answer-per-indicator shape that scoring, the flower box,
 * comparisons, the plan and the report already read, so they all run on agreed answers.
 */
import type { Answer } from '../round/model';
import type { IndicatorRatings } from './model';

/** Stands in for a time when nothing carries a valid one (never written by this app). */
const NO_TIME = '1970-01-01T00:00:00.000Z';

function latest(times: readonly (string | undefined)[]): string {
  let found: string | undefined;
  for (const at of times)
    if (at !== undefined && (found === undefined || Date.parse(at) > Date.parse(found))) found = at;
  return found ?? NO_TIME;
}

/**
 * `value` is the agreed value. With one rater, comment, evidence and name are theirs; with
 * several, each comment is prefixed by its author's name, the first evidence link in respondent
 * order stands, and `answeredBy` names every rater. Undefined when there is nothing to show.
 */
export function legacyAnswer({ ratings, agreed }: IndicatorRatings): Answer | undefined {
  const answer: Answer = {
    updatedAt: latest([...ratings.map((rating) => rating.at), agreed?.at]),
  };
  if (typeof agreed?.value === 'string') answer.value = agreed.value;
  const only = ratings.length === 1 ? ratings[0] : undefined;
  const comment = only
    ? only.comment
    : ratings
        .filter((rating) => rating.comment !== undefined)
        .map((rating) => (rating.name ? `${rating.name}: ${rating.comment}` : rating.comment))
        .join('\n\n') || undefined;
  const evidence = ratings.find((rating) => rating.evidence !== undefined)?.evidence;
  const names = ratings.length > 0 ? ratings.map((rating) => rating.name) : [agreed?.byName];
  const answeredBy = names.filter((name) => name !== undefined).join(', ');
  if (comment !== undefined) answer.comment = comment;
  if (evidence !== undefined) answer.evidence = evidence;
  if (answer.value === undefined && answer.comment === undefined && answer.evidence === undefined)
    return undefined;
  if (answeredBy !== '') answer.answeredBy = answeredBy;
  return answer;
}
