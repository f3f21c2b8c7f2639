/**
 * What the action plan and the report read: a round with its snapshot, answers and actions, and
 * the municipality's previous round with the same, for follow-up and change. Live.
 */
import type { Action } from '../domain/plan/model';
import { previousRound } from '../domain/plan/target';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { PartResponse, Round } from '../domain/round/model';
import { db } from './db';
import { useKeyedLiveQuery } from './live';

export interface PlanRoundData {
  round: Round;
  questionnaire: Questionnaire;
  responses: PartResponse[];
  answers: Record<string, PartResponse['answers']>;
  actions: Action[];
}

export interface PlanData {
  current: PlanRoundData;
  /** The municipality's round before this one, if any (and if its snapshot is here). */
  previous?: PlanRoundData;
  /** Every questionnaire snapshot stored here, to follow `supersedes` chains. */
  stored: Questionnaire[];
}

async function roundData(round: Round, snapshots: Map<string, Questionnaire>): Promise<PlanRoundData | null> {
  const questionnaire = snapshots.get(round.questionnaireKey);
  if (!questionnaire) return null;
  const responses = await db.responses.where({ roundId: round.id }).toArray();
  const actions = await db.actions.where({ roundId: round.id }).toArray();
  actions.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return {
    round,
    questionnaire,
    responses,
    answers: Object.fromEntries(responses.map((r) => [r.sectionId, r.answers])),
    actions,
  };
}

/** A round's plan data; null when the round or its snapshot is not here. */
export function usePlanData(roundId: string): PlanData | null | undefined {
  return useKeyedLiveQuery(async () => {
    const round = await db.rounds.get(roundId);
    if (!round) return null;
    const storedRows = await db.questionnaires.toArray();
    const snapshots = new Map(storedRows.map((s) => [s.key, s.questionnaire]));
    const current = await roundData(round, snapshots);
    if (!current) return null;
    const siblings = await db.rounds.where({ organisationCode: round.organisationCode }).toArray();
    const before = previousRound(siblings, round.id);
    const previous = before ? await roundData(before, snapshots) : null;
    return { current, ...(previous ? { previous } : {}), stored: storedRows.map((s) => s.questionnaire) };
  }, [roundId]);
}
