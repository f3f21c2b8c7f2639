/**
 * A live round between browsers (storage/live/bridge.ts), through a relay played here as a stock
 * Yjs relay behaves: one document in memory that merges whatever each connection sends and
 * forwards it to the others. Each browser has its round's document and a transport document
 * synced with the relay; "offline" is a browser whose transport stops forwarding.
 *
 * What a person notices: the round arrives by link, ratings show in the others' browsers, work
 * done offline meets up again, a wrong link or a stranger's bytes change nothing, and the relay
 * never holds a name or a comment in clear.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEY_BYTES, ROOM_BYTES } from '../../src/domain/live/link';
import { COMPACT_AFTER, HEAD, LiveBridge, UPDATES } from '../../src/storage/live/bridge';
import { importRoomKey, seal, unseal, type RoomKey } from '../../src/storage/live/seal';
import { namePerson, rate } from '../../src/storage/round-doc/edit';

const ROUND_FILE = JSON.stringify({
  format: 'eblomladan.assignment/2',
  round: { name: 'Barnrätt i Exempelby 2025', coordinator: 'Kim Samordnare' },
});
const AT = '2025-03-01T10:00:00.000Z';
const ANNA = '0000000e-0000-4000-8000-00000000000e';

/** Waits for a condition, long enough for a slow machine; never for a fixed time. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 5 });

const fields = (doc: Y.Doc) => doc.getMap<unknown>('fields');
const comments = (doc: Y.Doc) => doc.getMap<unknown>('comments');
const content = (doc: Y.Doc) => ({ fields: fields(doc).toJSON(), comments: comments(doc).toJSON() });

/** The relay: one document holding what every connection sent. */
class Relay {
  readonly doc = new Y.Doc();
  readonly updates = this.doc.getArray<unknown>(UPDATES);
  readonly head = this.doc.getMap<unknown>(HEAD);

  /** A stranger (or the relay's operator) adds blobs of its own. */
  push(...blobs: unknown[]) {
    this.doc.transact(() => this.updates.push(blobs));
  }

  /** Everything the relay stores, as bytes. */
  stored(): Buffer {
    return Buffer.from(Y.encodeStateAsUpdate(this.doc));
  }
}

interface Link {
  room: Uint8Array;
  raw: Uint8Array;
}

const newLink = (): Link => ({
  room: crypto.getRandomValues(new Uint8Array(ROOM_BYTES)),
  raw: crypto.getRandomValues(new Uint8Array(KEY_BYTES)),
});

const everyone: Browser[] = [];

/** One browser: its round's document, kept across reloads, and a transport document per page. */
class Browser {
  readonly doc = new Y.Doc();
  transport!: Y.Doc;
  bridge!: LiveBridge;
  key!: RoomKey;
  private unlink: (() => void) | undefined;

  private constructor(
    readonly relay: Relay,
    readonly coordinator: boolean,
  ) {
    everyone.push(this);
  }

  static async open(relay: Relay, link: Link, { coordinator = false } = {}): Promise<Browser> {
    const browser = new Browser(relay, coordinator);
    browser.key = await importRoomKey(link.room, link.raw);
    browser.start();
    return browser;
  }

  /** The page opens: a new transport document and bridge for the stored round document. */
  private start() {
    this.transport = new Y.Doc();
    this.bridge = new LiveBridge({
      doc: this.doc,
      transport: this.transport,
      key: this.key,
      coordinator: this.coordinator,
      roundFile: this.coordinator ? async () => ROUND_FILE : undefined,
    });
  }

  /** Connects to the relay, syncs both ways as y-websocket does, and tells the bridge. */
  async connect(): Promise<void> {
    const marker = {};
    const up = (update: Uint8Array, origin: unknown) => {
      if (origin !== marker) Y.applyUpdate(this.relay.doc, update, marker);
    };
    const down = (update: Uint8Array, origin: unknown) => {
      if (origin !== marker) Y.applyUpdate(this.transport, update, marker);
    };
    this.transport.on('update', up);
    this.relay.doc.on('update', down);
    const transport = this.transport;
    this.unlink = () => {
      transport.off('update', up);
      this.relay.doc.off('update', down);
    };
    Y.applyUpdate(
      this.relay.doc,
      Y.encodeStateAsUpdate(this.transport, Y.encodeStateVector(this.relay.doc)),
      marker,
    );
    Y.applyUpdate(
      this.transport,
      Y.encodeStateAsUpdate(this.relay.doc, Y.encodeStateVector(this.transport)),
      marker,
    );
    await this.bridge.synced();
  }

