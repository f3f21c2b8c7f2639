/** Questionnaires and a tiny document builder for the rating projection's tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { agreedKey, commentKey, personKey, ratingKey, respondentKey } from '../../src/domain/rating/keys';
import type { RoundDocData } from '../../src/domain/rating/model';
import { validQuestionnaire } from '../fixtures/questionnaire';

export function load(json: unknown): Questionnaire {
  const result = loadQuestionnaire(JSON.stringify(json));
  if (!result.ok) throw new Error(`questionnaire invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The test questionnaire: scale inte-alls, delvis, helt; not applicable ej-aktuellt. */
export const small = load(validQuestionnaire());

export function bundled(file: string): Questionnaire {
  return load(JSON.parse(readFileSync(join(import.meta.dirname, '../../questionnaires', file), 'utf8')));
}

export const ANNA = '11111111-1111-4111-8111-111111111111';
export const BO = '22222222-2222-4222-8222-222222222222';
export const CAJSA = '33333333-3333-4333-8333-333333333333';

/** A time `minute` minutes after a fixed start, as Date.toISOString() writes it. */
export const t = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();

export interface RatingInput {
  value?: unknown;
  comment?: string;
  evidence?: unknown;
  at?: unknown;
}

/** Builds a document the way storage would write it, one key per field. */
export function docBuilder() {
  const data = { fields: {} as Record<string, unknown>, texts: {} as Record<string, string> };
  const builder = {
    data: data as RoundDocData,
    person(id: string, name: unknown, role: unknown = '') {
      data.fields[personKey(id, 'name')] = name;
      data.fields[personKey(id, 'role')] = role;
      return builder;
    },
    respondent(sectionId: string, id: string, at: string | null) {
      data.fields[respondentKey(sectionId, id)] = at;
      return builder;
    },
    rate(sectionId: string, indicatorId: string, id: string, input: RatingInput) {
      if ('value' in input) data.fields[ratingKey(sectionId, indicatorId, id, 'value')] = input.value;
      if ('evidence' in input)
        data.fields[ratingKey(sectionId, indicatorId, id, 'evidence')] = input.evidence;
      if ('at' in input) data.fields[ratingKey(sectionId, indicatorId, id, 'at')] = input.at;
      if (input.comment !== undefined) data.texts[commentKey(sectionId, indicatorId, id)] = input.comment;
      return builder;
    },
    choose(sectionId: string, indicatorId: string, id: string, choice: unknown) {
      data.fields[agreedKey(sectionId, indicatorId, id)] = choice;
      return builder;
    },
    set(key: string, value: unknown) {
      data.fields[key] = value;
      return builder;
    },
    text(key: string, value: string) {
      data.texts[key] = value;
      return builder;
    },
  };
  return builder;
}

/** The same data with its keys in reverse order, as another copy might list them. */
export function reversed(data: RoundDocData): RoundDocData {
  return {
    fields: Object.fromEntries(Object.entries(data.fields).reverse()),
    texts: Object.fromEntries(Object.entries(data.texts).reverse()),
  };
}
