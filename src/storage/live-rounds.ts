import type { Questionnaire } from '../domain/questionnaire/schema';
import type { PartResponse, Round } from '../domain/round/model';
import { roundProgress, type Progress } from '../domain/round/progress';
import { db } from './db';
import { useKeyedLiveQuery } from './live';

export interface RoundSummary {
  round: Round;
  questionnaire?: Questionnaire;
  progress: Progress;
}

const answersBySection = (responses: PartResponse[]) =>
  Object.fromEntries(responses.map((r) => [r.sectionId, r.answers]));

/** A municipality's rounds, latest year first, each with its questionnaire and progress; live. */
export function useRoundSummaries(organisationCode: string | null | undefined): RoundSummary[] | undefined {
  return useKeyedLiveQuery(async () => {
    if (!organisationCode) return [];
    const rounds = await db.rounds.where({ organisationCode }).toArray();
    rounds.sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt));
    const keys = [...new Set(rounds.map((r) => r.questionnaireKey))];
    const snapshots = new Map(
      (await db.questionnaires.bulkGet(keys)).flatMap((s) => (s ? [[s.key, s.questionnaire]] : [])),
    );
    const responses = await db.responses
      .where('roundId')
      .anyOf(rounds.map((r) => r.id))
      .toArray();
    return rounds.map((round) => {
      const questionnaire = snapshots.get(round.questionnaireKey);
      const own = responses.filter((r) => r.roundId === round.id);
      const progress = questionnaire
        ? roundProgress(questionnaire, answersBySection(own))
        : { answered: 0, total: 0 };
      return { round, questionnaire, progress };
    });
  }, [organisationCode]);
}

/** One round with its questionnaire snapshot and its responses; null if it does not exist. */
export function useRound(roundId: string) {
  return useKeyedLiveQuery(async () => {
    const round = await db.rounds.get(roundId);
    if (!round) return null;
    const stored = await db.questionnaires.get(round.questionnaireKey);
    const responses = await db.responses.where({ roundId }).toArray();
    return { round, questionnaire: stored?.questionnaire, responses };
  }, [roundId]);
}

/** A round with what comparing needs: its questionnaire snapshot and answers per part. */
export interface RoundWithAnswers {
  round: Round;
  questionnaire: Questionnaire;
  answers: Record<string, PartResponse['answers']>;
}

/**
 * A municipality's rounds with their answers, oldest first, and every questionnaire version
 * stored in this browser (to follow `supersedes` chains); live.
 */
export function useRoundsWithAnswers(organisationCode: string | null | undefined) {
  return useKeyedLiveQuery(async () => {
    if (!organisationCode) return { rounds: [] as RoundWithAnswers[], stored: [] as Questionnaire[] };
    const rounds = await db.rounds.where({ organisationCode }).toArray();
    const stored = await db.questionnaires.toArray();
    const byKey = new Map(stored.map((s) => [s.key, s.questionnaire]));
    const responses = await db.responses
      .where('roundId')
      .anyOf(rounds.map((r) => r.id))
      .toArray();
    const withAnswers = rounds.flatMap((round): RoundWithAnswers[] => {
      const questionnaire = byKey.get(round.questionnaireKey);
      if (!questionnaire) return [];
      const answers = answersBySection(responses.filter((r) => r.roundId === round.id));
      return [{ round, questionnaire, answers }];
    });
    withAnswers.sort(
      (a, b) =>
        a.round.year - b.round.year ||
        a.questionnaire.published.localeCompare(b.questionnaire.published) ||
        a.round.createdAt.localeCompare(b.round.createdAt),
    );
    return { rounds: withAnswers, stored: stored.map((s) => s.questionnaire) };
  }, [organisationCode]);
}
