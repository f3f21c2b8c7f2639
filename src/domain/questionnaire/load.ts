/**
 * Turns the text of a questionnaire file into a typed, frozen questionnaire, or into the list
 * of what is wrong with it. Nothing half-read ever leaves this module.
 */
import { failure as fail, fromZodIssues, type Result } from '../validation/issues';
import { parseJsonText } from '../validation/json-text';
import { LIMITS } from './limits';
import { QUESTIONNAIRE_FORMAT, QuestionnaireSchema, type Questionnaire } from './schema';

const FORMAT_PATTERN = /^eblomladan\.([a-z-]+)\/(\d+)$/;

// Also read without zod (the start page's catalogue), so it lives in validation/.
export { parseJsonText };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Validates parsed JSON as a questionnaire; a file of another kind or a newer format is named as such. */
export function validateQuestionnaire(data: unknown): Result<Questionnaire> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not-an-object');
  const format = (data as { format?: unknown }).format;
  if (typeof format === 'string' && format !== QUESTIONNAIRE_FORMAT) {
    const match = FORMAT_PATTERN.exec(format);
    if (match?.[1] === 'questionnaire' && Number(match[2]) > 1) {
      return fail('format-too-new', { format, supported: QUESTIONNAIRE_FORMAT }, ['format']);
    }
    return fail('wrong-format', { format: format.slice(0, 60), expected: QUESTIONNAIRE_FORMAT }, ['format']);
  }
  const parsed = QuestionnaireSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, data) };
  return { ok: true, value: deepFreeze(parsed.data) };
}

/** Reads the text of a questionnaire file: size, JSON syntax, then the schema and its rules. */
export function loadQuestionnaire(text: string): Result<Questionnaire> {
  const json = parseJsonText(text, LIMITS.fileBytes);
  return json.ok ? validateQuestionnaire(json.value) : json;
}
