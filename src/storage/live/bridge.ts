/**
 * The bridge between a round's document and the relay. A stock Yjs relay merges and stores what
 * it receives, so it must receive Yjs: it gets a transport document whose only content is sealed
 * blobs (seal.ts), never the round itself.
 *
 * - `updates` (Y.Array of sealed blobs): every change to the round's document, sealed; now and then
 *   one browser replaces the blobs it has read with one sealed snapshot of the whole document.
 * - `head` (Y.Map): `state`, the share's sealed state (open, closed, published), and `round`, the
 *   sealed hand-out of the whole round (an `eblomladan.assignment/2` file), which a browser joining
 *   by link reads through the same checks as a file.
 *
 * A mirror document holds what the relay holds, unsealed: after each sync, what the round's
 * document has beyond it is sealed and sent, so changes made offline, or in a tab that was
 * closed, reach the others. A blob that does not unseal, or unseals to something that is not a
 * Yjs update, is counted and left out; Yjs applies an update once, so a blob sent again changes
 * nothing.
 */
import * as Y from 'yjs';
import { readMessage, ShareStateSchema, type ShareState } from '../../domain/live/messages';
import { messageId, seal, unseal, type RoomKey } from './seal';

/** Root names of the transport document. Do not rename: relays and other browsers hold them. */
export const UPDATES = 'updates';
export const HEAD = 'head';

/** A blob larger than this is no change a person made; it is left out unread. */
export const MAX_SEALED_BYTES = 8 * 1024 * 1024;
/** After this many blobs, a browser replaces the ones it has read with one snapshot. */
export const COMPACT_AFTER = 300;

export type BridgeState =
  /** No head yet: the relay has nothing of this round (yet). */
  | 'waiting'
  | 'open'
  | 'closed'
  | 'published'
  /** The head does not unseal with this key: nothing is read, nothing sent. */
  | 'wrong-key';

export interface BridgeOptions {
  doc: Y.Doc;
  transport: Y.Doc;
  key: RoomKey;
  /** The coordinator's browser writes the head; the others only read it. */
  coordinator: boolean;
  /** The round as a hand-out file (JSON), for the head; only the coordinator's browser gives it. */
  roundFile?: () => Promise<string>;
  /** Whether an update to the round's document came from storage (another tab, an import) rather than this page. */
  fromStorage?: (origin: unknown) => boolean;
  onChange?: () => void;
}

export class LiveBridge {
  state: BridgeState = 'waiting';
  /** Blobs from the relay that could not be read. */
  unreadable = 0;
  private readonly updates: Y.Array<Uint8Array>;
  private readonly head: Y.Map<Uint8Array>;
  private readonly mirror = new Y.Doc();
  /** Ids of the blobs whose content the mirror holds. */
  private readonly read = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private catchUpTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private headChecked: Promise<void> = Promise.resolve();

  constructor(private readonly options: BridgeOptions) {
    this.updates = options.transport.getArray<Uint8Array>(UPDATES);
    this.head = options.transport.getMap<Uint8Array>(HEAD);
    this.updates.observe(this.onUpdates);
    this.head.observe(this.onHead);
    options.doc.on('updateV2', this.onLocal);
  }

  /** Call when the transport document has synced with the relay: checks the head and sends what the relay lacks. */
  async synced(): Promise<void> {
    await this.checkHead();
    if (this.state === 'waiting' && this.options.coordinator) await this.openHead();
    if (this.state !== 'open') return;
    await this.catchUp();
    await this.compact();
  }

  /** Resolves once everything read so far has been applied (tests wait on it). */
  settled(): Promise<void> {
    return this.queue;
  }

