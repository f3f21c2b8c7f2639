/**
 * The agreed answers of a draft round, kept in `responses` (and each part's status in its
 * `roundDocs` row) from the round's document, so that the overview, the flower box,
 * comparisons, the plan, the report and the files read them as before, without Yjs.
 *
 * Worked out from the updates as stored, inside one transaction with the write: two tabs
 * refreshing at once each see every update committed before them, so neither can write answers
 * older than the other's.
 */
import { projectRound } from '../../domain/rating/project';
import { partStatus } from '../../domain/rating/status';
import type Dexie from 'dexie';
import type { PartResponse, Round } from '../../domain/round/model';
import { ROUND_DOC_UPDATES, type RoundDocRow, type StoredQuestionnaire } from '../db';
import { docFromUpdates, roundDocData } from './data';
import { ydb, type RoundDocUpdateRow } from './ydb';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Rewrites the round's agreed answers from its document; a published round is left frozen.
 * Pass the Dexie instance whose transaction is under way (an import's), so it joins it.
 *
 * Two short transactions with the work between them: reading the updates does not hold up the
 * next keystroke's write (a read-write transaction over the updates table would), and the write
 * goes ahead only if no refresh that saw later updates has written already (`seen`, the highest
 * update id read), so an older projection never overwrites a newer one.
 */
export async function refreshAgreedAnswers(roundId: string, dexie: Dexie = ydb): Promise<void> {
  const rounds = dexie.table<Round, string>('rounds');
  const questionnaires = dexie.table<StoredQuestionnaire, string>('questionnaires');
  const responses = dexie.table<PartResponse, [string, string]>('responses');
  const roundDocs = dexie.table<RoundDocRow, string>('roundDocs');
  const updatesTable = dexie.table<RoundDocUpdateRow, number>(ROUND_DOC_UPDATES);
  const read = await dexie.transaction('r', [rounds, questionnaires, roundDocs, updatesTable], async () => {
    const round = await rounds.get(roundId);
    const row = await roundDocs.get(roundId);
    // Not converted yet: `responses` still holds the answers as they were.
    if (!round || round.status === 'published' || !row || row.fromResponses) return undefined;
    const stored = await questionnaires.get(round.questionnaireKey);
    if (!stored) return undefined;
    const updates = await updatesTable.where('k').equals(roundId).toArray();
    return { round, questionnaire: stored.questionnaire, updates };
  });
  if (!read) return;
  const seen = read.updates.reduce((max, update) => Math.max(max, update.i ?? 0), 0);
  const doc = docFromUpdates(read.updates.map((update) => update.u));
  const projected = projectRound(read.questionnaire, roundDocData(doc));
  doc.destroy();

  await dexie.transaction('rw', [rounds, responses, roundDocs], async () => {
    const round = await rounds.get(roundId);
    const row = await roundDocs.get(roundId);
    if (!round || round.status === 'published' || !row || (row.seen ?? 0) > seen) return;
    const statuses: NonNullable<RoundDocRow['parts']> = {};
    for (const section of read.questionnaire.sections) {
      const part = projected.parts[section.id]!;
      statuses[section.id] = partStatus(projected, part);
      const previous = await responses.get([roundId, section.id]);
      const first = part.respondents.find((respondent) => respondent.name !== undefined);
      const next: PartResponse = {
        roundId,
        sectionId: section.id,
        answers: part.answers,
        updatedAt: previous?.updatedAt ?? round.createdAt,
      };
      if (first) next.respondent = { name: first.name!, role: first.role ?? '' };
      const changed =
        !previous || !same(previous.answers, next.answers) || !same(previous.respondent, next.respondent);
      if (!changed) continue;
      const times = Object.values(next.answers).map((answer) => answer.updatedAt);
      next.updatedAt = times.reduce((a, b) => (a > b ? a : b), next.updatedAt);
      await responses.put(next);
    }
    if (!same(row.parts, statuses) || row.seen !== seen)
      await roundDocs.update(roundId, { parts: statuses, seen });
  });
}
