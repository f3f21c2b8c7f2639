/**
 * Turns the text of an exchange file into a validated, typed file, or into the list of what is
 * wrong with it (each with a JSON path). Steps: JSON syntax (line and column), nesting depth and
 * control characters (sanitize.ts), the restore step (restore.ts: the format tag, with a newer
 * version refused politely, migration of older shapes, the strict schema with unknown fields left
 * out and reported), then the rules that span fields: parts and answers that fit the
 * questionnaire, ids used once, snapshot keys that match their content.
 */
import { questionnaireKey } from '../questionnaire/fingerprint';
import { parseJsonText } from '../questionnaire/load';
import type { Questionnaire } from '../questionnaire/schema';
import { isEvidenceUrl } from '../round/evidence';
import { isAllowedValue } from '../round/progress';
import { MAX_ISSUES, type Result, type ValidationIssue } from '../validation/issues';
import { restoreExchange } from './restore';
import { sanitizeTree } from './sanitize';
import { EXCHANGE_MAX_BYTES, type BackupFile, type ExchangeFile, type FilePart } from './schema';

type Path = ValidationIssue['path'];

/** Parses and validates the text of an exchange file. */
export function readExchangeText(text: string): Result<ExchangeFile> {
  const json = parseJsonText(text, EXCHANGE_MAX_BYTES);
  if (!json.ok) return json;
  return validateExchange(json.value);
}

/** Validates parsed JSON (which it changes: pass a value you own) as one of the exchange formats. */
export function validateExchange(data: unknown): Result<ExchangeFile> {
  const clean = sanitizeTree(data);
  if (!clean.ok) return clean;
  const restored = restoreExchange(clean.value);
  if (!restored.ok) return restored;
  const issues = crossCheck(restored.value);
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : restored;
}

function crossCheck(exchange: ExchangeFile): ValidationIssue[] {
  switch (exchange.kind) {
    case 'assignment':
    case 'response':
      return [
        ...checkSectionIds(exchange.file.questionnaire, exchange.file.sectionIds),
        ...(exchange.file.parts
          ? checkParts(exchange.file.questionnaire, exchange.file.parts, ['parts'])
          : []),
      ];
    case 'round':
      return checkValues(exchange.file.questionnaire, exchange.file.answers, ['answers']);
    case 'backup':
      return checkBackup(exchange.file);
  }
}

const issue = (path: Path, rule: ValidationIssue['rule'], params: ValidationIssue['params'] = {}) => ({
  path,
  rule,
  params,
});

/** The handed-out parts: each a section of the questionnaire, once. (The document's content is judged on merging.) */
function checkSectionIds(questionnaire: Questionnaire, sectionIds: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  sectionIds.forEach((id, i) => {
    if (sectionIds.indexOf(id) !== i) issues.push(issue(['sectionIds', i], 'duplicate-id', { id }));
    else if (!questionnaire.sections.some((s) => s.id === id))
      issues.push(issue(['sectionIds', i], 'unknown-section', { id }));
  });
  return issues;
}

/** Parts of a file: each a section of the questionnaire, once, with answers that fit it. */
function checkParts(questionnaire: Questionnaire, parts: readonly FilePart[], at: Path): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  parts.forEach((part, i) => {
    if (seen.has(part.sectionId))
      issues.push(issue([...at, i, 'sectionId'], 'duplicate-id', { id: part.sectionId }));
    seen.add(part.sectionId);
    issues.push(...checkAnswers(questionnaire, part.sectionId, part.answers, [...at, i]));
  });
  return issues;
}

function checkAnswers(
  questionnaire: Questionnaire,
  sectionId: string,
  answers: Readonly<Record<string, { value?: string; evidence?: string }>>,
  at: Path,
): ValidationIssue[] {
  const section = questionnaire.sections.find((s) => s.id === sectionId);
  if (!section) return [issue([...at, 'sectionId'], 'unknown-section', { id: sectionId })];
  const issues: ValidationIssue[] = [];
  for (const [indicatorId, answer] of Object.entries(answers)) {
    if (!section.indicators.some((i) => i.id === indicatorId))
      issues.push(issue([...at, 'answers', indicatorId], 'unknown-indicator', { id: indicatorId }));
    else if (answer.value !== undefined && !isAllowedValue(questionnaire, answer.value))
      issues.push(issue([...at, 'answers', indicatorId, 'value'], 'not-on-scale', { value: answer.value }));
    if (answer.evidence !== undefined && answer.evidence !== '' && !isEvidenceUrl(answer.evidence))
      issues.push(issue([...at, 'answers', indicatorId, 'evidence'], 'not-evidence-url'));
  }
  return issues;
}

/** Answers given as `answers[sectionId][indicatorId] = value` (a shared round). */
function checkValues(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, Record<string, string>>>,
  at: Path,
): ValidationIssue[] {
  return Object.entries(answers).flatMap(([sectionId, values]) => {
    const asAnswers = Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }]));
    return checkAnswers(questionnaire, sectionId, asAnswers, [...at, sectionId]).map((found) =>
      // Point at the value itself, not at a `.value` field the format does not have.
      found.rule === 'not-on-scale' ? { ...found, path: found.path.slice(0, -1) } : found,
    );
  });
}

