/**
 * Other municipalities' published rounds (reference data), kept apart from the municipality's
 * own rounds. They arrive only through the import path (storage/exchange.ts and the dataset
 * import).
 *
 * "Jämför med andra" and the report read them through the indexes of version 5 (db.ts), never
 * the whole table: a comparison is always of one year on one questionnaire id and version
 * (domain/peers/distribution.ts).
 *
 * - "Jämför med andra" reads the rounds of the round's questionnaire version, every year of it
 *   (a range of `[questionnaireKey+year]`), and counts the rounds of each year on other versions
 *   through `year` (the comparison says how many it left out) without reading them. Its filters
 *   (year, county, SKR group) then work in memory: a change redraws at once, with no read and no
 *   "Laddar …" between. Reading only the year shown was tried: it reads a tenth of the rows when
 *   the page opens, but puts an IndexedDB read of that year (290 rounds for the whole country,
 *   about 40 ms here) and a second render in front of every change of year, which then took about
 *   100 ms against 35 ms in memory (docs/benchmarks.md).
 * - The report compares with one year and has no filter: it reads the years of the version as
 *   keys of `[questionnaireKey+year]` and then only the rounds of that year (`year`).
 *
 * County and SKR group are not stored on a round: they come from the municipality register by
 * code, so they are filtered in memory.
 */
import Dexie from 'dexie';
import type { VersionPeers } from '../domain/peers/distribution';
import { defaultPeerYear, type HeldReferences } from '../domain/peers/place';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { ReferenceRound } from '../domain/round/model';
import { db } from './db';
import { useKeyedLiveQuery } from './live';

type Version = Pick<Questionnaire, 'id' | 'version'>;

/** How many reference rounds this browser holds. */
export const countReferenceRounds = (): Promise<number> => db.referenceRounds.count();

/** The `[questionnaireKey+year]` range of every snapshot of a questionnaire id and version. */
function versionRange(questionnaire: Version) {
  // Keys are `id@version#fingerprint`, and ids and versions hold no `#`, so the keys of one
  // version are exactly those from `id@version#` up to (not including) `id@version$`.
  const prefix = `${questionnaire.id}@${questionnaire.version}#`;
  const upper = `${questionnaire.id}@${questionnaire.version}$`;
  return db.referenceRounds
    .where('[questionnaireKey+year]')
    .between([prefix, Dexie.minKey], [upper, Dexie.minKey]);
}

/**
 * The years with reference rounds on a questionnaire id and version (any snapshot of it), newest
 * first: what `peerYears` gives over the whole table, read from the keys of the
 * `[questionnaireKey+year]` index.
 */
export async function readReferenceYears(questionnaire: Version): Promise<number[]> {
  const keys = await versionRange(questionnaire).uniqueKeys();
  // Each key is [questionnaireKey, year].
  const years = new Set(keys.map((key) => (key as unknown as [string, number])[1]));
  return [...years].sort((a, b) => b - a);
}

/**
 * Every reference round of `year`, on any questionnaire, in the table's order (by id, as the whole
 * table reads): what `comparePeers` needs for a filter of that year, figure for figure.
 */
export const readReferenceRoundsOfYear = (year: number): Promise<ReferenceRound[]> =>
  db.referenceRounds.where('year').equals(year).toArray();

/**
 * What the report's place among other municipalities needs (domain/peers/place.ts
 * `referencePlaceOf`), in one read transaction: the count held, the years on the round's version
 * and the rounds of the year "Jämför med andra" opens with.
 */
export function readReferencePlace(questionnaire: Version, roundYear: number): Promise<HeldReferences> {
  return db.transaction('r', db.referenceRounds, async () => {
    const count = await countReferenceRounds();
    const years = await readReferenceYears(questionnaire);
    const year = defaultPeerYear(years, roundYear);
    const rounds = year === undefined ? [] : await readReferenceRoundsOfYear(year);
    return { count, years, rounds };
  });
}

const byId = (a: ReferenceRound, b: ReferenceRound) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What "Jämför med andra" needs of a questionnaire id and version (domain/peers/distribution.ts
 * `comparePeersOf`): its rounds of every year, in the table's order (by id, as the whole table
 * reads, so that of two rounds of one municipality published at the same moment the same one
 * counts), and per year the number of rounds on other versions, counted through the `year` index
 * (no rows read). Not one explicit transaction, on purpose: Dexie serves a live query's reads
 * from its cache only outside one, and reading 2,900 rounds again each time the page is opened
 * cost about 500 ms. A change to the table between the reads is followed by a fresh run of the
 * live query; until then the count of another version's rounds may be one off (never below 0).
 */
export async function readVersionReferences(questionnaire: Version): Promise<VersionPeers> {
  const rounds = (await versionRange(questionnaire).toArray()).sort(byId);
  // Every round held is on this version (a national dataset): nothing else to count.
  if ((await countReferenceRounds()) === rounds.length) return { rounds, otherVersions: new Map() };
  // Each year once (a cursor that skips to the next year), then a count per year: no row read.
  const years = (await db.referenceRounds.orderBy('year').uniqueKeys()) as number[];
  const counts = await Promise.all(years.map((year) => db.referenceRounds.where({ year }).count()));
  const otherVersions = new Map(years.map((year, i) => [year, counts[i]!]));
  for (const round of rounds) {
    otherVersions.set(round.year, Math.max(0, (otherVersions.get(round.year) ?? 0) - 1));
  }
  return { rounds, otherVersions };
}

/** How many reference rounds this browser holds; live. */
export function useReferenceCount(): number | undefined {
  return useKeyedLiveQuery(countReferenceRounds, []);
}

/** `readVersionReferences`, live. */
export function useVersionReferences(questionnaire: Version): VersionPeers | undefined {
  const { id, version } = questionnaire;
  return useKeyedLiveQuery(() => readVersionReferences({ id, version }), [id, version]);
}

/** `readReferencePlace`, live. */
export function useReferencePlace(questionnaire: Version, roundYear: number): HeldReferences | undefined {
  const { id, version } = questionnaire;
  return useKeyedLiveQuery(() => readReferencePlace({ id, version }, roundYear), [id, version, roundYear]);
}

/** Removes all reference rounds in one transaction; the municipality's own rounds are untouched. */
export async function removeAllReferenceRounds(): Promise<void> {
  await db.transaction('rw', db.referenceRounds, () => db.referenceRounds.clear());
}
