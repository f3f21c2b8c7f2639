/**
 * The agreed answer (gemensam bedömning) of one indicator, decided the same way on every copy:
 * the latest choice stands unless the ratings became unanimous after it; without a choice,
 * unanimous ratings agree by themselves; otherwise the indicator differs.
 */
import type { AgreedAnswer, AgreedChoice, Rating } from './model';

/** Milliseconds of an ISO time the projection has already checked. */
const ms = (at: string) => Date.parse(at);

/**
 * Latest first; on equal times the larger person id first, so the order (and the choice that
 * counts) does not depend on the order entries arrived in.
 */
export function byLatestChoice(a: AgreedChoice, b: AgreedChoice): number {
  return ms(b.at) - ms(a.at) || (a.personId < b.personId ? 1 : a.personId > b.personId ? -1 : 0);
}

/**
 * `choices` sorted with byLatestChoice; `ratings` with at least one of them valued to count.
 * Undefined when nothing is agreed (differing ratings, or nothing rated and nothing chosen).
 */
export function agreedAnswer(
  ratings: readonly Rating[],
  choices: readonly AgreedChoice[],
): AgreedAnswer | undefined {
  const chosen = choices[0];
  const valued = ratings.filter((rating) => rating.value !== undefined);
  const unanimous = valued.length > 0 && valued.every((rating) => rating.value === valued[0]!.value);
  let latest: string | undefined;
  for (const { at } of valued)
    if (at !== undefined && (latest === undefined || ms(at) > ms(latest))) latest = at;

  if (chosen && (!unanimous || latest === undefined || ms(chosen.at) >= ms(latest))) {
    return withoutUndefined({
      value: chosen.value,
      source: 'chosen',
      by: chosen.personId,
      byName: chosen.name,
      at: chosen.at,
      note: chosen.note,
    });
  }
  if (!unanimous) return undefined;
  const only = valued.length === 1 ? valued[0] : undefined;
  return withoutUndefined({
    value: valued[0]!.value!,
    source: only ? 'single' : 'unanimous',
    by: only?.personId,
    byName: only?.name,
    at: latest,
  });
}

/** Leaves out the optional fields that are not there, so results compare and print cleanly. */
function withoutUndefined(answer: AgreedAnswer): AgreedAnswer {
  for (const key of Object.keys(answer) as (keyof AgreedAnswer)[])
    if (answer[key] === undefined) delete answer[key];
  return answer;
}
