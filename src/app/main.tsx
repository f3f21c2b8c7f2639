// First: the view at this address, and then its strings, start downloading before the rest of
// the entry is evaluated.
import './view-early';
import './strings-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useStorageHealth } from '../state/storage-health';
import { StorageFailure } from '../storage/errors';
import { App, routeAt } from './App';
import { startLanguage } from './language';
import { preloadLayout } from './Layout';
import { hashLocation } from './route-pattern';
import './styles.css';

// The view at this address starts loading now, with its strings, the shared ones and (for a view
// that uses data) storage; the start page needs no storage: it reads its two settings without it.
const route = routeAt(hashLocation(window.location.hash));
const language = startLanguage(route.namespaces);
const ready = Promise.all([language.ready, route.preload(), preloadLayout()]);

/**
 * Settles when storage raises an alert: a database blocked by another tab never finishes opening,
 * and the page must then show the banner that says so rather than wait for it.
 */
const storageAlert = new Promise<void>((resolve) => {
  if (useStorageHealth.getState().alert) resolve();
  const stop = useStorageHealth.subscribe(({ alert }) => {
    if (alert) resolve();
  });
  void ready.then(stop, stop);
});

// React renders once the view is in, so no Suspense boundary shows a fallback on a cold load:
// React holds back the content of a boundary that just showed one for 300 ms. A view that fails
// to load renders anyway, and its error boundary says so.
void Promise.race([ready, storageAlert])
  .catch(() => undefined)
  .then(() => {
    createRoot(document.getElementById('root')!, {
      // A storage failure is a state a view explains in words (storage/StorageBoundary.tsx), not a
      // bug, so it is not logged; other caught errors (the crash view's) are, as React does by default.
      onCaughtError: (error) => {
        if (!(error instanceof StorageFailure)) console.error(error);
      },
    }).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    // The service worker (offline use, update banner) exists only in the production build; its
    // chunk loads after the view's, not among them.
    if (import.meta.env.PROD) void import('./update/register').then((m) => m.registerServiceWorker());
  });

// The end of the entry's own run, to read a cold load's timeline against (what must be asked for
// before it: tests/e2e/cold-load.test.ts).
performance.mark('eblomladan:entry-run');
