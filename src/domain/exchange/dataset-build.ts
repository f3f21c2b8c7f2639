/**
 * Writes a dataset (`eblomladan.dataset/1`, dataset.ts) from the rounds a browser holds: the
 * municipality's own published rounds and the reference rounds it has read, chosen by a filter.
 * Pure and deterministic: the same rounds and filter give the same file, byte for byte, whatever
 * order they come in.
 */
import type { PeerRegisterEntry } from '../peers/distribution';
import type { Questionnaire } from '../questionnaire/schema';
import type { PartResponse, ReferenceRound, Round } from '../round/model';
import { questionnaireKey } from '../questionnaire/fingerprint';
import { buildSharedRound, writtenBy } from './build';
import { DATASET_FORMAT, type DatasetFile, type DatasetRound, type DatasetSnapshot } from './dataset';
import { sanitizeTree } from './sanitize';

/**
 * Which rounds go into the file. A field left out does not filter; a list selects the rounds that
 * match one of its entries (so an empty list selects none). County and SKR group are looked up in
 * the municipality register; a municipality the register does not know is left out when either
 * is asked for (as "Jämför med andra" does).
 */
export interface DatasetFilter {
  years?: readonly number[];
  /** County codes (`"14"`). */
  counties?: readonly string[];
  /** SKR municipality group codes (`"A2"`). */
  groups?: readonly string[];
  /** Questionnaire versions as `id@version` (`"eblomladan@2016"`), every snapshot of each. */
  questionnaires?: readonly string[];
}

/** The rounds a browser holds, as storage reads them. */
export interface DatasetSources {
  /** The municipality's own rounds with their agreed answers (`responses`); only published ones are taken. */
  own: readonly { round: Round; responses: readonly PartResponse[] }[];
  references: readonly ReferenceRound[];
  /** Every snapshot a round names, by its key. */
  questionnaires: ReadonlyMap<string, Questionnaire>;
}

export interface DatasetWriter {
  /** When the file is written (ISO 8601 UTC). */
  now: string;
  /** The app's version. */
  version: string;
  /** Whether the answers are made up. */
  synthetic: boolean;
}

/** `id@version` of a key `id@version#fingerprint` (ids cannot hold `#`). */
export const questionnaireVersionOf = (key: string) => key.slice(0, key.lastIndexOf('#'));

/** Two rounds with the same identity are the same round; a file holds each once (dataset-read.ts refuses more). */
export const roundIdentity = (
  round: Pick<DatasetRound, 'organisationCode' | 'year' | 'label' | 'questionnaireKey'>,
) => JSON.stringify([round.organisationCode, round.year, round.label, round.questionnaireKey]);

/**
 * A stored snapshot as every reader will see it, under the key of that content: without control
 * characters, which reading removes from every string (sanitize.ts) before it checks the key. So
 * a snapshot that came in with one (a questionnaire file read under Frågeformulär may have a tab
 * stop or a bell in a text) gets the key its shared round files would get on reading, and the file
 * reads back. Anything else is the snapshot as stored, the same object.
 */
