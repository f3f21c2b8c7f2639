import { useCallback } from 'react';
import type * as Y from 'yjs';
import { StorageRefusal } from '../../storage/errors';
import { saveToDoc } from '../../storage/round-doc/save';
import { track } from './save-status';

/**
 * Writes one change to the round's document and reports it on the "Sparat" line once it is in
 * IndexedDB; false when it was refused or the round was published meanwhile (in another tab).
 */
export function useDocSave(roundId: string, doc: Y.Doc | undefined) {
  return useCallback(
    (change: (doc: Y.Doc) => void) =>
      track(async () => {
        if (!doc) throw new StorageRefusal('not-found', `round ${roundId}`);
        if ((await saveToDoc(roundId, doc, change)) === 'locked')
          throw new StorageRefusal('locked', `round ${roundId} is published`);
      }),
    [roundId, doc],
  );
}
