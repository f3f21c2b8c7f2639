/**
 * A synchronous safety net for the moments between a change and its commit: each local change
 * to a round document (its Yjs update) is noted in localStorage at once, and forgotten when
 * IndexedDB has it. If the tab crashes or is closed first, the next opening of the round's
 * document applies what is noted; Yjs applies an update once, so one that did reach IndexedDB
 * changes nothing. (localStorage is written synchronously; an IndexedDB write needs a round trip
 * that a renderer crash can cut.)
 */
import * as Y from 'yjs';
import { fromBase64, toBase64 } from './base64';
import { JOURNAL_KEY } from './journal-key';

type Journal = Record<string, string[]>;

function read(): Journal {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(JOURNAL_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Journal) : {};
  } catch {
    return {};
  }
}

function write(journal: Journal): void {
  try {
    const rounds = Object.keys(journal).filter((roundId) => journal[roundId]!.length > 0);
    if (rounds.length === 0) localStorage.removeItem(JOURNAL_KEY);
    else
      localStorage.setItem(
        JOURNAL_KEY,
        JSON.stringify(Object.fromEntries(rounds.map((r) => [r, journal[r]]))),
      );
  } catch {
    // localStorage full or blocked: the IndexedDB write still runs; only crash recovery is lost.
  }
}

/** Notes updates of a round's document; returns what to forget once they are durable. */
export function note(roundId: string, updates: readonly Uint8Array[]): string[] {
  if (updates.length === 0) return [];
  const entries = updates.map(toBase64);
  const journal = read();
  journal[roundId] = [...(journal[roundId] ?? []), ...entries];
  write(journal);
  return entries;
}

export function forget(roundId: string, entries: readonly string[]): void {
  if (entries.length === 0) return;
  const journal = read();
  const left = [...(journal[roundId] ?? [])];
  for (const entry of entries) {
    const at = left.indexOf(entry);
    if (at >= 0) left.splice(at, 1);
  }
  journal[roundId] = left;
  write(journal);
}

/** Applies what a crashed or closed page left noted for this round; returns the entries applied. */
export function replay(roundId: string, doc: Y.Doc): string[] {
  const entries = read()[roundId] ?? [];
  const applied: string[] = [];
  for (const entry of entries) {
    const update = fromBase64(entry);
    if (!update) continue;
    try {
      Y.applyUpdateV2(doc, update);
      applied.push(entry);
    } catch {
      // A damaged entry (localStorage edited by hand): left for forget() below.
      applied.push(entry);
    }
  }
  return applied;
}
