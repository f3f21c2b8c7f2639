/**
 * A draft round's document for a view: opened when the view needs it, re-rendered on every
 * change (from this tab, another tab or an import), released when the view goes away.
 */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { openRoundDoc } from './load';

export type RoundDocState =
  | { state: 'loading' }
  | { state: 'ready'; doc: Y.Doc; version: number }
  | { state: 'failed'; error: unknown };

export function useRoundDoc(roundId: string): RoundDocState {
  const [state, setState] = useState<RoundDocState & { roundId?: string }>({ state: 'loading' });
  useEffect(() => {
    let release: (() => void) | undefined;
    let cancelled = false;
    let version = 0;
    let doc: Y.Doc | undefined;
    const onUpdate = () => setState({ state: 'ready', doc: doc!, version: ++version, roundId });
    openRoundDoc(roundId).then(
      (opened) => {
        if (cancelled) return opened.release();
        release = opened.release;
        doc = opened.doc;
        doc.on('update', onUpdate);
        onUpdate();
      },
      (error: unknown) => !cancelled && setState({ state: 'failed', error, roundId }),
    );
    return () => {
      cancelled = true;
      doc?.off('update', onUpdate);
      release?.();
    };
  }, [roundId]);
  // Never the previous round's document under this round's id.
  return state.state !== 'loading' && state.roundId !== roundId ? { state: 'loading' } : state;
}
