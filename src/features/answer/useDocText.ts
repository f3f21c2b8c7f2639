import { useCallback, useRef, useState } from 'react';
import type { StorageProblem } from '../../storage/errors';
import { useSaveStatus } from './save-status';

/**
 * A text field written to the round document at every keystroke (no debounce; the round
 * document's journal, storage/round-doc/journal.ts, covers the moments before the commit). What
 * another tab or an import stores replaces the shown text only when it is not what this field
 * wrote itself. `unsaved` is why the
 * last write was refused (the round was published meanwhile, storage failed), until a later one
 * succeeds. Writes can finish out of order (a saved one waits for the agreed answers, a refused one
 * does not), so only the latest write's outcome counts: an earlier keystroke saved after the last
 * one was refused must not take "Inte sparad" away from words that are not saved.
 */
export function useDocText(
  stored: string,
  write: (text: string) => Promise<boolean>,
  savable: (text: string) => boolean = () => true,
): { text: string; change: (text: string) => void; unsaved: StorageProblem | undefined } {
  const [text, setText] = useState(stored);
  const [unsaved, setUnsaved] = useState<StorageProblem>();
  // The write reaches the document in the same event as the keystroke, so React renders the
  // new text, `written` and the stored value together: no flicker back to older text.
  const [written, setWritten] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  const latest = useRef(0);
  if (stored !== lastStored) {
    setLastStored(stored);
    if (stored !== written) {
      setWritten(stored);
      setText(stored);
    }
  }
  const change = useCallback(
    (next: string) => {
      setText(next);
      if (!savable(next)) return; // kept on screen only (e.g. a link not yet complete)
      setWritten(next);
      const attempt = ++latest.current;
      // A refused write records its reason in the save status (track) before it resolves.
      void write(next).then((saved) => {
        if (attempt === latest.current)
          setUnsaved(saved ? undefined : (useSaveStatus.getState().failure ?? 'unknown'));
      });
    },
    [write, savable],
  );
  return { text, change, unsaved };
}
