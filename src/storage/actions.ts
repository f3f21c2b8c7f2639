/**
 * The action plan: actions of a round, written one at a time, each in one transaction that checks
 * the action against the round's questionnaire snapshot. The plan stays editable after the round
 * is published: publishing locks the answers (the assessment), not what the municipality decides
 * to do about them. An assigned copy (a round received as an assignment file) has no plan; the
 * plan is kept where the round is owned.
 */
import { newId } from '../domain/id';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ACTIVITY_MAX,
  OWNER_MAX,
  isDueDate,
  type Action,
} from '../domain/plan/model';
import { db } from './db';
import { StorageRefusal } from './errors';
import { useKeyedLiveQuery } from './live';

/** What the user enters for an action. */
export type ActionInput = Pick<
  Action,
  'sectionId' | 'indicatorId' | 'target' | 'activity' | 'owner' | 'priority' | 'status'
> & { due?: string | undefined };

const now = () => new Date().toISOString();

/** Checks an action against its round; returns the action as it is stored (trimmed, no empty due date). */
async function checked(
  roundId: string,
  input: ActionInput,
): Promise<Omit<Action, 'id' | 'createdAt' | 'updatedAt'>> {
  const round = await db.rounds.get(roundId);
  if (!round) throw new StorageRefusal('not-found', `round ${roundId}`);
  if (round.assignment) throw new StorageRefusal('locked', `round ${roundId} is an assigned copy`);
  const questionnaire = (await db.questionnaires.get(round.questionnaireKey))?.questionnaire;
  const section = questionnaire?.sections.find((s) => s.id === input.sectionId);
  if (!questionnaire || !section?.indicators.some((i) => i.id === input.indicatorId))
    throw new StorageRefusal('not-found', `indicator ${input.sectionId}/${input.indicatorId}`);
  if (!questionnaire.scale.options.some((o) => o.value === input.target))
    throw new StorageRefusal('invalid', `target ${input.target}`);
  const activity = input.activity.trim();
  const owner = input.owner.trim();
  const due = input.due?.trim() || undefined;
  if (activity.length === 0 || activity.length > ACTIVITY_MAX)
    throw new StorageRefusal('invalid', 'activity');
  if (owner.length > OWNER_MAX) throw new StorageRefusal('invalid', 'owner');
  if (due !== undefined && !isDueDate(due)) throw new StorageRefusal('invalid', `due ${due}`);
  if (!ACTION_PRIORITIES.includes(input.priority)) throw new StorageRefusal('invalid', 'priority');
  if (!ACTION_STATUSES.includes(input.status)) throw new StorageRefusal('invalid', 'status');
  return {
    roundId,
    sectionId: input.sectionId,
    indicatorId: input.indicatorId,
    target: input.target,
    activity,
    owner,
    ...(due ? { due } : {}),
    priority: input.priority,
    status: input.status,
  };
}

/** Adds an action to a round's plan. */
export async function addAction(roundId: string, input: ActionInput): Promise<Action> {
  return db.transaction('rw', db.rounds, db.questionnaires, db.actions, async () => {
    const at = now();
    const action: Action = {
      id: newId(),
      ...(await checked(roundId, input)),
      createdAt: at,
      updatedAt: at,
    };
    await db.actions.add(action);
    return action;
  });
}

/** Changes an action; every field is replaced by the input's. */
export async function updateAction(id: string, input: ActionInput): Promise<Action> {
  return db.transaction('rw', db.rounds, db.questionnaires, db.actions, async () => {
    const stored = await db.actions.get(id);
    if (!stored) throw new StorageRefusal('not-found', `action ${id}`);
    const action: Action = {
      id,
      ...(await checked(stored.roundId, input)),
      createdAt: stored.createdAt,
      updatedAt: now(),
    };
    await db.actions.put(action);
    return action;
  });
}

/** Removes an action; returns it, so that the removal can be undone with restoreAction. */
export async function deleteAction(id: string): Promise<Action | undefined> {
  return db.transaction('rw', db.actions, async () => {
    const stored = await db.actions.get(id);
    if (stored) await db.actions.delete(id);
    return stored;
  });
}

/** Puts a removed action back as it was (undo); refused if its round is gone. */
export async function restoreAction(action: Action): Promise<void> {
  await db.transaction('rw', db.rounds, db.questionnaires, db.actions, async () => {
    await checked(action.roundId, action);
    await db.actions.put(action);
  });
}

/** A round's actions, oldest first; live. */
export function useActions(roundId: string | undefined): Action[] | undefined {
  return useKeyedLiveQuery(async () => {
    if (!roundId) return [];
    const actions = await db.actions.where({ roundId }).toArray();
    return actions.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }, [roundId]);
}
