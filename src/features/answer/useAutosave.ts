import { useCallback, useEffect, useRef, useState } from 'react';
import { clearPending, notePending, savePending, type PendingText } from '../../storage/pending';
import { track, useSaveStatus } from './save-status';

/** Delay after the last keystroke before typed text is written to IndexedDB. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Text that saves itself: every keystroke is journalled synchronously (storage/pending.ts),
 * the database write follows after a short pause, on blur, when the page is hidden or closed,
 * and when the component goes away. While nothing is pending, a change stored by another tab
 * replaces the shown text.
 */
export function useAutosave(
  stored: string,
  toEntry: (text: string, at: string) => PendingText | undefined,
): { text: string; change: (text: string) => void; flush: () => void } {
  const [text, setText] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const pending = useRef<PendingText | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latestToEntry = useRef(toEntry);
  useEffect(() => {
    latestToEntry.current = toEntry;
  });

  // Adopt what another tab (or a replayed journal) stored, unless the user is typing here.
  const [lastStored, setLastStored] = useState(stored);
  if (stored !== lastStored) {
    setLastStored(stored);
    if (!dirty) setText(stored);
  }

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const entry = pending.current;
    if (!entry) return;
    pending.current = undefined;
    useSaveStatus.getState().setTyping(false);
    void track(async () => {
      await savePending(entry);
      clearPending(entry);
    }).finally(() => {
      if (!pending.current) setDirty(false);
    });
  }, []);

  const change = useCallback(
    (next: string) => {
      setText(next);
      setDirty(true);
      const entry = latestToEntry.current(next, new Date().toISOString());
      if (!entry) return; // not savable as it stands (e.g. an invalid link): keep it on screen only
      pending.current = entry;
      notePending(entry);
      useSaveStatus.getState().setTyping(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { text, change, flush };
}
