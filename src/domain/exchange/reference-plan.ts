/**
 * The plan for importing other municipalities' published rounds from datasets and shared round
 * files: for each round, whether it is new, the same as the one held, replaces it, or is refused
 * and why; a summary per year, questionnaire version and county instead of one block per round;
 * and the rows to write. Pure: the caller reads only the rows the plan needs, by key
 * (storage/reference-import/), never the whole database.
 */
import type { Municipality } from '../organisations';
import type { Questionnaire } from '../questionnaire/schema';
import type { ReferenceRound } from '../round/model';
import type { DatasetRound } from './dataset';
import { roundIdentity } from './dataset-build';
import { canonicalJson } from './plan';
import type { ReferenceFile } from './reference-read';

export type ReferenceOutcome = 'add' | 'same' | 'replace' | 'refused';
/** Why a round is not written. */
export type RefusalReason = 'own-round' | 'twice-in-selection';

export interface Counts {
  add: number;
  same: number;
  replace: number;
  refused: number;
}

export interface RoundOutcome {
  id: string;
  organisationCode: string;
  year: number;
  label: string;
  /** `id@version`. */
  questionnaire: string;
  fileName: string;
  outcome: ReferenceOutcome;
  reason?: RefusalReason;
}

/** The rounds that arrived, with their files (only files read whole are here). */
export interface IncomingReference {
  files: Extract<ReferenceFile, { kind: 'dataset' | 'round' }>[];
}

/** What is held already, read by key for exactly the rounds and snapshots that arrived. */
export interface HeldReference {
  /** Reference rounds held, by id (only ids that arrived). */
  referenceRounds: ReadonlyMap<string, ReferenceRound>;
  /** Ids that are this browser's own rounds (only ids that arrived). */
  ownRounds: ReadonlySet<string>;
  /** Snapshot keys held (only keys that arrived). */
  questionnaires: ReadonlySet<string>;
}

export interface ReferencePlan {
  rounds: RoundOutcome[];
  totals: Counts;
  byYear: [number, Counts][];
  byQuestionnaire: [string, Counts][];
  /** County name (or the organisation code's first two digits when not in the register). */
  byCounty: [string, Counts][];
  /** Whether any file says its figures are invented. */
  synthetic: boolean;
  writes: {
    referenceRounds: ReferenceRound[];
    questionnaires: { key: string; questionnaire: Questionnaire; fileName: string }[];
  };
  /** Changes when what the plan would do changes: the write checks it is still the plan shown. */
  signature: string;
  changes: boolean;
}

/** Every round id and snapshot key the files bring: what to read from the database. */
export function referenceKeys(incoming: IncomingReference): { ids: string[]; keys: string[] } {
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const file of incoming.files) {
    for (const round of file.rounds) ids.add(round.id);
    for (const key of file.snapshots.keys()) keys.add(key);
  }
  return { ids: [...ids], keys: [...keys] };
}

const zero = (): Counts => ({ add: 0, same: 0, replace: 0, refused: 0 });
const versionOf = (key: string) => key.slice(0, key.lastIndexOf('#'));
const sameContent = (held: ReferenceRound, row: ReferenceRound) =>
  canonicalJson({ ...held, importedAt: '', fileName: '' }) ===
  canonicalJson({ ...row, importedAt: '', fileName: '' });

/** Groups counts by a key, ordered by `order`. */
function tally<K>(
  rounds: readonly RoundOutcome[],
  key: (r: RoundOutcome) => K,
  order: (a: K, b: K) => number,
) {
  const groups = new Map<K, Counts>();
  for (const round of rounds) {
    const k = key(round);
    const counts = groups.get(k) ?? zero();
    counts[round.outcome]++;
    groups.set(k, counts);
  }
  return [...groups.entries()].sort(([a], [b]) => order(a, b));
}

export function planReference(
  incoming: IncomingReference,
  held: HeldReference,
  register: readonly Municipality[],
  now: string,
): ReferencePlan {
  const counties = new Map(register.map((m) => [m.code, m.county.name]));
  const seenIds = new Set<string>();
  const seenIdentities = new Set<string>();
  const rounds: RoundOutcome[] = [];
  const referenceRounds: ReferenceRound[] = [];
  const snapshotsWritten = new Map<string, { key: string; questionnaire: Questionnaire; fileName: string }>();
  let synthetic = false;

  for (const file of incoming.files) {
    synthetic ||= file.synthetic;
    for (const round of file.rounds) {
      const identity = roundIdentity(round);
      const info = {
        id: round.id,
        organisationCode: round.organisationCode,
        year: round.year,
        label: round.label,
        questionnaire: versionOf(round.questionnaireKey),
        fileName: file.name,
      };
      // The first file in the selection that brings a round wins; a second copy says so.
      if (seenIds.has(round.id) || seenIdentities.has(identity)) {
        rounds.push({ ...info, outcome: 'refused', reason: 'twice-in-selection' });
        continue;
      }
      seenIds.add(round.id);
      seenIdentities.add(identity);
      if (held.ownRounds.has(round.id)) {
        rounds.push({ ...info, outcome: 'refused', reason: 'own-round' });
        continue;
      }
      const row = rowOf(round, file, now);
      const existing = held.referenceRounds.get(round.id);
      if (existing && sameContent(existing, row)) {
        rounds.push({ ...info, outcome: 'same' });
        continue;
      }
      rounds.push({ ...info, outcome: existing ? 'replace' : 'add' });
      referenceRounds.push(row);
      if (!held.questionnaires.has(round.questionnaireKey) && !snapshotsWritten.has(round.questionnaireKey)) {
        snapshotsWritten.set(round.questionnaireKey, {
          key: round.questionnaireKey,
          questionnaire: file.snapshots.get(round.questionnaireKey)!,
          fileName: file.name,
        });
      }
    }
  }

  const totals = zero();
  for (const round of rounds) totals[round.outcome]++;
  const writes = { referenceRounds, questionnaires: [...snapshotsWritten.values()] };
  return {
    rounds,
    totals,
    byYear: tally(
      rounds,
      (r) => r.year,
      (a, b) => a - b,
    ),
    byQuestionnaire: tally(
      rounds,
      (r) => r.questionnaire,
      (a, b) => a.localeCompare(b, 'sv'),
    ),
    byCounty: tally(
      rounds,
      (r) => counties.get(r.organisationCode) ?? r.organisationCode.slice(0, 2),
      (a, b) => a.localeCompare(b, 'sv'),
    ),
    synthetic,
    writes,
    signature:
      rounds.map((r) => `${r.id}:${r.outcome}`).join(',') + '|' + [...snapshotsWritten.keys()].join(','),
    changes: referenceRounds.length > 0,
  };
}

function rowOf(round: DatasetRound, file: IncomingReference['files'][number], now: string): ReferenceRound {
  const row: ReferenceRound = { ...round, importedAt: now, fileName: file.name };
  if (file.synthetic) row.synthetic = true;
  return row;
}
