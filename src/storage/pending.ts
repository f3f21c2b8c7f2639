/**
 * A journal of text that is typed but not yet in IndexedDB (comments, evidence links, the
 * respondent's name), kept in localStorage because it is written synchronously: if the page
 * is closed or crashes before the debounced save commits, the text is replayed into the
 * database at the next start. Entries are removed once their save has committed.
 */
import { StorageRefusal } from './errors';
import { saveAnswer, saveRespondent } from './responses';

export const PENDING_KEY = 'eblomladan.pending';

/** One unsaved text: which field of which indicator (or the part's respondent), and when it was typed. */
export type PendingText =
  | {
      kind: 'answer';
      roundId: string;
      sectionId: string;
      indicatorId: string;
      field: 'comment' | 'evidence';
      text: string;
      at: string;
    }
  | { kind: 'respondent'; roundId: string; sectionId: string; name: string; role: string; at: string };

const entryKey = (entry: PendingText) =>
  entry.kind === 'answer'
    ? `${entry.roundId}|${entry.sectionId}|${entry.indicatorId}|${entry.field}`
    : `${entry.roundId}|${entry.sectionId}|respondent`;

function read(): Record<string, PendingText> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PENDING_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, PendingText>)
      : {};
  } catch {
    return {};
  }
}

function write(entries: Record<string, PendingText>): void {
  try {
    if (Object.keys(entries).length === 0) localStorage.removeItem(PENDING_KEY);
    else localStorage.setItem(PENDING_KEY, JSON.stringify(entries));
  } catch {
    // localStorage full or blocked: the debounced save still runs; only crash recovery is lost.
  }
}

/** Notes text as typed, before it is saved. */
export function notePending(entry: PendingText): void {
  const entries = read();
  entries[entryKey(entry)] = entry;
  write(entries);
}

/** Forgets an entry once saved, unless newer text was typed meanwhile. */
export function clearPending(entry: PendingText): void {
  const entries = read();
  const current = entries[entryKey(entry)];
  if (current && current.at <= entry.at) {
    delete entries[entryKey(entry)];
    write(entries);
  }
}

/**
 * Saves one entry to the database. A live save always writes: the answer's time stamp covers
 * the whole answer, so an answer chosen (in this tab or another) while the text was being typed
 * is "newer" and must not make the typed text count as old. Only a replay after a crash
 * (`onlyIfNewer`) skips an entry when the stored answer changed after it was typed.
 */
export async function savePending(entry: PendingText, { onlyIfNewer = false } = {}): Promise<void> {
  const options = onlyIfNewer ? { ifOlderThan: entry.at } : {};
  if (entry.kind === 'answer') {
    await saveAnswer(
      entry.roundId,
      entry.sectionId,
      entry.indicatorId,
      { [entry.field]: entry.text || null },
      options,
    );
  } else {
    await saveRespondent(entry.roundId, entry.sectionId, { name: entry.name, role: entry.role }, options);
  }
}

/** Replays what an earlier page left unsaved; entries the database refuses (a published round) are dropped. */
export async function recoverPending(): Promise<number> {
  let recovered = 0;
  for (const entry of Object.values(read())) {
    try {
      await savePending(entry, { onlyIfNewer: true });
      recovered++;
      clearPending(entry);
    } catch (error) {
      if (error instanceof StorageRefusal) clearPending(entry);
    }
  }
  return recovered;
}
