/**
 * Rounds: start, publish, reopen. Each function is one transaction, so a round is either
 * wholly written (with its questionnaire snapshot and an empty response per part) or not at all.
 */
import { newId } from '../domain/id';
import { questionnaireKey } from '../domain/questionnaire/fingerprint';
import type { Questionnaire } from '../domain/questionnaire/schema';
import {
  REASON_MAX,
  REASON_MIN,
  ROUND_LABEL_MAX,
  YEAR_MAX,
  YEAR_MIN,
  type Round,
} from '../domain/round/model';
import { db, type StoredQuestionnaire } from './db';
import { StorageRefusal } from './errors';

export interface NewRound {
  organisationCode: string;
  year: number;
  label: string;
  questionnaire: Questionnaire;
  source: StoredQuestionnaire['source'];
  fileName?: string;
}

const now = () => new Date().toISOString();

/** Starts a round on a questionnaire, storing the questionnaire's snapshot if it is new. */
export async function startRound(input: NewRound): Promise<Round> {
  const year = Math.trunc(input.year);
  if (!(year >= YEAR_MIN && year <= YEAR_MAX)) throw new StorageRefusal('invalid', `year ${input.year}`);
  const label = input.label.trim().slice(0, ROUND_LABEL_MAX);
  const key = questionnaireKey(input.questionnaire);
  const at = now();
  const round: Round = {
    id: newId(),
    organisationCode: input.organisationCode,
    year,
    label,
    questionnaireKey: key,
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    history: [{ type: 'created', at }],
  };
  await db.transaction('rw', db.questionnaires, db.rounds, db.responses, async () => {
    if (!(await db.questionnaires.get(key))) {
      await db.questionnaires.add({
        key,
        id: input.questionnaire.id,
        version: input.questionnaire.version,
        source: input.source,
        ...(input.fileName ? { fileName: input.fileName } : {}),
        storedAt: at,
        questionnaire: input.questionnaire,
      });
    }
    await db.rounds.add(round);
    await db.responses.bulkAdd(
      input.questionnaire.sections.map((section) => ({
        roundId: round.id,
        sectionId: section.id,
        answers: {},
        updatedAt: at,
      })),
    );
  });
  return round;
}

async function changeRound(roundId: string, change: (round: Round) => Round): Promise<Round> {
  return db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new StorageRefusal('not-found', `round ${roundId}`);
    const next = change(round);
    await db.rounds.put(next);
    return next;
  });
}

/**
 * Publishes a round: from now on it is read-only until reopened. Only the coordinator's round
 * is published: a respondent's copy (from a hand-out file) sends its answers back instead.
 */
export async function publishRound(roundId: string): Promise<Round> {
  // The published snapshot is the agreed answers as the round's document has them now: work them
  // out first (loaded here, so Yjs stays off the start page).
  const { refreshAgreedAnswers } = await import('./round-doc/agreed');
  await refreshAgreedAnswers(roundId, db);
  return changeRound(roundId, (round) => {
    if (round.status === 'published') return round;
    if (round.assignment) throw new StorageRefusal('locked', `round ${roundId} is an assigned copy`);
    const at = now();
    return {
      ...round,
      status: 'published',
      publishedAt: at,
      updatedAt: at,
      history: [...round.history, { type: 'published', at }],
    };
  });
}

/** Reopens a published round; the reason is kept in the round's history with the date. */
export async function reopenRound(roundId: string, reason: string): Promise<Round> {
  const text = reason.trim();
  if (text.length < REASON_MIN || text.length > REASON_MAX) throw new StorageRefusal('invalid', 'reason');
  return changeRound(roundId, (round) => {
    if (round.status !== 'published') throw new StorageRefusal('invalid', 'not published');
    const at = now();
    const { publishedAt: _published, ...rest } = round;
    return {
      ...rest,
      status: 'draft',
      updatedAt: at,
      history: [...round.history, { type: 'reopened', at, reason: text }],
    };
  });
}

/** The snapshot a round was started on. */
export async function roundQuestionnaire(round: Round): Promise<Questionnaire | undefined> {
  return (await db.questionnaires.get(round.questionnaireKey))?.questionnaire;
}
