import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openApp, launchBrowserForFile } from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound, storedAnswers } from './support/rounds';

const browser = launchBrowserForFile();

describe('answering a round', () => {
  it('answers indicators in several parts, and after a reload everything is still there', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await chooseMunicipality(page, 'Ale');
    await expectNoAxeViolations(page);
    const roundId = await startRound(page, { year: 2025 });
    await expectNoAxeViolations(page);

    await openPart(page, roundId, 'barn-elever');
    await page.getByLabel('Namn').fill('Anna Andersson');
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
    await indicator(page, 2).getByRole('radio', { name: 'Ej aktuellt' }).check();
    await indicator(page, 3).getByLabel('Kommentar').fill('Gäller bara grundskolan');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Sparat/);
    await expectNoAxeViolations(page);

    await openPart(page, roundId, 'tekniska-forutsattningar');
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller delvis' }).check();
    await expect
      .poll(
        async () =>
          (await storedAnswers(page, roundId, 'tekniska-forutsattningar'))['e-legitimation.invanare']?.value,
      )
      .toBe('delvis');

    await page.reload();
    await indicator(page, 1).waitFor();
    expect(await indicator(page, 1).getByRole('radio', { name: 'Uppfyller delvis' }).isChecked()).toBe(true);
    await openPart(page, roundId, 'barn-elever');
    expect(await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).isChecked()).toBe(true);
    expect(await indicator(page, 2).getByRole('radio', { name: 'Ej aktuellt' }).isChecked()).toBe(true);
    expect(await indicator(page, 3).getByLabel('Kommentar').inputValue()).toBe('Gäller bara grundskolan');
    expect(await page.getByLabel('Namn').inputValue()).toBe('Anna Andersson');

    await page.getByRole('link', { name: 'Till omgångens översikt' }).first().click();
    const row = page.getByRole('row', { name: /Svara på Barn och elever/ });
    await expect.poll(() => row.textContent()).toContain('Anna Andersson');
    expect(await row.textContent()).toContain('2 av 8');
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });

  it('keeps both answers when two tabs answer different indicators of one part, and each shows the other', async () => {
    const app = await openApp(browser(), '/');
    await chooseMunicipality(app.page, 'Ale');
    const roundId = await startRound(app.page);
    const first = app.page;
    const second = await app.context.newPage();
    await openPart(first, roundId, 'barn-elever');
    await openPart(second, roundId, 'barn-elever');

    await Promise.all([
      indicator(first, 1).getByRole('radio', { name: 'Uppfyller helt' }).check(),
      indicator(second, 2).getByRole('radio', { name: 'Uppfyller inte alls' }).check(),
    ]);
    await expect
      .poll(() => indicator(first, 2).getByRole('radio', { name: 'Uppfyller inte alls' }).isChecked())
      .toBe(true);
    await expect
      .poll(() => indicator(second, 1).getByRole('radio', { name: 'Uppfyller helt' }).isChecked())
      .toBe(true);
    // The agreed answers every other view reads follow within moments.
    await expect
      .poll(async () => {
        const stored = await storedAnswers(first, roundId, 'barn-elever');
        return [stored['e-tjanst.forskoleplats']?.value, stored['skola.franvaro-anmalan']?.value];
      })
      .toEqual(['helt', 'inte-alls']);
    app.expectNoProblems();
    await app.context.close();
  });

  it('keeps a comment typed just before the page is closed', async () => {
    const app = await openApp(browser(), '/');
    await chooseMunicipality(app.page, 'Ale');
    const roundId = await startRound(app.page);
    await openPart(app.page, roundId, 'barn-elever');
    await indicator(app.page, 4).getByLabel('Kommentar').pressSequentially('Skrivet i sista sekunden');
    await app.page.close();

    const again = await app.context.newPage();
    await openPart(again, roundId, 'barn-elever');
    await expect
      .poll(() => indicator(again, 4).getByLabel('Kommentar').inputValue())
      .toBe('Skrivet i sista sekunden');
    await expect
      .poll(async () =>
        Object.values(await storedAnswers(again, roundId, 'barn-elever')).map((a) => a.comment),
      )
      .toContain('Skrivet i sista sekunden');
    app.expectNoProblems();
    await app.context.close();
  });

  it('keeps a comment typed just before the tab crashes', async () => {
    const app = await openApp(browser(), '/');
    await chooseMunicipality(app.page, 'Ale');
    const roundId = await startRound(app.page);
    await openPart(app.page, roundId, 'barn-elever');
    await indicator(app.page, 5).getByLabel('Kommentar').pressSequentially('Innan kraschen');
    // A renderer crash runs no pagehide or unload handler: only the synchronous journal survives.
    const cdp = await app.context.newCDPSession(app.page);
    const crashed = new Promise((resolve) => app.page.once('crash', resolve));
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    app.problems.length = 0; // the crash itself is reported as a page error

    const again = await app.context.newPage();
    await openPart(again, roundId, 'barn-elever');
    await expect.poll(() => indicator(again, 5).getByLabel('Kommentar').inputValue()).toBe('Innan kraschen');
    app.expectNoProblems();
    await app.context.close();
  });

  it('cannot change a published round', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await chooseMunicipality(page, 'Ale');
    const roundId = await startRound(page);
    await openPart(page, roundId, 'allmanheten');
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller delvis' }).check();
    await expect
      .poll(async () => Object.keys(await storedAnswers(page, roundId, 'allmanheten')).length)
      .toBe(1);

    await page.getByRole('link', { name: 'Till omgångens översikt' }).first().click();
    await page.getByRole('button', { name: 'Publicera omgången' }).click();
    await page.getByRole('button', { name: 'Ja, publicera' }).click();
    await page.getByText(/och är skrivskyddad/).waitFor();
    await expectNoAxeViolations(page);

    await openPart(page, roundId, 'allmanheten');
    await page.getByText('Omgången är publicerad och kan inte ändras.', { exact: false }).waitFor();
    expect(await indicator(page, 1).getByRole('radio', { name: 'Uppfyller helt' }).isDisabled()).toBe(true);
    expect(await indicator(page, 1).getByLabel('Kommentar').isDisabled()).toBe(true);
    expect(await storedAnswers(page, roundId, 'allmanheten')).toMatchObject({
      'allman.mina-sidor': { value: 'delvis' },
    });
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });
});