  /**
   * The coordinator ends the share (closed) or publishes the round: in one transaction the state
   * says so, the round leaves the head and the relay keeps no blobs, so the others stop and the
   * old link no longer joins.
   */
  async end(state: 'closed' | 'published'): Promise<void> {
    const sealedState = await this.sealState(state);
    this.options.transport.transact(() => {
      this.head.delete('round');
      this.head.set('state', sealedState);
      this.updates.delete(0, this.updates.length);
    });
    this.setState(state);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.catchUpTimer);
    this.updates.unobserve(this.onUpdates);
    this.head.unobserve(this.onHead);
    this.options.doc.off('updateV2', this.onLocal);
    this.mirror.destroy();
  }

  private sealState(state: ShareState['state']): Promise<Uint8Array> {
    const message: ShareState = { state, at: new Date().toISOString() };
    return seal(this.options.key, 'state', new TextEncoder().encode(JSON.stringify(message)));
  }

  /** The coordinator's browser opens the share: the state, and the round for those who join. */
  private async openHead(): Promise<void> {
    const { key, roundFile, transport } = this.options;
    const sealedState = await this.sealState('open');
    const sealedRound = roundFile
      ? await seal(key, 'round', new TextEncoder().encode(await roundFile()))
      : undefined;
    if (this.stopped) return;
    transport.transact(() => {
      if (sealedRound) this.head.set('round', sealedRound);
      this.head.set('state', sealedState);
    });
    this.setState('open');
  }

  private readonly onHead = () => {
    this.headChecked = this.headChecked.then(() => this.checkHead());
  };

  private async checkHead(): Promise<void> {
    const sealed = this.head.get('state');
    if (!sealed) return;
    const plain = await unseal(this.options.key, 'state', sealed);
    const state = plain && readMessage(ShareStateSchema, plain);
    const was = this.state;
    this.setState(state ? state.state : 'wrong-key');
    // A browser that waited for the head sends what it has once it knows the key is right.
    if (was === 'waiting' && this.state === 'open') this.scheduleCatchUp(0);
  }

  private setState(state: BridgeState) {
    if (this.state === state) return;
    this.state = state;
    this.options.onChange?.();
  }

  private readonly onUpdates = (event: Y.YArrayEvent<Uint8Array>) => {
    if (event.transaction.local) return;
    for (const item of event.changes.added)
      for (const blob of item.content.getContent() as unknown[]) this.enqueue(blob);
  };

  private enqueue(blob: unknown): void {
    this.queue = this.queue.then(async () => {
      await this.headChecked;
      if (this.stopped || this.state === 'wrong-key') return;
      const plain =
        blob instanceof Uint8Array && blob.length <= MAX_SEALED_BYTES
          ? await unseal(this.options.key, 'update', blob)
          : undefined;
      if (this.stopped) return;
      if (!plain) return this.countUnreadable();
      const id = messageId(blob as Uint8Array);
      if (this.read.has(id)) return;
      try {
        // A damaged update throws while it is decoded, before anything is integrated.
        Y.applyUpdateV2(this.mirror, plain);
      } catch {
        return this.countUnreadable();
      }
      this.read.add(id);
      if (this.state === 'open' || this.state === 'waiting')
        Y.transact(this.options.doc, () => Y.applyUpdateV2(this.options.doc, plain), this);
    });
  }

  private countUnreadable() {
    this.unreadable++;
    this.options.onChange?.();
  }

  private readonly onLocal = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    // Written by another tab or an import: that tab's bridge may send it; catch up later if not.
    if (this.options.fromStorage?.(origin)) return this.scheduleCatchUp(1000);
    if (this.state !== 'open') return;
    void this.send(update);
  };

  private scheduleCatchUp(ms: number) {
    clearTimeout(this.catchUpTimer);
    this.catchUpTimer = setTimeout(() => void this.catchUp(), ms);
  }

  /** Seals and sends what the round's document has beyond what the relay holds, if anything. */
  private async catchUp(): Promise<void> {
    await this.queue;
    if (this.stopped || this.state !== 'open') return;
    const missing = Y.encodeStateAsUpdateV2(this.options.doc, Y.encodeStateVector(this.mirror));
    await this.send(missing);
  }

  private async send(update: Uint8Array): Promise<void> {
    let changed = false;
    const note = () => (changed = true);
    // The mirror takes it first (synchronously), so a catch-up meanwhile does not send it twice.
    this.mirror.on('updateV2', note);
    Y.applyUpdateV2(this.mirror, update);
    this.mirror.off('updateV2', note);
    if (!changed) return;
    const blob = await seal(this.options.key, 'update', update);
    if (this.stopped) return;
    this.read.add(messageId(blob));
    this.options.transport.transact(() => this.updates.push([blob]));
  }

  /**
   * Replaces the blobs this browser has read with one sealed snapshot of the mirror, in one
   * transaction. Blobs it has not read stay: not read yet, or not readable here (noise, or a
   * newer app's message this one cannot open), which is not this browser's to throw away.
   */
  private async compact(): Promise<void> {
    if (this.updates.length < COMPACT_AFTER) return;
    await this.queue;
    const snapshot = await seal(this.options.key, 'update', Y.encodeStateAsUpdateV2(this.mirror));
    if (this.stopped || this.state !== 'open') return;
    this.read.add(messageId(snapshot));
    this.options.transport.transact(() => {
      for (let i = this.updates.length - 1; i >= 0; i--) {
        const blob = this.updates.get(i);
        if (blob instanceof Uint8Array && blob !== snapshot && this.read.has(messageId(blob)))
          this.updates.delete(i, 1);
      }
      this.updates.push([snapshot]);
    });
  }
}
