/**
 * A part's answer page's first reads, done before React renders it when the page is opened by
 * its address (main.tsx, through the route table): the round, its questionnaire, this browser's
 * user and the round's document. The page then shows its questions in its first render instead
 * of "Laddar …" and a second render after three reads (issue 18, item 8). The page's own live
 * reads start as usual and take over; these are only their first values.
 */
import { db, type PersonSetting } from '../../storage/db';
import { openRoundDoc } from '../../storage/round-doc/load';
import { readSetting } from '../../storage/settings';
import type { OpenedDoc } from '../../storage/round-doc/live';

/** The round and its stored questionnaire as the page reads them; null: no such round. */
export async function readAnswerData(roundId: string) {
  const round = await db.rounds.get(roundId);
  if (!round) return null;
  const stored = await db.questionnaires.get(round.questionnaireKey);
  return { round, questionnaire: stored?.questionnaire };
}

export type AnswerData = Awaited<ReturnType<typeof readAnswerData>>;

export interface Prepared {
  roundId: string;
  data: AnswerData;
  /** This browser's user; null when none was made yet. */
  person: PersonSetting | null;
  /** The round's document, held open until the page holds it itself (or a minute has passed). */
  doc?: OpenedDoc;
}

let prepared: Prepared | undefined;

/** How long a prepared document stays open for a page that has not taken it over. */
const HOLD_MS = 60_000;

/** Reads what the answer page of `roundId` shows first; never rejects (the page reads again). */
export async function prepareAnswerPage(roundId: string): Promise<void> {
  try {
    const [data, person, opened] = await Promise.all([
      readAnswerData(roundId),
      readSetting('person'),
      openRoundDoc(roundId).catch(() => undefined),
    ]);
    let released = false;
    const doc = opened && {
      doc: opened.doc,
      release: () => {
        if (released) return;
        released = true;
        opened.release();
      },
    };
    const ready = { roundId, data, person: person ?? null, doc };
    prepared = ready;
    setTimeout(() => {
      if (prepared === ready) prepared = undefined;
      doc?.release();
    }, HOLD_MS);
  } catch {
    // The page's own reads meet the same problem and show it.
  }
}

/** What was prepared for `roundId`, for the page's first render. */
export function preparedFor(roundId: string): Prepared | undefined {
  return prepared?.roundId === roundId ? prepared : undefined;
}

/**
 * Called once the page has rendered with it: a later page of the round (opened again from the
 * overview) reads for itself, so it never starts from values read minutes ago.
 */
export function forgetPrepared(taken: Prepared): void {
  if (prepared === taken) prepared = undefined;
}