function asRead(questionnaire: Questionnaire): DatasetSnapshot {
  const text = JSON.stringify(questionnaire);
  const copy = sanitizeTree(JSON.parse(text) as unknown);
  if (!copy.ok) throw new Error('A stored questionnaire snapshot is nested too deep');
  const clean = JSON.stringify(copy.value) === text ? questionnaire : (copy.value as Questionnaire);
  return { key: questionnaireKey(clean), questionnaire: clean };
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** The deterministic order of a file's rounds. */
export const compareRounds = (a: DatasetRound, b: DatasetRound) =>
  compare(a.organisationCode, b.organisationCode) ||
  compare(a.year, b.year) ||
  compare(a.questionnaireKey, b.questionnaireKey) ||
  compare(a.label, b.label) ||
  compare(a.publishedAt, b.publishedAt) ||
  compare(a.id, b.id);

/**
 * A reference round's values in the snapshot's order, keeping only what the snapshot allows, so
 * the file always reads back (a stored round was checked when it was read; this is belt and braces).
 */
function referenceAnswers(round: ReferenceRound, questionnaire: Questionnaire): DatasetRound['answers'] {
  const allowed = new Set(questionnaire.scale.options.map((o) => o.value));
  if (questionnaire.scale.notApplicable) allowed.add(questionnaire.scale.notApplicable.value);
  const answers: DatasetRound['answers'] = {};
  for (const section of questionnaire.sections) {
    const given = round.answers[section.id];
    if (!given) continue;
    const values: Record<string, string> = {};
    for (const indicator of section.indicators) {
      const value = Object.hasOwn(given, indicator.id) ? given[indicator.id] : undefined;
      if (value !== undefined && allowed.has(value)) values[indicator.id] = value;
    }
    if (Object.keys(values).length > 0) answers[section.id] = values;
  }
  return answers;
}

/** A round as the file writes it, its fields always in this order. */
const record = (
  round: Pick<DatasetRound, 'id' | 'organisationCode' | 'year' | 'label'>,
  questionnaireKey: string,
  publishedAt: string,
  answers: DatasetRound['answers'],
): DatasetRound => ({
  id: round.id,
  organisationCode: round.organisationCode,
  year: round.year,
  label: round.label,
  questionnaireKey,
  publishedAt,
  answers,
});

function selects(
  filter: DatasetFilter,
  register: ReadonlyMap<string, PeerRegisterEntry>,
): (round: Pick<DatasetRound, 'organisationCode' | 'year' | 'questionnaireKey'>) => boolean {
  return (round) => {
    if (filter.years && !filter.years.includes(round.year)) return false;
    if (
      filter.questionnaires &&
      !filter.questionnaires.includes(questionnaireVersionOf(round.questionnaireKey))
    )
      return false;
    if (!filter.counties && !filter.groups) return true;
    const entry = register.get(round.organisationCode);
    if (filter.counties && (!entry || !filter.counties.includes(entry.county))) return false;
    return !filter.groups || (entry !== undefined && filter.groups.includes(entry.group));
  };
}

/**
 * The dataset of the rounds `filter` selects: own published rounds (their agreed answers, values
 * only, exactly as `buildSharedRound` shares them) and reference rounds, each snapshot once.
 * Where two rounds are the same round (same id, or same municipality, year, label and snapshot),
 * the municipality's own round is kept, else the one published last. Each round names its
 * snapshot by the key of the snapshot's content as read (`asRead`), which is the stored key for
 * every snapshot without control characters. Throws if a round's snapshot is not in
 * `sources.questionnaires` (a database that lost one; storage keeps them together).
 */
export function buildDataset(
  sources: DatasetSources,
  filter: DatasetFilter,
  register: ReadonlyMap<string, PeerRegisterEntry>,
  writer: DatasetWriter,
): DatasetFile {
  const snapshots = new Map<string, DatasetSnapshot>();
  const asWritten = (key: string) => {
    let found = snapshots.get(key);
    if (!found) {
      const questionnaire = sources.questionnaires.get(key);
      if (!questionnaire) throw new Error(`The questionnaire snapshot ${key} is not stored`);
      found = asRead(questionnaire);
      snapshots.set(key, found);
    }
    return found;
  };
  const snapshot = (key: string) => asWritten(key).questionnaire;
  const wanted = selects(filter, register);
  const newestFirst = (a: DatasetRound, b: DatasetRound) =>
    compare(b.publishedAt, a.publishedAt) || compare(a.id, b.id);
  const own: DatasetRound[] = [];
  for (const { round, responses } of sources.own) {
    if (round.status !== 'published' || round.publishedAt === undefined || !wanted(round)) continue;
    const { publishedAt } = round;
    const shared = buildSharedRound(
      { ...round, publishedAt },
      snapshot(round.questionnaireKey),
      responses,
      writer.now,
      writer.version,
    );
    own.push(record(round, asWritten(round.questionnaireKey).key, publishedAt, shared.answers));
  }
  const references = sources.references
    .filter(wanted)
    .map((round) =>
      record(
        round,
        asWritten(round.questionnaireKey).key,
        round.publishedAt,
        referenceAnswers(round, snapshot(round.questionnaireKey)),
      ),
    );

  // Own rounds first, then references, each newest first: the first of a kind stands.
  const ids = new Set<string>();
  const identities = new Set<string>();
  const rounds = [...own.sort(newestFirst), ...references.sort(newestFirst)].filter((round) => {
    const identity = roundIdentity(round);
    if (ids.has(round.id) || identities.has(identity)) return false;
    ids.add(round.id);
    identities.add(identity);
    return true;
  });
  rounds.sort(compareRounds);

  const byKey = new Map([...snapshots.values()].map((s) => [s.key, s]));
  const keys = [...new Set(rounds.map((r) => r.questionnaireKey))].sort(compare);
  return {
    format: DATASET_FORMAT,
    writtenBy: writtenBy(writer.version),
    createdAt: writer.now,
    synthetic: writer.synthetic,
    questionnaires: keys.map((key) => byKey.get(key)!),
    rounds,
  };
}
