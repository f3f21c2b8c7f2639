import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openApp, launchBrowserForFile } from './support/browser';

const browser = launchBrowserForFile();

const VIEWS = [
  { route: '/', sv: 'Välkommen till eBlomlådan', en: 'Welcome to eBlomlådan' },
  { route: '/formular/eblomladan/2014', sv: 'eBlomlådan 2014', en: 'eBlomlådan 2014' },
  { route: '/formular/eblomladan/2016', sv: 'eBlomlådan 2016', en: 'eBlomlådan 2016' },
  { route: '/om', sv: 'Om eBlomlådan', en: 'About eBlomlådan' },
  { route: '/tillganglighet', sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' },
  { route: '/oppna', sv: 'Öppna fil', en: 'Open file' },
  { route: '/sakerhetskopia', sv: 'Säkerhetskopia', en: 'Backup' },
  { route: '/finns-inte', sv: 'Sidan finns inte', en: 'Page not found' },
];

describe('every view', () => {
  for (const view of VIEWS) {
    it(`${view.route} opens in Swedish and English with no axe violation, error or foreign request`, async () => {
      const app = await openApp(browser(), view.route);
      const { page } = app;
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(view.sv);
      await page
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await expectNoAxeViolations(page);
      expect(
        await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).count(),
      ).toBe(1);

      await page.getByRole('button', { name: 'In English' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(view.en);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await expectNoAxeViolations(page);
      app.expectNoProblems();
      await app.context.close();
    });
  }

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    for (const route of ['/', '/formular/eblomladan/2016', '/tillganglighet']) {
      const app = await openApp(browser(), route, { viewport: { width: 320, height: 640 } });
      await app.page.getByRole('heading', { level: 1 }).waitFor();
      await app.page
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const width = await app.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, route).toBeLessThanOrEqual(320);
      app.expectNoProblems();
      await app.context.close();
    }
  });
});
