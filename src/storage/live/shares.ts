/**
 * This browser's live sharing as stored: the relay address from Settings, and per shared round
 * the room and key of its invitation. Kept in the `live` table, out of backup files: the key
 * opens the round to anyone who has it.
 */
import { fromBase64Url, toBase64Url } from '../../domain/live/base64url';
import { invitationToken, KEY_BYTES, ROOM_BYTES } from '../../domain/live/link';
import { db, type LiveRow } from '../db';
import { useKeyedLiveQuery } from '../live';

export type LiveShare = Extract<LiveRow, { roundId: string }>;

const shareKey = (roundId: string) => `round:${roundId}` as const;

export async function readRelayAddress(): Promise<string | undefined> {
  const row = await db.live.get('relay');
  return row && 'address' in row ? row.address : undefined;
}

export const saveRelayAddress = (address: string) => db.live.put({ key: 'relay', address });
export const removeRelayAddress = () => db.live.delete('relay');

export async function readShare(roundId: string): Promise<LiveShare | undefined> {
  const row = await db.live.get(shareKey(roundId));
  return row && 'roundId' in row ? row : undefined;
}

/** Shares a round from this browser: a new room and key on the relay set under Settings. */
export async function shareRound(roundId: string, relay: string): Promise<LiveShare> {
  const share: LiveShare = {
    key: shareKey(roundId),
    roundId,
    relay,
    room: toBase64Url(crypto.getRandomValues(new Uint8Array(ROOM_BYTES))),
    secret: toBase64Url(crypto.getRandomValues(new Uint8Array(KEY_BYTES))),
    role: 'coordinator',
    since: new Date().toISOString(),
  };
  await db.live.put(share);
  return share;
}

/** Remembers a round joined by link. */
export async function saveJoinedShare(share: Omit<LiveShare, 'key'>): Promise<void> {
  await db.live.put({ ...share, key: shareKey(share.roundId) });
}

export const forgetShare = (roundId: string) => db.live.delete(shareKey(roundId));

/** The share's room and key as bytes. */
export function shareBytes(share: LiveShare): { room: Uint8Array; key: Uint8Array } {
  return { room: fromBase64Url(share.room)!, key: fromBase64Url(share.secret)! };
}

/** The invitation link's address, on this page's own address. */
export function invitationLink(share: LiveShare, page: { origin: string; pathname: string }): string {
  return `${page.origin}${page.pathname}#/delta/${invitationToken({ relay: share.relay, ...shareBytes(share) })}`;
}

/** The relay address set under Settings; null when none. */
export function useRelayAddress(): string | null | undefined {
  return useKeyedLiveQuery(async () => (await readRelayAddress()) ?? null, []);
}

/** The round's live share in this browser; null when it is not shared. */
export function useShare(roundId: string): LiveShare | null | undefined {
  return useKeyedLiveQuery(async () => (await readShare(roundId)) ?? null, [roundId]);
}
