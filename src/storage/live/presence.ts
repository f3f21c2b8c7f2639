/**
 * Who is connected to a live round, and which part they have open. Yjs's awareness protocol
 * carries it, but what a relay forwards would name people in clear, so each browser's state is
 * one sealed blob (`{ sealed }`, base64); the others unseal and check it (domain/live/messages.ts)
 * and believe only a newer message than the last from that browser, and only a recent one.
 */
import type { Awareness } from 'y-protocols/awareness';
import {
  acceptPresence,
  PRESENCE_MAX_AGE_MS,
  PRESENCE_RENEW_MS,
  PresenceSchema,
  readMessage,
  type Presence,
} from '../../domain/live/messages';
import { fromBase64, toBase64 } from '../round-doc/base64';
import { seal, unseal, type RoomKey } from './seal';

export type Here = Omit<Presence, 'seq' | 'at'>;

export class LivePresence {
  /** The others, by their awareness client id. */
  readonly others = new Map<number, Presence>();
  private seq = 0;
  private here: Here | undefined;
  private readonly renew: ReturnType<typeof setInterval>;
  private stopped = false;

  constructor(
    private readonly awareness: Awareness,
    private readonly key: RoomKey,
    private readonly onChange: () => void,
  ) {
    awareness.on('change', this.onAwareness);
    this.renew = setInterval(() => {
      void this.publish();
      this.forgetOld();
    }, PRESENCE_RENEW_MS);
  }

  /** Tells the others who this is and where. */
  set(here: Here): void {
    this.here = here;
    void this.publish();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.renew);
    this.awareness.off('change', this.onAwareness);
    this.awareness.setLocalState(null);
  }

  private async publish(): Promise<void> {
    if (!this.here) return;
    const message: Presence = { ...this.here, seq: ++this.seq, at: new Date().toISOString() };
    const sealed = await seal(this.key, 'presence', new TextEncoder().encode(JSON.stringify(message)));
    if (!this.stopped) this.awareness.setLocalState({ sealed: toBase64(sealed) });
  }

  private readonly onAwareness = ({
    added,
    updated,
    removed,
  }: {
    added: number[];
    updated: number[];
    removed: number[];
  }) => {
    for (const id of removed) this.others.delete(id);
    if (removed.length > 0) this.onChange();
    for (const id of [...added, ...updated]) {
      if (id === this.awareness.clientID) continue;
      void this.read(id, this.awareness.getStates().get(id));
    }
  };

  private async read(id: number, state: unknown): Promise<void> {
    const text = (state as { sealed?: unknown } | undefined)?.sealed;
    const bytes = typeof text === 'string' && text.length < 4096 ? fromBase64(text) : undefined;
    const plain = bytes && (await unseal(this.key, 'presence', bytes));
    const presence = plain && readMessage(PresenceSchema, plain);
    // The browser may have left while this was being unsealed.
    if (!presence || this.stopped || !this.awareness.getStates().has(id)) return;
    if (!acceptPresence(this.others.get(id), presence, Date.now())) return;
    this.others.set(id, presence);
    this.onChange();
  }

  private forgetOld() {
    const now = Date.now();
    let changed = false;
    for (const [id, presence] of this.others)
      if (now - Date.parse(presence.at) > PRESENCE_MAX_AGE_MS) changed = this.others.delete(id) || changed;
    if (changed) this.onChange();
  }
}