  /** The network goes: nothing travels either way; the page stays open. */
  disconnect() {
    this.unlink?.();
    this.unlink = undefined;
  }

  /** The page is closed (its round document stays, as in IndexedDB). */
  close() {
    this.disconnect();
    this.bridge.stop();
    this.transport.destroy();
  }

  /** Opened again later. */
  reopen() {
    this.start();
  }

  set(key: string, value: string) {
    fields(this.doc).set(key, value);
  }

  get(key: string) {
    return fields(this.doc).get(key);
  }
}

/** Both browsers hold the same round: the same content and the same changes. */
function expectSameRound(a: Browser, b: Browser) {
  expect(content(a.doc)).toEqual(content(b.doc));
  expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
}

/** A coordinator sharing a round that holds `existing`, connected, and the relay. */
async function shared(existing: Record<string, string> = {}) {
  const relay = new Relay();
  const link = newLink();
  const coordinator = await Browser.open(relay, link, { coordinator: true });
  for (const [key, value] of Object.entries(existing)) coordinator.set(key, value);
  await coordinator.connect();
  return { relay, link, coordinator };
}

/** Counts the changes the bridge makes to a round document. */
function changesTo(doc: Y.Doc): { count: number } {
  const counter = { count: 0 };
  doc.on('update', () => counter.count++);
  return counter;
}

afterEach(() => {
  for (const browser of everyone.splice(0)) {
    browser.disconnect();
    browser.bridge.stop();
    browser.transport.destroy();
    browser.doc.destroy();
  }
});

