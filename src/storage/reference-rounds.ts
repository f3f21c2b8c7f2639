/**
 * Other municipalities' published rounds (reference data), kept apart from the municipality's
 * own rounds. They arrive only through the import path (storage/exchange.ts and the dataset
 * import).
 *
 * "Jämför med andra" and the report read them through the indexes of version 5 (db.ts), never
 * the whole table: a comparison is always of one year on one questionnaire id and version
 * (domain/peers/distribution.ts), so a view reads the years that version has rounds in (keys of
 * `[questionnaireKey+year]` only, no rows) and the rounds of the year shown (`year`). The rounds
 * of that year on other versions are read too, because the comparison counts them ("räknas inte
 * med"). County and SKR group come from the municipality register by code, so they are filtered
 * in memory over the year's rounds (290 a year for the whole country).
 */
import Dexie from 'dexie';
import { defaultPeerYear, type HeldReferences } from '../domain/peers/place';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { ReferenceRound } from '../domain/round/model';
import { db } from './db';
import { useKeyedLiveQuery } from './live';

type Version = Pick<Questionnaire, 'id' | 'version'>;

/** How many reference rounds this browser holds. */
export const countReferenceRounds = (): Promise<number> => db.referenceRounds.count();

/**
 * The years with reference rounds on a questionnaire id and version (any snapshot of it), newest
 * first: what `peerYears` gives over the whole table, read from the keys of the
 * `[questionnaireKey+year]` index. Keys are `id@version#fingerprint`, and ids and versions hold no
 * `#`, so the keys of one version are exactly those from `id@version#` up to `id@version$`.
 */
export async function readReferenceYears(questionnaire: Version): Promise<number[]> {
  const prefix = `${questionnaire.id}@${questionnaire.version}#`;
  const upper = `${questionnaire.id}@${questionnaire.version}$`;
  const keys = await db.referenceRounds
    .where('[questionnaireKey+year]')
    .between([prefix, Dexie.minKey], [upper, Dexie.minKey])
    .uniqueKeys();
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

/** How many reference rounds this browser holds; live. */
export function useReferenceCount(): number | undefined {
  return useKeyedLiveQuery(countReferenceRounds, []);
}

/** `readReferenceYears`, live. */
export function useReferenceYears(questionnaire: Version): number[] | undefined {
  const { id, version } = questionnaire;
  return useKeyedLiveQuery(() => readReferenceYears({ id, version }), [id, version]);
}

/** `readReferenceRoundsOfYear`, live; no rounds while no year is given. */
export function useReferenceRoundsOfYear(year: number | undefined): ReferenceRound[] | undefined {
  return useKeyedLiveQuery(
    async () => (year === undefined ? [] : readReferenceRoundsOfYear(year)),
    [year ?? null],
  );
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
