import { lazy, useState, type ComponentType } from 'react';

/** A component loaded on demand that can be started before it is rendered. */
export type LazyView<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * Like React.lazy, but `preload()` starts the load before the component renders, and one that
 * mounts after its module has arrived renders at once, without suspending. A view started before
 * the first render (main.tsx) then shows no fallback: React holds back the content of a Suspense
 * boundary that has just shown its fallback for 300 ms, which on a cold load cost about as much
 * as everything else together. Otherwise it suspends as React.lazy does.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function LazyView(props: P) {
    // Decided once per mount: switching from Lazy to the module itself would mount it anew.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(LazyView, { preload });
}
