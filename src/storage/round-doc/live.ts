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

/** A document opened for a view, and the release of that hold. */
export interface OpenedDoc {
  doc: Y.Doc;
  release: () => void;
}

/**
 * `prepared`: the same round's document opened before the view rendered (a cold load), shown in
 * the first render. Its hold is released once the view holds the document itself.
 */
export function useRoundDoc(roundId: string, prepared?: OpenedDoc): RoundDocState {
  const [state, setState] = useState<RoundDocState & { roundId?: string }>(() =>
    prepared ? { state: 'ready', doc: prepared.doc, version: 0, roundId } : { state: 'loading' },
  );
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
        // The prepared document is this one (y-dexie keeps one per round while it is open): the
        // view already shows it, so no second render for it.
        setState((shown) =>
          shown.state === 'ready' && shown.doc === doc && shown.roundId === roundId
            ? shown
            : { state: 'ready', doc: doc!, version: ++version, roundId },
        );
        prepared?.release();
      },
      (error: unknown) => !cancelled && setState({ state: 'failed', error, roundId }),
    );
    return () => {
      cancelled = true;
      doc?.off('update', onUpdate);
      release?.();
    };
    // `prepared` counts for the first render only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roundId]);
  // Never the previous round's document under this round's id.
  return state.state !== 'loading' && state.roundId !== roundId ? { state: 'loading' } : state;
}
