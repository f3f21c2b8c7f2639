/** Builders for exchange tests: a round on the small test questionnaire, and files made from it. */
import { validateQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { validQuestionnaire } from '../fixtures/questionnaire';

export function testQuestionnaire(): Questionnaire {
  const result = validateQuestionnaire(validQuestionnaire());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The file as a user would have it: JSON text, parsed back (no shared references, no undefined). */
export const asText = (value: unknown) => JSON.stringify(value, null, 2);
export const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
