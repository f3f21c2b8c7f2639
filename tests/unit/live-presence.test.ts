/**
 * Who else is in a live round (storage/live/presence.ts), over y-protocols' awareness as the
 * relay forwards it: each browser sees the others' names, roles and the part they have open,
 * while the relay sees only sealed blobs; a stranger, an old message sent again, or one from long
 * ago shows nobody, and someone who leaves disappears.
 */
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEY_BYTES, ROOM_BYTES } from '../../src/domain/live/link';
import { PRESENCE_MAX_AGE_MS, type Presence } from '../../src/domain/live/messages';
import { LivePresence, type Here } from '../../src/storage/live/presence';
import { toBase64 } from '../../src/storage/round-doc/base64';
import { importRoomKey, seal, type RoomKey } from '../../src/storage/live/seal';

const ANNA: Here = {
  personId: '0000000e-0000-4000-8000-00000000000e',
  name: 'Anna Andersson',
  role: 'Rektor',
  sectionId: 'skola',
};
const BO: Here = {
  personId: '0000000f-0000-4000-8000-00000000000f',
  name: 'Bo Berg',
  role: 'Socialsekreterare',
  sectionId: null,
};

/** Waits for a condition, long enough for a slow machine; never for a fixed time. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 5 });

const awarenesses: Awareness[] = [];
const presences: LivePresence[] = [];

afterEach(() => {
  for (const presence of presences.splice(0)) presence.stop();
  for (const awareness of awarenesses.splice(0)) {
    awareness.destroy();
    awareness.doc.destroy();
  }
});

/** Browsers' awareness, each forwarding its changes to all the others as the relay does. */
function room(count: number): Awareness[] {
  const all = Array.from({ length: count }, () => new Awareness(new Y.Doc()));
  for (const from of all) {
    from.on(
      'update',
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        if (origin === 'relay') return;
        const update = encodeAwarenessUpdate(from, [...added, ...updated, ...removed]);
        for (const to of all) if (to !== from) applyAwarenessUpdate(to, update, 'relay');
      },
    );
  }
  awarenesses.push(...all);
  return all;
}

/** The room and key of the link everyone here opened. */
const ROOM = crypto.getRandomValues(new Uint8Array(ROOM_BYTES));
const RAW = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
const newKey = (raw: Uint8Array) => importRoomKey(ROOM, raw);

/** A browser's presence, counting what it reports. */
async function presenceOn(awareness: Awareness, raw = RAW) {
  const changes = { count: 0 };
  const presence = new LivePresence(awareness, await newKey(raw), () => changes.count++);
  presences.push(presence);
  return { presence, changes };
}

