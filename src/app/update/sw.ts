/**
 * The service worker (built by vite-plugin-pwa's injectManifest strategy into `dist/sw.js`, never
 * loaded in dev or tests). It precaches the whole build, including the bundled questionnaires,
 * so the app opens with the network off after one visit. A new version waits until the user
 * agrees in the app's update banner (a `SKIP_WAITING` message from workbox-window).
 *
 * The questionnaires are fetched network first: a municipality may add a file to a deployed copy
 * (docs/questionnaire-format.md), and a precached `index.json` alone would hide it. Offline, the
 * last copy fetched is used, or the precached one.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

// Only what this file uses of ServiceWorkerGlobalScope: the program is typed with the DOM library,
// and the WebWorker library cannot be added to it without clashing.
declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  location: Location;
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

const questionnaires = new URL('questionnaires/', self.registration.scope).href;

registerRoute(
  ({ url }) => url.href.startsWith(questionnaires),
  new NetworkFirst({
    cacheName: 'eblomladan-questionnaires',
    networkTimeoutSeconds: 5,
    plugins: [{ handlerDidError: async ({ request }) => matchPrecache(request) }],
  }),
);

// Hash routing: the only page is index.html, so no navigation fallback is needed; any query
// string on it (a tracking parameter in a shared link) still finds the precached copy.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// The first install takes over the open page at once, so it works offline without a reload.
// Later versions wait for the user: skipWaiting only on their word.
clientsClaim();
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
