/**
 * When a change to a round document is in IndexedDB. y-dexie writes each local change of a
 * loaded document at once, in a read-write transaction on the updates table; IndexedDB starts a
 * later transaction on the same table only after that one has committed. So a read transaction
 * opened after the change resolves once the change is durable, and it reads the round's status
 * as it was then: a round published meanwhile (in another tab) did not take the change.
 */
import { ROUND_DOC_UPDATES } from '../db';
import { ydb } from './ydb';

export type Durability = 'saved' | 'locked';

export function whenDurable(roundId: string): Promise<Durability> {
  return ydb.transaction('r', [ydb.rounds, ROUND_DOC_UPDATES], async () => {
    const round = await ydb.rounds.get(roundId);
    return round && round.status !== 'published' ? 'saved' : 'locked';
  });
}
