/**
 * How long a browser test waits for something a user would notice before it fails: one number
 * for every wait. Vitest's `expect.poll` gives up after 1 s by default, and on a loaded two-core
 * machine (a build or another engineer's tests beside this run) a lazy view, an IndexedDB commit
 * or the service worker's install take several seconds. A generous limit costs nothing when the
 * app is quick, because every wait ends as soon as its condition holds; it only decides how
 * long a real failure takes to report.
 *
 * Used as the default of `expect.poll` (vitest.config.ts, e2e project) and of every Playwright
 * wait and action (`locator.waitFor`, `waitForURL`, `waitForFunction`, clicks, navigation) through
 * the context's default timeouts in `openApp`.
 */
export const WAIT_MS = 30_000;

/** A browser test may wait for several things in turn; it fails only past this. */
export const TEST_MS = 4 * WAIT_MS;
