import { useCallback, useLayoutEffect, useReducer, useRef } from 'react';

/**
 * Focus for the result of an action whose button goes away: a confirmation's "Avbryt", a deleted
 * row's "Ta bort", a form swapped for another. Without it the browser drops focus to the page body
 * and keyboard and screen-reader users start again from the top.
 *
 * `focusAfter()` moves focus to `ref`'s element after the next render, or as soon as the element
 * is in the page and `ready` is true: a result that storage reports later (a round shows as
 * published once the database says so) is focused when it appears. Give a target that is not a
 * control `tabIndex={-1}`. Ask only once the action succeeded: a request waits for its element.
 */
export function useFocusAfter<T extends HTMLElement>(ready = true) {
  const ref = useRef<T>(null);
  const wanted = useRef(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // A layout effect: focus moves in the commit that shows the element, never a task later.
  useLayoutEffect(() => {
    const node = ref.current;
    if (wanted.current && ready && node?.isConnected) {
      wanted.current = false;
      node.focus();
    }
  });
  const focusAfter = useCallback(() => {
    wanted.current = true;
    rerender();
  }, []);
  return [ref, focusAfter] as const;
}