describe('sharing a round live', () => {
  it("gives a colleague who opens the link the coordinator's round as it was before sharing", async () => {
    const { relay, link, coordinator } = await shared({
      'part/skola/respondent/kim': AT,
      'rating/skola/skola.franvaro/kim/value': 'delvis',
    });
    expect(coordinator.bridge.state).toBe('open');
    // The head holds the share's state and the round as a hand-out file, both sealed.
    const head = await importRoomKey(link.room, link.raw);

    const state = await unseal(head, 'state', relay.head.get('state'));
    expect(JSON.parse(new TextDecoder().decode(state))).toMatchObject({ state: 'open' });
    expect(new TextDecoder().decode(await unseal(head, 'round', relay.head.get('round')))).toBe(ROUND_FILE);

    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    await colleague.bridge.settled();
    expect(colleague.bridge.state).toBe('open');
    expect(colleague.get('rating/skola/skola.franvaro/kim/value')).toBe('delvis');
    expectSameRound(coordinator, colleague);
  });

  it('lets a colleague who opened the link early wait, then sends what they did meanwhile', async () => {
    const relay = new Relay();
    const link = newLink();
    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    expect(colleague.bridge.state).toBe('waiting');
    colleague.set(`person/${ANNA}/name`, 'Anna');
    expect(relay.updates.length).toBe(0);

    const coordinator = await Browser.open(relay, link, { coordinator: true });
    coordinator.set('rating/skola/skola.franvaro/kim/value', 'ja');
    await coordinator.connect();
    await until(() => expect(coordinator.get(`person/${ANNA}/name`)).toBe('Anna'));
    await until(() => expect(colleague.get('rating/skola/skola.franvaro/kim/value')).toBe('ja'));
    expect(colleague.bridge.state).toBe('open');
    expectSameRound(coordinator, colleague);
  });

  it("shows a rating or a comment made in either browser in the other's", async () => {
    const { relay, link, coordinator } = await shared();
    const colleague = await Browser.open(relay, link);
    await colleague.connect();

    coordinator.set('rating/skola/skola.franvaro/kim/value', 'delvis');
    await until(() => expect(colleague.get('rating/skola/skola.franvaro/kim/value')).toBe('delvis'));

    colleague.set('rating/skola/skola.franvaro/anna/value', 'nej');
    comments(colleague.doc).set('comment/skola/skola.franvaro/anna', 'Saknar rutin');
    await until(() =>
      expect(comments(coordinator.doc).get('comment/skola/skola.franvaro/anna')).toBe('Saknar rutin'),
    );
    await until(() => expect(coordinator.get('rating/skola/skola.franvaro/anna/value')).toBe('nej'));

    // A change of mind travels too.
    coordinator.set('rating/skola/skola.franvaro/kim/value', 'ja');
    await until(() => expect(colleague.get('rating/skola/skola.franvaro/kim/value')).toBe('ja'));
    await coordinator.bridge.settled();
    await colleague.bridge.settled();
    expectSameRound(coordinator, colleague);
  });

  it('brings two browsers that worked apart, offline, to the same round when back online', async () => {
    const { relay, link, coordinator } = await shared({ before: 'x' });
    const colleague = await Browser.open(relay, link);
    await colleague.connect();

    colleague.disconnect();
    coordinator.set('rating/skola/a/kim/value', 'ja');
    colleague.set('rating/skola/b/anna/value', 'nej');
    // Both change the same field while apart: they must still agree afterwards.
    coordinator.set('agreed/skola/c', 'ja');
    colleague.set('agreed/skola/c', 'delvis');
    comments(colleague.doc).set('comment/skola/b/anna', 'Skrivet på tåget');
    fields(coordinator.doc).delete('before');
    expect(colleague.get('rating/skola/a/kim/value')).toBeUndefined();

    await colleague.connect();
    await until(() => {
      expect(coordinator.get('rating/skola/b/anna/value')).toBe('nej');
      expect(colleague.get('rating/skola/a/kim/value')).toBe('ja');
      expect(colleague.get('before')).toBeUndefined();
      expect(comments(coordinator.doc).get('comment/skola/b/anna')).toBe('Skrivet på tåget');
      expectSameRound(coordinator, colleague);
    });
    expect(['ja', 'delvis']).toContain(coordinator.get('agreed/skola/c'));
  });

  it('sends what was changed while the page was closed once it opens again', async () => {
    const { relay, link, coordinator } = await shared();
    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    colleague.close();
    // Written while no page of the round was open (an import, another tab): in the stored document.
    colleague.set('rating/skola/b/anna/value', 'ja');
    coordinator.set('rating/skola/a/kim/value', 'nej');

    colleague.reopen();
    await colleague.connect();
    await until(() => expect(coordinator.get('rating/skola/b/anna/value')).toBe('ja'));
    await colleague.bridge.settled();
    expect(colleague.get('rating/skola/a/kim/value')).toBe('nej');
    expectSameRound(coordinator, colleague);
  });

  it('gives a third browser that joins late everything the first two did', async () => {
    const { relay, link, coordinator } = await shared({ early: '1' });
    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    for (let i = 0; i < 10; i++) {
      coordinator.set(`c${i}`, `${i}`);
      colleague.set(`m${i}`, `${i}`);
    }
    comments(colleague.doc).set('comment/x', 'Kommentar');
    fields(coordinator.doc).delete('c3');
    await until(() => {
      expect(coordinator.get('m9')).toBe('9');
      expect(colleague.get('c9')).toBe('9');
      expect(colleague.get('c3')).toBeUndefined();
      expectSameRound(coordinator, colleague);
    });

    const late = await Browser.open(relay, link);
    await late.connect();
    await late.bridge.settled();
    expectSameRound(coordinator, late);
    expect(late.get('m9')).toBe('9');
    expect(late.get('c3')).toBeUndefined();
    expect(comments(late.doc).get('comment/x')).toBe('Kommentar');
  });
});