/** A backup must hold together: keys once, snapshots under their own key, references that resolve. */
function checkBackup(file: BackupFile): ValidationIssue[] {
  const { data } = file;
  const issues: ValidationIssue[] = [];
  const unique = <T>(rows: readonly T[], table: string, key: (row: T) => string) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const k = key(row);
      if (seen.has(k)) issues.push(issue(['data', table, i], 'duplicate-id', { id: k }));
      seen.add(k);
    });
  };
  unique(data.questionnaires, 'questionnaires', (q) => q.key);
  unique(data.rounds, 'rounds', (r) => r.id);
  unique(data.responses, 'responses', (r) => `${r.roundId}/${r.sectionId}`);
  unique(data.settings, 'settings', (s) => s.key);
  unique(data.actions, 'actions', (a) => a.id);
  unique(data.referenceRounds, 'referenceRounds', (r) => r.id);
  unique(data.roundDocs, 'roundDocs', (d) => d.roundId);

  // Checked on the rows as parsed, which the types above describe as already paired.
  const fieldsOf: Record<string, readonly ('code' | 'at' | 'personId' | 'name' | 'role')[]> = {
    organisation: ['code'],
    lastBackup: ['at'],
    guide: ['at'],
    person: ['personId', 'name', 'role'],
  };
  (data.settings as Record<string, string | undefined>[]).forEach((setting, i) => {
    const needs = fieldsOf[setting.key!] ?? [];
    for (const field of needs)
      if (setting[field] === undefined) issues.push(issue(['data', 'settings', i, field], 'required'));
    const other = (['code', 'at', 'personId', 'name', 'role'] as const).filter(
      (field) => !needs.includes(field) && setting[field] !== undefined,
    );
    if (other.length > 0)
      issues.push(issue(['data', 'settings', i], 'unknown-keys', { keys: other.join(', ') }));
  });
  data.rounds.forEach((round, i) =>
    (round.history as { type: string; reason?: string }[]).forEach((event, j) => {
      const at = ['data', 'rounds', i, 'history', j];
      if (event.type === 'reopened' && event.reason === undefined)
        issues.push(issue([...at, 'reason'], 'required'));
      if (event.type !== 'reopened' && event.reason !== undefined)
        issues.push(issue(at, 'unknown-keys', { keys: 'reason' }));
    }),
  );
  const snapshots = new Map<string, Questionnaire>();
  data.questionnaires.forEach((stored, i) => {
    const actual = questionnaireKey(stored.questionnaire);
    if (
      stored.key !== actual ||
      stored.id !== stored.questionnaire.id ||
      stored.version !== stored.questionnaire.version
    )
      issues.push(issue(['data', 'questionnaires', i, 'key'], 'key-mismatch', { key: stored.key, actual }));
    else snapshots.set(stored.key, stored.questionnaire);
  });
  const rounds = new Map<string, Questionnaire | undefined>();
  data.rounds.forEach((round, i) => {
    const questionnaire = snapshots.get(round.questionnaireKey);
    if (!questionnaire)
      issues.push(
        issue(['data', 'rounds', i, 'questionnaireKey'], 'unknown-questionnaire', {
          key: round.questionnaireKey,
        }),
      );
    rounds.set(round.id, questionnaire);
  });
  data.responses.forEach((response, i) => {
    if (!rounds.has(response.roundId)) {
      issues.push(issue(['data', 'responses', i, 'roundId'], 'unknown-round', { id: response.roundId }));
      return;
    }
    const questionnaire = rounds.get(response.roundId);
    if (questionnaire)
      issues.push(
        ...checkAnswers(questionnaire, response.sectionId, response.answers, ['data', 'responses', i]),
      );
  });
  data.roundDocs.forEach((roundDoc, i) => {
    if (!rounds.has(roundDoc.roundId))
      issues.push(issue(['data', 'roundDocs', i, 'roundId'], 'unknown-round', { id: roundDoc.roundId }));
  });
  data.referenceRounds.forEach((reference, i) => {
    const questionnaire = snapshots.get(reference.questionnaireKey);
    if (!questionnaire)
      issues.push(
        issue(['data', 'referenceRounds', i, 'questionnaireKey'], 'unknown-questionnaire', {
          key: reference.questionnaireKey,
        }),
      );
    else
      issues.push(
        ...checkValues(questionnaire, reference.answers, ['data', 'referenceRounds', i, 'answers']),
      );
  });
  data.actions.forEach((action, i) => {
    const at = ['data', 'actions', i];
    if (!rounds.has(action.roundId)) {
      issues.push(issue([...at, 'roundId'], 'unknown-round', { id: action.roundId }));
      return;
    }
    const questionnaire = rounds.get(action.roundId);
    if (!questionnaire) return;
    const section = questionnaire.sections.find((s) => s.id === action.sectionId);
    if (!section) issues.push(issue([...at, 'sectionId'], 'unknown-section', { id: action.sectionId }));
    else if (!section.indicators.some((ind) => ind.id === action.indicatorId))
      issues.push(issue([...at, 'indicatorId'], 'unknown-indicator', { id: action.indicatorId }));
    // A target is a level of the scale; "not applicable" is no level to aim for.
    if (!questionnaire.scale.options.some((o) => o.value === action.target))
      issues.push(issue([...at, 'target'], 'not-on-scale', { value: action.target }));
  });
  return issues;
}
