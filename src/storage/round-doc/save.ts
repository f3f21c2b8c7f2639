/**
 * Writing a change to a loaded round document from a view: checked, written (y-dexie stores it
 * at once), then reported durable — or refused — and the agreed answers refreshed for the other
 * views. The change reaches the document synchronously, so the view shows it in the same frame.
 */
import type * as Y from 'yjs';
import { refreshAgreedAnswers } from './agreed';
import { whenDurable, type Durability } from './durable';

const pending = new Map<string, Promise<void>>();
const again = new Set<string>();

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
  const run: Promise<void> = refreshAgreedAnswers(roundId)
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

/** Applies a change to the live document and resolves once it is in IndexedDB. */
export async function saveToDoc(
  roundId: string,
  doc: Y.Doc,
  change: (doc: Y.Doc) => void,
): Promise<Durability> {
  change(doc);
  const durability = await whenDurable(roundId);
  void refreshSoon(roundId);
  return durability;
}
