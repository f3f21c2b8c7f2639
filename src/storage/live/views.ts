/**
 * The live rounds' state as the views read it, written by the connection (session.ts). Apart from
 * store.ts so the connection, which store.ts loads on demand, does not import its loader.
 */
import type { Presence } from '../../domain/live/messages';

export type Connection =
  /** Not connected yet, or connecting again. */
  | 'connecting'
  | 'live'
  /** The relay does not answer: changes are kept here and sent when it does. */
  | 'offline'
  /** The relay holds nothing of this round yet: waiting for the coordinator's browser. */
  | 'waiting'
  | 'wrong-key'
  | 'closed'
  | 'published'
  /** This installation may not connect to the relay's address (Content-Security-Policy). */
  | 'not-allowed';

export interface LiveRoundView {
  connection: Connection;
  /** The others connected now, with the part each has open (null: elsewhere in the round). */
  others: Presence[];
  /** Messages from the relay that could not be read and were left out. */
  unreadable: number;
  /**
   * Entries of the round's document that the questionnaire does not allow (a value not on the
   * scale, a part that does not exist …): kept out of every view, as for a file.
   */
  ignored: number;
}

export interface LiveSessionHandle {
  /** Tells the others which part this person has open (null: elsewhere in the round). */
  setPlace(sectionId: string | null): void;
  /** The coordinator ends sharing, or publishes: the others are told, the relay keeps no round data. */
  end(state: 'closed' | 'published'): Promise<void>;
  close(): void;
}

const views = new Map<string, LiveRoundView>();
const listeners = new Set<() => void>();

export function publishView(roundId: string, view: LiveRoundView): void {
  views.set(roundId, view);
  for (const listener of listeners) listener();
}

export const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const viewOf = (roundId: string) => views.get(roundId);

export function forgetView(roundId: string): void {
  views.delete(roundId);
  for (const listener of listeners) listener();
}

/** The handle of a round that has no connection here (not shared, not allowed, or failed to start). */
export const idleSession = (): LiveSessionHandle => ({
  setPlace: () => {},
  end: async () => {},
  close: () => {},
});
