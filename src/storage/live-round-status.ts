/**
 * What the round overview and the report say about each part (who rates it, hand-outs, where
 * ratings differ), read from the status kept in the round's `roundDocs` row. Plain Dexie: these
 * views must not load Yjs. Live, like every read in ./live.ts.
 */
import type { PartStatus } from '../domain/rating/status';
import { db } from './db';
import { useKeyedLiveQuery } from './live';

/**
 * Per part (section id), its status; null when the round has none yet (its document was never
 * made: the caller falls back to `responses`). Undefined while loading.
 */
export function useRoundStatus(roundId: string): Record<string, PartStatus> | null | undefined {
  return useKeyedLiveQuery(async () => (await db.roundDocs.get(roundId))?.parts ?? null, [roundId]);
}
