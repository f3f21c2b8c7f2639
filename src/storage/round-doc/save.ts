/**
 * Writing a change to a loaded round document from a view: checked, written (y-dexie stores it
 * at once), then reported durable — or refused — and the agreed answers refreshed for the other
 * views. The change reaches the document synchronously, so the view shows it in the same frame.
 */
import type * as Y from 'yjs';
import { refreshAgreedAnswers } from './agreed';
import { whenDurable, type Durability } from './durable';
import { forget, note } from './journal';

const pending = new Map<string, Promise<void>>();
const again = new Set<string>();

/** How long the agreed answers may lag behind a burst of typing: other views read them. */
const REFRESH_DELAY_MS = 150;

/**
 * Refreshes the agreed answers after the current burst of changes: one refresh at a time per
 * round, and one more when changes came in while it ran.
 */
export function refreshSoon(roundId: string): Promise<void> {
  const running = pending.get(roundId);
  if (running) {
    again.add(roundId);
    return running;
  }
  const run: Promise<void> = new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS))
    .then(() => refreshAgreedAnswers(roundId))
    .catch(() => {
      // The document is the truth; the next change or opening refreshes again.
    })
    .finally(() => {
      pending.delete(roundId);
      if (again.delete(roundId)) void refreshSoon(roundId);
    });
  pending.set(roundId, run);
  return run;
}

/**
 * Applies a change to the live document and resolves once it is in IndexedDB. The change's Yjs
 * update is noted in the journal first (synchronously), in case the page dies before the commit.
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
  void refreshSoon(roundId);
  return durability;
}
