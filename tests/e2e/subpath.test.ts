import { afterEach, describe, expect, it } from 'vitest';
import { launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound, storedAnswers } from './support/rounds';
import { serveDist, type StaticServer } from './support/static-server';

const browser = launchBrowserForFile();
const SUB_PATH = '/verktyg/eblomladan/';

let server: StaticServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('served under a sub-path of a plain static web server', () => {
  it('completes a journey, keeps the answer over a reload, and installs within the sub-path', async () => {
    server = await serveDist(SUB_PATH);
    const base = server.url;
    const app = await openApp(browser(), '/', { base, serviceWorkers: 'allow' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }).waitFor();

    await chooseMunicipality(page, 'Ale', base);
    const roundId = await startRound(page, { base });
    await openPart(page, roundId, 'barn-elever', base);
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
    await expect
      .poll(async () => (await storedAnswers(page, roundId, 'barn-elever'))['e-tjanst.forskoleplats']?.value)
      .toBe('helt');
    await page.reload();
    await indicator(page, 1).waitFor();
    expect(await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).isChecked()).toBe(true);

    // The service worker is registered for the sub-path and nothing wider. Once it is active, a
    // reload is served by it. (Waiting for a controller on the reload above raced: a worker that
    // activated while that reload was on its way claims no page, so none was ever controlled.)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await indicator(page, 1).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    const worker = await page.evaluate(async () => ({
      scope: (await navigator.serviceWorker.getRegistration())?.scope,
      script: navigator.serviceWorker.controller?.scriptURL,
    }));
    expect(worker).toEqual({ scope: base, script: `${base}sw.js` });

    // Chromium reads the manifest without errors (and under the page's CSP) and finds the app
    // installable; the only objection left is that test contexts are incognito windows.
    const cdp = await app.context.newCDPSession(page);
    const read = await cdp.send('Page.getAppManifest', {});
    expect(read.errors).toEqual([]);
    const manifestUrl = read.url;
    expect(manifestUrl).toBe(`${base}manifest.webmanifest`);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

    // The manifest, its start page and its icons resolve inside the sub-path.
    const manifest = JSON.parse(read.data!) as {
      name: string;
      lang: string;
      start_url: string;
      scope: string;
      icons: { src: string; type: string }[];
    };
    expect(manifest.name).toBe('eBlomlådan');
    expect(manifest.lang).toBe('sv');
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(base);
    expect(new URL(manifest.scope, manifestUrl).href).toBe(base);
    expect(manifest.icons.map((i) => i.type)).toContain('image/png');
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type']).toBe(icon.type);
    }

    // Neither the page nor its service worker asked for anything outside the sub-path.
    expect(server.requests.filter((path) => !path.startsWith(SUB_PATH))).toEqual([]);
    app.expectNoProblems();
    await app.context.close();
  });
});
