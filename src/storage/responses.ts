/**
 * Answers, written the moment they are given, one indicator at a time. Each write is one
 * transaction that reads the part's document and changes only that indicator's entry, so two
 * tabs answering different indicators of one part never overwrite each other: IndexedDB runs
 * read-write transactions on the same table one after the other, also across tabs.
 *
 * (Dexie's key-path update, `update(key, { 'answers.<id>': … })`, would do the same, but
 * indicator ids contain dots, which a key path reads as nesting.)
 */
import { isEvidenceUrl } from '../domain/round/evidence';
import {
  COMMENT_MAX,
  NAME_MAX,
  type Answer,
  type PartResponse,
  type Respondent,
} from '../domain/round/model';
import { isAllowedValue } from '../domain/round/progress';
import { db } from './db';
import { StorageRefusal } from './errors';

/** What one change sets; `null` removes that field (an unanswered indicator, an empty comment). */
export interface AnswerChange {
  value?: string | null;
  comment?: string | null;
  evidence?: string | null;
}

async function writablePart(roundId: string, sectionId: string) {
  const round = await db.rounds.get(roundId);
  if (!round) throw new StorageRefusal('not-found', `round ${roundId}`);
  if (round.status === 'published') throw new StorageRefusal('locked', `round ${roundId} is published`);
  // An assigned copy answers only the parts it was handed; the others are answered elsewhere.
  if (round.assignment && !round.assignment.sectionIds.includes(sectionId))
    throw new StorageRefusal('locked', `part ${sectionId} was not handed out`);
  const stored = await db.questionnaires.get(round.questionnaireKey);
  const section = stored?.questionnaire.sections.find((s) => s.id === sectionId);
  if (!stored || !section) throw new StorageRefusal('not-found', `part ${sectionId}`);
  return { questionnaire: stored.questionnaire, section };
}

function applyChange(
  previous: Answer | undefined,
  change: AnswerChange,
  by: string | undefined,
  at: string,
): Answer {
  const next: Answer = { ...previous, updatedAt: at };
  for (const field of ['value', 'comment', 'evidence'] as const) {
    const value = change[field];
    if (value === null || value === '') delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  if (by) next.answeredBy = by;
  return next;
}

/**
 * Saves one indicator's answer, comment or evidence link; refuses if the round is published.
 * With `ifOlderThan`, the change is skipped when the stored answer is as new or newer (used when
 * replaying text that may have been saved meanwhile).
 */
export async function saveAnswer(
  roundId: string,
  sectionId: string,
  indicatorId: string,
  change: AnswerChange,
  options: { ifOlderThan?: string } = {},
): Promise<Answer | undefined> {
  if (typeof change.comment === 'string' && change.comment.length > COMMENT_MAX)
    throw new StorageRefusal('invalid', 'comment');
  if (typeof change.evidence === 'string' && change.evidence !== '' && !isEvidenceUrl(change.evidence)) {
    throw new StorageRefusal('invalid', 'evidence');
  }
  return db.transaction('rw', db.rounds, db.questionnaires, db.responses, async () => {
    const { questionnaire, section } = await writablePart(roundId, sectionId);
    if (!section.indicators.some((i) => i.id === indicatorId))
      throw new StorageRefusal('not-found', `indicator ${indicatorId}`);
    if (typeof change.value === 'string' && !isAllowedValue(questionnaire, change.value)) {
      throw new StorageRefusal('invalid', `value ${change.value}`);
    }
    const at = new Date().toISOString();
    let saved: Answer | undefined;
    let skipped = false;
    await db.responses.where({ roundId, sectionId }).modify((response: PartResponse) => {
      const previous = response.answers[indicatorId];
      if (options.ifOlderThan && previous && previous.updatedAt >= options.ifOlderThan) {
        skipped = true;
        return;
      }
      saved = applyChange(previous, change, response.respondent?.name, at);
      response.answers[indicatorId] = saved;
      response.updatedAt = at;
    });
    if (!saved && !skipped) throw new StorageRefusal('not-found', `part ${sectionId}`);
    return saved;
  });
}

/** Saves who answers a part (skipped, with `ifOlderThan`, when the part changed since). */
export async function saveRespondent(
  roundId: string,
  sectionId: string,
  respondent: Respondent,
  options: { ifOlderThan?: string } = {},
): Promise<void> {
  const clean = {
    name: respondent.name.trim().slice(0, NAME_MAX),
    role: respondent.role.trim().slice(0, NAME_MAX),
  };
  await db.transaction('rw', db.rounds, db.questionnaires, db.responses, async () => {
    await writablePart(roundId, sectionId);
    const at = new Date().toISOString();
    await db.responses.where({ roundId, sectionId }).modify((response: PartResponse) => {
      if (options.ifOlderThan && response.updatedAt >= options.ifOlderThan) return;
      response.respondent = clean;
      response.updatedAt = at;
    });
  });
}
