/**
 * Other municipalities' published rounds (reference data), kept apart from the municipality's
 * own rounds. They arrive only through the import path (storage/exchange.ts).
 */
import type { ReferenceRound } from '../domain/round/model';
import { db } from './db';
import { useKeyedLiveQuery } from './live';

/** Every reference round in this browser; live. */
export function useReferenceRounds(): ReferenceRound[] | undefined {
  return useKeyedLiveQuery(() => db.referenceRounds.toArray(), []);
}

/** Removes all reference rounds in one transaction; the municipality's own rounds are untouched. */
export async function removeAllReferenceRounds(): Promise<void> {
  await db.transaction('rw', db.referenceRounds, () => db.referenceRounds.clear());
}
