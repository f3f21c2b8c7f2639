/**
 * Writing a change to a loaded round document from a view: checked, written (y-dexie stores it
 * at once), then reported durable — or refused — and the agreed answers refreshed for the other
 * views. The change reaches the document synchronously, so the view shows it in the same frame.
 */
import type * as Y from 'yjs';
import { refreshAgreedAnswers } from './agreed';
import { whenDurable, type Durability } from './durable';
import { forget, note } from './journal';

/** A refresh not yet started, per round: every change made before it starts is in it. */
const queued = new Map<string, Promise<void>>();
/** The refresh under way, per round. */
const running = new Map<string, Promise<void>>();

/** How long a refresh waits for a burst of typing to end (the agreed answers lag that much). */
const REFRESH_DELAY_MS = 100;

/**
 * Refreshes the agreed answers after the current burst of changes, and resolves once a refresh
 * that started after this call has finished: then every view shows this change. One refresh runs
 * at a time per round; changes made while it runs share the next one.
 */
export function refreshSoon(roundId: string): Promise<void> {
  const next = queued.get(roundId);
  if (next) return next;
  const run: Promise<void> = (running.get(roundId) ?? Promise.resolve())
    .then(() => new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS)))
    .then(() => {
      queued.delete(roundId);
      const refresh = refreshAgreedAnswers(roundId).catch(() => {
        // The document is the truth; the next change or opening refreshes again.
      });
      running.set(roundId, refresh);
      return refresh.finally(() => {
        if (running.get(roundId) === refresh) running.delete(roundId);
      });
    });
  queued.set(roundId, run);
  return run;
}

/**
 * Applies a change to the live document; resolves once it is in IndexedDB and the agreed answers
 * every other view reads include it, so "Sparat" means both. The change's Yjs update is noted in
 * the journal first (synchronously), in case the page dies before the commit.
 */
export async function saveToDoc(
  roundId: string,
  doc: Y.Doc,
  change: (doc: Y.Doc) => void,
): Promise<Durability> {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('updateV2', collect);
  try {
    change(doc);
  } finally {
    doc.off('updateV2', collect);
  }
  const noted = note(roundId, updates);
  const durability = await whenDurable(roundId);
  forget(roundId, noted);
  if (durability === 'saved') await refreshSoon(roundId);
  return durability;
}
