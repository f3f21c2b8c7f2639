import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StorageFailure } from '../storage/errors';
import { App } from './App';
import { startLanguage } from './language';
import './styles.css';

// The start page's own strings load with the shared ones, not after the page asks for them.
startLanguage(/^#?\/?$/.test(window.location.hash) ? ['start'] : []);
// Storage (Dexie, the schema upgrades, persist(), the journal replay) starts with the first view
// that may use it (App.tsx), not here: the start page reads its two settings without it.
// The service worker (offline use, update banner) exists only in the production build.
if (import.meta.env.PROD) void import('./update/register').then((m) => m.registerServiceWorker());

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
