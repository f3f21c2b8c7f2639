/**
 * End-to-end encryption of a live round: every message the relay carries or stores is sealed
 * with AES-256-GCM under the key from the invitation link, which the relay never sees. The
 * additional data binds each message to its room and its kind, so a message cannot be moved to
 * another room or read as another kind (a presence message as an update, say); GCM's tag makes
 * any changed byte refuse the whole message.
 *
 * A sealed message: version (1 byte, 1) · IV (12 random bytes) · ciphertext with its 16-byte tag.
 */
import { roomName } from '../../domain/live/link';

/**
 * What a sealed message holds: part of the round's document, the share's state, the round itself
 * (for those who join), or who is here.
 */
export type SealKind = 'update' | 'state' | 'round' | 'presence';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface RoomKey {
  room: Uint8Array;
  key: CryptoKey;
}

export async function importRoomKey(room: Uint8Array, raw: Uint8Array): Promise<RoomKey> {
  const key = await crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  return { room, key };
}

const additionalData = (room: Uint8Array, kind: SealKind) =>
  new TextEncoder().encode(`eblomladan.live/1\n${roomName(room)}\n${kind}`);

export async function seal({ room, key }: RoomKey, kind: SealKind, plain: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(room, kind) },
    key,
    new Uint8Array(plain),
  );
  const out = new Uint8Array(1 + IV_BYTES + cipher.byteLength);
  out[0] = VERSION;
  out.set(iv, 1);
  out.set(new Uint8Array(cipher), 1 + IV_BYTES);
  return out;
}

/** The message's content, or undefined when it was not sealed with this key, room and kind, or was changed. */
export async function unseal(
  { room, key }: RoomKey,
  kind: SealKind,
  sealed: unknown,
): Promise<Uint8Array | undefined> {
  if (!(sealed instanceof Uint8Array) || sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION)
    return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.slice(1, 1 + IV_BYTES), additionalData: additionalData(room, kind) },
      key,
      sealed.slice(1 + IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    return undefined;
  }
}

/** A sealed message's IV, which tells messages apart (random, never reused under one key). */
export const messageId = (sealed: Uint8Array) =>
  Array.from(sealed.subarray(1, 1 + IV_BYTES), (b) => b.toString(16).padStart(2, '0')).join('');
