import { describe, expect, it } from 'vitest';
import { baseURL, launchBrowserForFile } from './support/browser';
import { WAIT_MS } from './support/timeouts';

const browser = launchBrowserForFile();

/**
 * Injected before the app's scripts: notes what the page shows each time React changes it, from
 * the first time the layout's header is in the page: the level-1 headings then, and whether the
 * "Laddar …" of a view still loading was ever shown in the main area.
 */
function watchFirstRender() {
  const seen = { headings: undefined as string[] | undefined, loading: false };
  (window as unknown as { __coldLoad: typeof seen }).__coldLoad = seen;
  new MutationObserver(() => {
    if (!document.querySelector('header')) return;
    seen.headings ??= [...document.querySelectorAll('h1')].map((h) => h.textContent ?? '');
    if ([...document.querySelectorAll('main > p[role=status]')].some((p) => p.textContent === 'Laddar …'))
      seen.loading = true;
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Opens `route` cold (a new context: empty cache and storage) and returns what the page first showed. */
async function openCold(route: string, heading: string) {
  const context = await browser().newContext({ serviceWorkers: 'block' });
  context.setDefaultTimeout(WAIT_MS);
  await context.addInitScript(watchFirstRender);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseURL()}#${route}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  const seen = await page.evaluate(() => (window as unknown as { __coldLoad: unknown }).__coldLoad);
  await context.close();
  expect(errors).toEqual([]);
  return seen;
}

describe('a page opened cold', () => {
  // Its strings are asked for while the entry runs (app/strings-early.ts, preloaded with a link:
  // vite.config.ts), not after it: they arrive together with the view's code.
  it("asks for the view's strings before the entry has finished running", async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    context.setDefaultTimeout(WAIT_MS);
    const page = await context.newPage();
    await page.goto(`${baseURL()}#/om`);
    await page.getByRole('heading', { level: 1, name: 'Om eBlomlådan' }).waitFor();
    const seen = await page.evaluate(() => ({
      entryRun: performance.getEntriesByName('eblomladan:entry-run')[0]?.startTime,
      strings: performance
        .getEntriesByType('resource')
        .filter((r) => /\/(common|about)-[\w-]+\.js$/.test(r.name))
        .map((r) => ({ file: r.name.replace(/^.*\//, ''), start: r.startTime })),
    }));
    await context.close();
    expect(seen.entryRun).toBeTypeOf('number');
    expect(seen.strings).toHaveLength(2);
    for (const { file, start } of seen.strings)
      expect(start, `${file} asked for at ${start} ms, the entry ran until ${seen.entryRun}`).toBeLessThan(
        seen.entryRun!,
      );
  });

  // React holds back a view that replaces a just-shown "Laddar …" for 300 ms: a view opened by
  // its address is loaded before the first render, and shows at once with the header.
  it.each([
    ['/om', 'Om eBlomlådan'],
    ['/oppna', 'Öppna fil'],
    ['/', 'Välkommen till eBlomlådan'],
  ])('%s shows its view together with the header, never "Laddar …" first', async (route, heading) => {
    expect(await openCold(route, heading)).toEqual({ headings: [heading], loading: false });
  });
});
