/**
 * The sealing of every message a live round sends through the relay (storage/live/seal.ts):
 * only a browser with the link's key opens it, only in its own room and as its own kind, and any
 * change on the way makes it unreadable rather than different. The relay sees random-looking
 * bytes that never repeat.
 */
import { describe, expect, it } from 'vitest';
import { KEY_BYTES, ROOM_BYTES } from '../../src/domain/live/link';
import { importRoomKey, messageId, seal, unseal, type RoomKey } from '../../src/storage/live/seal';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const text = (s: string) => new TextEncoder().encode(s);
const RATING = text('{"skola.franvaro":"delvis","comment":"Hemlig kommentar"}');

async function newRoom(): Promise<{ room: Uint8Array; raw: Uint8Array; key: RoomKey }> {
  const room = randomBytes(ROOM_BYTES);
  const raw = randomBytes(KEY_BYTES);
  return { room, raw, key: await importRoomKey(room, raw) };
}

describe('a sealed message', () => {
  it('opens to what was sealed, with the same key in the same room', async () => {
    const { room, raw, key } = await newRoom();
    const sealed = await seal(key, 'update', RATING);
    // Another browser imports the same link's key.
    const other = await importRoomKey(room, raw);
    expect(await unseal(other, 'update', sealed)).toEqual(RATING);
    expect(await unseal(key, 'presence', await seal(key, 'presence', new Uint8Array(0)))).toEqual(
      new Uint8Array(0),
    );
  });

  it('does not open with another key', async () => {
    const { room, key } = await newRoom();
    const sealed = await seal(key, 'update', RATING);
    expect(await unseal(await importRoomKey(room, randomBytes(KEY_BYTES)), 'update', sealed)).toBeUndefined();
  });

  it('does not open in another room, even with the same key', async () => {
    const { raw, key } = await newRoom();
    const sealed = await seal(key, 'update', RATING);
    expect(await unseal(await importRoomKey(randomBytes(ROOM_BYTES), raw), 'update', sealed)).toBeUndefined();
  });

  it('does not open as another kind (a presence message read as a change to the round)', async () => {
    const { key } = await newRoom();
    const kinds = ['update', 'state', 'round', 'presence'] as const;
    for (const sealedAs of kinds) {
      const sealed = await seal(key, sealedAs, RATING);
      for (const openedAs of kinds)
        expect(await unseal(key, openedAs, sealed), `${sealedAs} opened as ${openedAs}`).toEqual(
          sealedAs === openedAs ? RATING : undefined,
        );
    }
  });

  it('does not open when any single byte was changed on the way', async () => {
    const { key } = await newRoom();
    const sealed = await seal(key, 'update', text('ja'));
    // Version, IV, ciphertext and tag: every one of them matters.
    expect(sealed).toHaveLength(1 + 12 + 2 + 16);
    for (let at = 0; at < sealed.length; at++) {
      const changed = sealed.slice();
      changed[at]! ^= 0x01;
      expect(await unseal(key, 'update', changed), `byte ${at}`).toBeUndefined();
    }
    expect(await unseal(key, 'update', sealed)).toEqual(text('ja'));
  });

  it('does not open when cut short, empty, not bytes, or of a newer version', async () => {
    const { key } = await newRoom();
    const sealed = await seal(key, 'update', RATING);
    expect(await unseal(key, 'update', sealed.slice(0, -1))).toBeUndefined();
    expect(await unseal(key, 'update', sealed.slice(0, 1 + 12 + 16))).toBeUndefined();
    expect(await unseal(key, 'update', sealed.slice(0, 20))).toBeUndefined();
    expect(await unseal(key, 'update', new Uint8Array(0))).toBeUndefined();
    expect(await unseal(key, 'update', [...sealed])).toBeUndefined();
    expect(await unseal(key, 'update', sealed.buffer)).toBeUndefined();
    expect(await unseal(key, 'update', Buffer.from(sealed).toString('base64'))).toBeUndefined();
    expect(await unseal(key, 'update', null)).toBeUndefined();
    expect(await unseal(key, 'update', undefined)).toBeUndefined();
    expect(await unseal(key, 'update', { 0: 1 })).toBeUndefined();
    const newer = sealed.slice();
    newer[0] = 2;
    expect(await unseal(key, 'update', newer)).toBeUndefined();
    // The same bytes as they arrive from the relay (a Buffer) open as well.
    expect(await unseal(key, 'update', Buffer.from(sealed))).toEqual(RATING);
  });

  it('looks different every time, even for the same content, and has its own id', async () => {
    const { key } = await newRoom();
    const first = await seal(key, 'update', RATING);
    const second = await seal(key, 'update', RATING);
    expect(first).not.toEqual(second);
    expect(first.subarray(1, 13)).not.toEqual(second.subarray(1, 13));
    expect(messageId(first)).toMatch(/^[0-9a-f]{24}$/);
    expect(messageId(first)).not.toBe(messageId(second));
    expect(messageId(first)).toBe(messageId(first.slice()));
    const ids = new Set(
      await Promise.all(
        Array.from({ length: 200 }, async () => messageId(await seal(key, 'update', RATING))),
      ),
    );
    expect(ids.size).toBe(200);
  });

  it('does not show what it holds', async () => {
    const { key } = await newRoom();
    const sealed = Buffer.from(await seal(key, 'update', RATING));
    expect(sealed.includes('Hemlig kommentar')).toBe(false);
    expect(sealed.includes('skola.franvaro')).toBe(false);
    expect(sealed.includes(Buffer.from(RATING.subarray(0, 8)))).toBe(false);
    // Only the version is in clear.
    expect(sealed[0]).toBe(1);
  });
});
