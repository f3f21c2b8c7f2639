/**
 * Registers the service worker (production builds only: main.tsx imports this behind
 * `import.meta.env.PROD`). A new version found on the server is installed in the background and
 * then waits; the banner asks the user, and the page reloads only when they agree. The reload is
 * an ordinary `location.reload()`, so `pagehide` runs as usual, and a change being typed is
 * already in the localStorage journal (storage/round-doc/journal.ts), applied from there at the
 * next opening at worst.
 *
 * workbox-window is used directly rather than vite-plugin-pwa's `virtual:pwa-register`: that
 * helper reloads only if the page was controlled when it loaded, so a first visit that stays
 * open until the next deployment would never reload after the user agreed.
 */
import { Workbox } from 'workbox-window';
import { useUpdate } from './update-state';

/** How often a long-open page asks the server for a new version (the browser also does on each load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // Relative to the page: the worker and its scope follow whatever folder the app is served from.
  const workbox = new Workbox('./sw.js', { scope: './' });
  let agreed = false;

  // A new version is installed and waits (found now, or already waiting when the page loaded).
  workbox.addEventListener('waiting', () => {
    useUpdate.getState().offer(() => {
      agreed = true;
      useUpdate.getState().start();
      void navigator.serviceWorker.getRegistration().then((registration) => {
        if (registration?.waiting) workbox.messageSkipWaiting();
        // Already activated by the user's word in another tab: this tab only needs the reload.
        else window.location.reload();
      });
    });
  });
  // The new version has taken over: reload this page if its user agreed; another tab's user
  // agreeing leaves this page alone, with the banner still offering the reload.
  workbox.addEventListener('controlling', () => {
    if (agreed) window.location.reload();
  });

  void workbox
    .register()
    .then((registration) => {
      if (!registration) return;
      setInterval(() => {
        // Offline, or the server is away: try again at the next interval.
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, CHECK_EVERY_MS);
    })
    .catch(() => undefined); // no service worker (e.g. a private window): the app runs online only
}