/** Notes every decryption, so a test can wait until a message it expects to be ignored was read. */
function watchDecrypts() {
  const subtle = crypto.subtle;
  const decrypt = subtle.decrypt.bind(subtle);
  const pending: Promise<unknown>[] = [];
  vi.spyOn(subtle, 'decrypt').mockImplementation((...args: Parameters<SubtleCrypto['decrypt']>) => {
    const result = decrypt(...args);
    pending.push(result);
    return result;
  });
  return {
    get count() {
      return pending.length;
    },
    /** Waits until one more message than `before` was read to its end. */
    async readAfter(before: number) {
      await until(() => expect(pending.length).toBeGreaterThan(before));
      await Promise.allSettled(pending);
      // What follows a decryption is a few promise steps: they all run before this.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

/** A presence message as any browser with the key could seal it. */
async function sealedPresence(key: RoomKey, message: Presence) {
  return { sealed: toBase64(await seal(key, 'presence', new TextEncoder().encode(JSON.stringify(message)))) };
}

describe('who else is here', () => {
  it("shows the others' names, roles and the part they have open, and follows them", async () => {
    const [a, b] = room(2);
    const anna = await presenceOn(a!);
    const bo = await presenceOn(b!);
    anna.presence.set(ANNA);
    bo.presence.set(BO);

    await until(() => expect(bo.presence.others.get(a!.clientID)).toMatchObject(ANNA));
    await until(() => expect(anna.presence.others.get(b!.clientID)).toMatchObject(BO));
    expect(bo.changes.count).toBeGreaterThan(0);
    // Each sees the others, not themselves.
    expect([...bo.presence.others.keys()]).toEqual([a!.clientID]);
    expect([...anna.presence.others.keys()]).toEqual([b!.clientID]);

    anna.presence.set({ ...ANNA, sectionId: 'forskola' });
    await until(() => expect(bo.presence.others.get(a!.clientID)?.sectionId).toBe('forskola'));
  });

  it('names no one in clear in what the relay forwards', async () => {
    const [a, b] = room(2);
    const anna = await presenceOn(a!);
    const bo = await presenceOn(b!);
    anna.presence.set(ANNA);
    await until(() => expect(bo.presence.others.get(a!.clientID)?.name).toBe('Anna Andersson'));

    const forwarded = JSON.stringify([...b!.getStates()]);
    expect(forwarded).toContain('sealed');
    for (const clear of [ANNA.name, ANNA.role, ANNA.personId, 'skola'])
      expect(forwarded, clear).not.toContain(clear);
    const update = Buffer.from(encodeAwarenessUpdate(a!, [a!.clientID]));
    expect(update.includes(ANNA.name)).toBe(false);
    expect(update.includes(ANNA.role)).toBe(false);
  });

  it('does not show someone whose link has another key, nor show us to them', async () => {
    const [a, b, c] = room(3);
    const anna = await presenceOn(a!);
    const bo = await presenceOn(b!);
    const stranger = await presenceOn(c!, crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
    const decrypts = watchDecrypts();

    anna.presence.set(ANNA);
    await until(() => expect(bo.presence.others.has(a!.clientID)).toBe(true));
    const before = decrypts.count;
    stranger.presence.set({ ...BO, name: 'Främling' });
    // Anna's and Bo's browsers both try to read it.
    await decrypts.readAfter(before + 1);
    expect(bo.presence.others.has(c!.clientID)).toBe(false);
    expect(anna.presence.others.has(c!.clientID)).toBe(false);
    expect(stranger.presence.others.size).toBe(0);
    expect([...bo.presence.others.values()].map((p) => p.name)).toEqual(['Anna Andersson']);
  });

  it('does not move someone back to where they were when an old message of theirs is sent again', async () => {
    const [a, b] = room(2);
    const anna = await presenceOn(a!);
    const bo = await presenceOn(b!);
    anna.presence.set(ANNA);
    await until(() => expect(bo.presence.others.get(a!.clientID)?.sectionId).toBe('skola'));
    const old = a!.getLocalState()!;
    anna.presence.set({ ...ANNA, sectionId: 'forskola' });
    await until(() => expect(bo.presence.others.get(a!.clientID)?.sectionId).toBe('forskola'));
    const seen = bo.presence.others.get(a!.clientID)!;

    // Whoever recorded the old sealed state sends it again, as new to the awareness protocol.
    const decrypts = watchDecrypts();
    const changes = bo.changes.count;
    a!.setLocalState(old);
    expect(b!.getStates().get(a!.clientID)).toEqual(old);
    await decrypts.readAfter(0);
    expect(bo.presence.others.get(a!.clientID)).toEqual(seen);
    expect(bo.changes.count).toBe(changes);
  });

  it('does not show a message from more than five minutes ago (or ahead)', async () => {
    const [a, b] = room(2);
    const bo = await presenceOn(b!);
    const key = await newKey(RAW);
    const decrypts = watchDecrypts();
    const message = (seq: number, at: number): Presence => ({
      ...ANNA,
      seq,
      at: new Date(at).toISOString(),
    });

    a!.setLocalState(await sealedPresence(key, message(1, Date.now() - PRESENCE_MAX_AGE_MS - 60_000)));
    await decrypts.readAfter(0);
    a!.setLocalState(await sealedPresence(key, message(2, Date.now() + PRESENCE_MAX_AGE_MS + 60_000)));
    await decrypts.readAfter(1);
    expect(bo.presence.others.has(a!.clientID)).toBe(false);
    expect(bo.changes.count).toBe(0);

    // The same message sent now is shown: only its age kept it out.
    a!.setLocalState(await sealedPresence(key, message(3, Date.now() - 60_000)));
    await until(() => expect(bo.presence.others.get(a!.clientID)?.name).toBe('Anna Andersson'));
  });

  it('does not show states that are not sealed presence messages', async () => {
    const [a, b] = room(2);
    const bo = await presenceOn(b!);
    const key = await newKey(RAW);
    const decrypts = watchDecrypts();
    const sealedText = (text: string) => seal(key, 'presence', new TextEncoder().encode(text));

    a!.setLocalState({ name: 'Anna Andersson' });
    a!.setLocalState({ sealed: 'inte base64!' });
    a!.setLocalState({ sealed: 42 });
    a!.setLocalState({ sealed: 'A'.repeat(5000) });
    a!.setLocalState({ sealed: toBase64(await sealedText('inte json')) });
    a!.setLocalState({
      sealed: toBase64(await sealedText(JSON.stringify({ ...ANNA, seq: -1, at: new Date().toISOString() }))),
    });
    a!.setLocalState({
      sealed: toBase64(
        await sealedText(JSON.stringify({ ...ANNA, seq: 1, at: new Date().toISOString(), extra: 1 })),
      ),
    });
    a!.setLocalState({
      sealed: toBase64(
        await seal(
          key,
          'update',
          new TextEncoder().encode(JSON.stringify({ ...ANNA, seq: 1, at: new Date().toISOString() })),
        ),
      ),
    });
    // Four of them were sealed with the key, so each was tried.
    await decrypts.readAfter(3);
    expect(bo.presence.others.size).toBe(0);
    expect(bo.changes.count).toBe(0);
  });

  it('lets someone who leaves disappear from the others', async () => {
    const [a, b] = room(2);
    const anna = await presenceOn(a!);
    const bo = await presenceOn(b!);
    anna.presence.set(ANNA);
    await until(() => expect(bo.presence.others.has(a!.clientID)).toBe(true));
    const changes = bo.changes.count;

    anna.presence.stop();
    await until(() => expect(bo.presence.others.has(a!.clientID)).toBe(false));
    expect(bo.changes.count).toBeGreaterThan(changes);
    expect(b!.getStates().has(a!.clientID)).toBe(false);
  });
});