describe('what a live round refuses', () => {
  it('a link with the wrong key: says so, shows nothing of the round and sends nothing', async () => {
    const { relay, link, coordinator } = await shared({ secret: 'ja' });
    const colleague = await Browser.open(relay, link);
    await colleague.connect();

    const wrong = await Browser.open(relay, { room: link.room, raw: newLink().raw });
    const changes = changesTo(wrong.doc);
    const before = relay.updates.length;
    await wrong.connect();
    await wrong.bridge.settled();
    expect(wrong.bridge.state).toBe('wrong-key');
    // It says the key is wrong, not that every change it got was unreadable.
    expect(wrong.bridge.unreadable).toBe(0);
    expect(content(wrong.doc)).toEqual({ fields: {}, comments: {} });
    expect(changes.count).toBe(0);

    // Whatever this browser does stays here, while the others go on.
    wrong.set(`person/${ANNA}/name`, 'Anna');
    coordinator.set('after', 'ja');
    await until(() => expect(colleague.get('after')).toBe('ja'));
    await wrong.bridge.settled();
    expect(wrong.get('after')).toBeUndefined();
    expect(wrong.get('secret')).toBeUndefined();
    expect(relay.updates.length).toBe(before + 1);
    expect(Y.decodeStateVector(Y.encodeStateVector(relay.doc)).has(wrong.transport.clientID)).toBe(false);
    expect(coordinator.get(`person/${ANNA}/name`)).toBeUndefined();
    expect(wrong.bridge.state).toBe('wrong-key');
  });

  it("a stranger's bytes on the relay are counted as unreadable and change nothing", async () => {
    const { relay, link, coordinator } = await shared({ kept: 'ja' });
    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    const changes = changesTo(colleague.doc);
    const before = content(colleague.doc);

    const key = await importRoomKey(link.room, link.raw);
    const otherRoom = await importRoomKey(newLink().room, link.raw);
    const change = new Y.Doc();
    fields(change).set('kept', 'nej');
    const yjsChange = Y.encodeStateAsUpdateV2(change);
    relay.push(
      crypto.getRandomValues(new Uint8Array(64)),
      // A real change, sealed for another room with the same key.
      await seal(otherRoom, 'update', yjsChange),
      // Sealed with the right key, but not a change to a Yjs document.
      await seal(key, 'update', new TextEncoder().encode('{"kept":"nej"}')),
      // A real change sealed as the round for those who join.
      await seal(key, 'round', yjsChange),
      'not bytes at all',
    );
    await until(() => expect(colleague.bridge.unreadable).toBe(5));
    await until(() => expect(coordinator.bridge.unreadable).toBe(5));
    await colleague.bridge.settled();
    await coordinator.bridge.settled();
    expect(changes.count).toBe(0);
    expect(content(colleague.doc)).toEqual(before);
    expect(coordinator.get('kept')).toBe('ja');

    // And the round goes on.
    coordinator.set('next', 'ja');
    await until(() => expect(colleague.get('next')).toBe('ja'));
    expect(colleague.bridge.unreadable).toBe(5);
  });

  it('an old change sent again does not undo a newer one', async () => {
    const { relay, link, coordinator } = await shared();
    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    coordinator.set('rating/skola/a/kim/value', 'delvis');
    await until(() => expect(colleague.get('rating/skola/a/kim/value')).toBe('delvis'));
    const old = relay.updates.get(relay.updates.length - 1) as Uint8Array;
    coordinator.set('rating/skola/a/kim/value', 'ja');
    await until(() => expect(colleague.get('rating/skola/a/kim/value')).toBe('ja'));

    const changes = changesTo(colleague.doc);
    relay.push(old.slice());
    await colleague.bridge.settled();
    await coordinator.bridge.settled();
    expect(changes.count).toBe(0);
    expect(colleague.get('rating/skola/a/kim/value')).toBe('ja');
    expect(coordinator.get('rating/skola/a/kim/value')).toBe('ja');
    expect(colleague.bridge.unreadable).toBe(0);
  });

  it("the relay holds no one's name or comment in clear", async () => {
    const relay = new Relay();
    const link = newLink();
    const coordinator = await Browser.open(relay, link, { coordinator: true });
    namePerson(coordinator.doc, ANNA, { name: 'Anna Andersson', role: 'Rektor' });
    await coordinator.connect();
    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    rate(
      colleague.doc,
      { sectionId: 'skola', indicatorId: 'skola.franvaro', personId: ANNA },
      { value: 'delvis', comment: 'Hemlig kommentar' },
      AT,
    );
    await until(() =>
      expect(comments(coordinator.doc).get(`comment/skola/skola.franvaro/${ANNA}`)).toBe('Hemlig kommentar'),
    );
    // The round's own document holds them in clear, so the check below could see them.
    expect(Buffer.from(Y.encodeStateAsUpdate(coordinator.doc)).includes('Hemlig kommentar')).toBe(true);
    expect(Buffer.from(Y.encodeStateAsUpdate(coordinator.doc)).includes('Anna Andersson')).toBe(true);

    const stored = relay.stored();
    for (const clear of ['Hemlig kommentar', 'Anna Andersson', 'Rektor', 'skola.franvaro', 'Barnrätt', ANNA])
      expect(stored.includes(clear), clear).toBe(false);
  });
});

