/**
 * What every view shows of a live round: the connection in words and who else is here. The
 * connection itself (session.ts, with Yjs and the relay's provider) loads only when a view of a
 * shared round asks for it, so no other page carries its bytes; the views hold it while they
 * are open (acquire/release) and read it through useLiveRound.
 */
import { useEffect, useSyncExternalStore } from 'react';
import {
  forgetView,
  idleSession,
  publishView,
  subscribe,
  viewOf,
  type LiveRoundView,
  type LiveSessionHandle,
} from './views';

export type { Connection, LiveRoundView, LiveSessionHandle } from './views';

const sessions = new Map<string, { refs: number; handle: Promise<LiveSessionHandle> }>();
/** The part each round's views have open, kept apart from the session: a view may mount before it starts. */
const places = new Map<string, string | null>();

/** The round's live state, or undefined while no view holds its connection. */
export function useLiveRound(roundId: string): LiveRoundView | undefined {
  return useSyncExternalStore(subscribe, () => viewOf(roundId));
}

/** Holds the round's connection while a view is open; starts it on first use. */
export function acquire(roundId: string): void {
  const held = sessions.get(roundId);
  if (held) {
    held.refs++;
    return;
  }
  publishView(roundId, { connection: 'connecting', others: [], unreadable: 0, ignored: 0 });
  const entry = {
    refs: 1,
    handle: import('./session')
      .then(({ startSession }) => startSession(roundId))
      .catch((): LiveSessionHandle => {
        // The round is gone or its document cannot be opened: the round's own view says why.
        forgetView(roundId);
        return idleSession();
      }),
  };
  sessions.set(roundId, entry);
  void entry.handle.then((handle) => handle.setPlace(places.get(roundId) ?? null));
}

/** Lets go of the round's connection; the last view to go closes it. */
export function release(roundId: string): void {
  const held = sessions.get(roundId);
  if (!held || --held.refs > 0) return;
  sessions.delete(roundId);
  forgetView(roundId);
  void held.handle.then((handle) => handle.close());
}

/** The round's connection, when a view holds it. */
export function liveSession(roundId: string): Promise<LiveSessionHandle> | undefined {
  return sessions.get(roundId)?.handle;
}

/** Holds the round's connection while the calling view is shown, if the round is shared. */
export function useLiveConnection(roundId: string, shared: boolean): void {
  useEffect(() => {
    if (!shared) return;
    acquire(roundId);
    return () => release(roundId);
  }, [roundId, shared]);
}

/** Tells the others which part this view has open, while it is open. */
export function useLivePlace(roundId: string, sectionId: string | null, shared: boolean): void {
  useEffect(() => {
    if (!shared) return;
    const tell = (place: string | null) => {
      places.set(roundId, place);
      void sessions.get(roundId)?.handle.then((handle) => handle.setPlace(place));
    };
    tell(sectionId);
    return () => {
      if (places.get(roundId) === sectionId) tell(null);
    };
  }, [roundId, sectionId, shared]);
}