describe('a long live round', () => {
  it('keeps the relay small, and a browser joining afterwards still gets everything', async () => {
    const { relay, link, coordinator } = await shared();
    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    const changes = COMPACT_AFTER + 20;
    for (let i = 0; i < changes; i++) coordinator.set(`indicator-${i}`, i % 2 ? 'ja' : 'nej');
    colleague.set('from-colleague', 'ja');
    await until(() => expect(relay.updates.length).toBeGreaterThan(COMPACT_AFTER));
    await until(() => {
      expect(colleague.get(`indicator-${changes - 1}`)).toBeDefined();
      expect(coordinator.get('from-colleague')).toBe('ja');
      expectSameRound(coordinator, colleague);
    });
    const sizeBefore = relay.stored().length;

    await coordinator.bridge.synced();
    expect(relay.updates.length).toBeLessThan(5);
    expect(relay.stored().length).toBeLessThan(sizeBefore);

    const late = await Browser.open(relay, link);
    await late.connect();
    await late.bridge.settled();
    expectSameRound(coordinator, late);
    expect(late.get('from-colleague')).toBe('ja');
    expect(late.bridge.unreadable).toBe(0);

    // The round goes on for everyone after the relay was tidied.
    colleague.set('after', 'ja');
    await until(() => {
      expect(coordinator.get('after')).toBe('ja');
      expect(late.get('after')).toBe('ja');
    });
    expectSameRound(colleague, late);
  });
});

describe('ending the share', () => {
  it('"Sluta dela" tells the others, empties the relay and the old link no longer gives the round', async () => {
    const { relay, link, coordinator } = await shared({ secret: 'ja' });
    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    coordinator.set('more', 'ja');
    await until(() => expect(colleague.get('more')).toBe('ja'));

    await coordinator.bridge.end('closed');
    expect(coordinator.bridge.state).toBe('closed');
    await until(() => expect(colleague.bridge.state).toBe('closed'));
    expect(relay.updates.length).toBe(0);
    expect(relay.head.has('round')).toBe(false);
    // What the colleague had stays in their browser.
    expect(colleague.get('secret')).toBe('ja');

    // Changes after the end stay where they were made.
    colleague.set('late', 'ja');
    await colleague.bridge.settled();
    expect(relay.updates.length).toBe(0);

    const late = await Browser.open(relay, link);
    await late.connect();
    await late.bridge.settled();
    expect(late.bridge.state).toBe('closed');
    expect(content(late.doc)).toEqual({ fields: {}, comments: {} });
  });

  it('publishing tells the others the round is published', async () => {
    const { relay, link, coordinator } = await shared({ secret: 'ja' });
    const colleague = await Browser.open(relay, link);
    await colleague.connect();
    await coordinator.bridge.end('published');
    await until(() => expect(colleague.bridge.state).toBe('published'));
    expect(relay.updates.length).toBe(0);
    expect(relay.head.has('round')).toBe(false);
  });
});
