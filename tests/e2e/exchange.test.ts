import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';
import { download, dumpDatabase, pickFiles, type SavedFile } from './support/files';
import { chooseMunicipality, indicator, openPart, startRound } from './support/rounds';

const browser = launchBrowserForFile();

/** Drops files on the drop zone of "Öppna fil", as dragging them from the desktop does. */
async function dropFiles(page: Page, files: SavedFile[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.content], f.name, { type: 'application/json' }));
    return transfer;
  }, files);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
}

interface StoredAnswer {
  value?: string;
  comment?: string;
  answeredBy?: string;
  updatedAt: string;
}

async function answersOf(page: Page, roundId: string) {
  const dump = await dumpDatabase(page);
  const responses = dump.responses as {
    roundId: string;
    sectionId: string;
    answers: Record<string, StoredAnswer>;
  }[];
  return Object.fromEntries(
    responses.filter((r) => r.roundId === roundId).map((r) => [r.sectionId, r.answers]),
  );
}

/** A respondent in their own browser: opens the hand-out, answers, and saves a response file. */
async function respond(
  assignment: SavedFile,
  roundId: string,
  sectionId: string,
  name: string,
  answers: [number, string][],
) {
  const app = await openApp(browser(), '/');
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'Öppna fil' }).click();
  await pickFiles(page, [assignment]);
  await expect
    .poll(() => page.getByText(/En tilldelad kopia av omgången 2025 för Ale skapas/).count())
    .toBe(1);
  await page.getByText(`Delarna är utdelade till ${name}; bedömningarna görs i det namnet.`).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Läs in' }).click();
  await page.getByText('Klart. Allt är inläst.').waitFor();
  await expectNoAxeViolations(page);

  await openPart(page, roundId, sectionId);
  // The copy rates in the name the coordinator handed it out to.
  await expect.poll(() => page.getByLabel('Namn').inputValue()).toBe(name);
  for (const [n, option] of answers) await indicator(page, n).getByRole('radio', { name: option }).check();
  await expect.poll(() => page.locator('.save-line').textContent()).toMatch(/^Sparat/);
  await page.getByRole('link', { name: 'Skicka tillbaka svaren' }).click();
  await expectNoAxeViolations(page);
  const file = await download(page, 'Spara svarsfil');
  app.expectNoProblems();
  await app.context.close();
  return file;
}

describe('working together through files', () => {
  it('hands out two parts by name, merges both answers keeping who rated what, and settles a difference', async () => {
    const coordinator = await openApp(browser(), '/');
    const { page } = coordinator;
    await chooseMunicipality(page, 'Ale');
    const roundId = await startRound(page, { year: 2025 });
    await page.getByRole('link', { name: 'Dela ut delar, lägg in svar och exportera' }).click();
    await page.getByRole('heading', { level: 1, name: /^Dela och exportera/ }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Spara tilldelningsfil' }).click();
    await page.getByRole('alert').filter({ hasText: 'Välj minst en del.' }).waitFor();
    await page.getByRole('checkbox', { name: 'Barn och elever' }).check();
    await page.getByRole('button', { name: 'Spara tilldelningsfil' }).click();
    await page.getByText('Skriv namnet på den som delarna lämnas ut till.').waitFor();
    await page.getByLabel('Lämnas ut till (namn)').fill('Anna Andersson');
    await page.getByLabel(/^Roll/).fill('Förvaltningschef');
    const toSchools = await download(page, 'Spara tilldelningsfil');
    await page.getByRole('checkbox', { name: 'Barn och elever' }).uncheck();
    await page.getByRole('checkbox', { name: 'Tekniska förutsättningar' }).check();
    await page.getByLabel('Lämnas ut till (namn)').fill('Ivar Isaksson');
    await page.getByLabel(/^Roll/).fill('IT-strateg');
    const toIt = await download(page, 'Spara tilldelningsfil');
    expect(JSON.parse(toSchools.content)).toMatchObject({
      format: 'eblomladan.assignment/2',
      sectionIds: ['barn-elever'],
      recipient: { name: 'Anna Andersson', role: 'Förvaltningschef' },
    });

    // After handing out, the coordinator rates one indicator the head of schools also rates.
    await openPart(page, roundId, 'barn-elever');
    await page.getByLabel('Namn').fill('Kim Koordinator');
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller inte alls' }).check();
    await expect
      .poll(async () => (await answersOf(page, roundId))['barn-elever']?.['e-tjanst.forskoleplats']?.value)
      .toBe('inte-alls');

    const fromSchools = await respond(toSchools, roundId, 'barn-elever', 'Anna Andersson', [
      [1, 'Uppfyller helt'],
      [2, 'Uppfyller delvis'],
    ]);
    const fromIt = await respond(toIt, roundId, 'tekniska-forutsattningar', 'Ivar Isaksson', [
      [1, 'Uppfyller delvis'],
    ]);

    await page.getByRole('navigation').getByRole('link', { name: 'Öppna fil' }).click();
    await dropFiles(page, [fromSchools, fromIt]);
    await page.getByText('Anna Andersson: 2 nya bedömningar och 0 ändrade bedömningar.').waitFor();
    await page.getByText('Ivar Isaksson: 1 ny bedömning och 0 ändrade bedömningar.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Slå ihop' }).click();
    await page.getByText('Klart. Allt är inläst.').waitFor();
    await expectNoAxeViolations(page);

    const given = async (section: string) =>
      Object.fromEntries(
        Object.entries((await answersOf(page, roundId))[section] ?? {}).map(([id, a]) => [
          id,
          { value: a.value, answeredBy: a.answeredBy },
        ]),
      );
    // The coordinator and the head of schools rated indicator 1 differently: it has no agreed
    // answer until it is settled.
    await expect
      .poll(() => given('barn-elever'))
      .toEqual({
        'skola.franvaro-anmalan': { value: 'delvis', answeredBy: 'Anna Andersson' },
      });
    expect(await given('tekniska-forutsattningar')).toEqual({
      'e-legitimation.invanare': { value: 'delvis', answeredBy: 'Ivar Isaksson' },
    });

    // The same files again change nothing.
    const before = await dumpDatabase(page);
    await page.getByRole('button', { name: 'Öppna fler filer' }).click();
    await pickFiles(page, [fromSchools, fromIt]);
    await page.getByText('Filerna innehåller inget som inte redan finns här. Ingenting ändras.').waitFor();
    expect(await page.getByRole('button', { name: 'Slå ihop' }).count()).toBe(0);
    expect(await dumpDatabase(page)).toEqual(before);

    // The coordinator settles the difference in the part.
    await openPart(page, roundId, 'barn-elever');
    await page.getByText('Bedömningarna skiljer sig och ingen gemensam bedömning är vald.').waitFor();
    await page
      .getByLabel('Välj gemensam bedömning för indikator 1')
      .selectOption({ label: 'Uppfyller helt' });
    await page.getByRole('button', { name: 'Spara gemensam bedömning' }).first().click();
    await expect
      .poll(async () => (await answersOf(page, roundId))['barn-elever']?.['e-tjanst.forskoleplats']?.value)
      .toBe('helt');
    await expectNoAxeViolations(page);

    coordinator.expectNoProblems();
    await coordinator.context.close();
  });

  it('backs up everything, restores it into an empty browser exactly, and shows the date of the last backup', async () => {
    const first = await openApp(browser(), '/');
    await chooseMunicipality(first.page, 'Ale');
    const roundId = await startRound(first.page, { year: 2024 });
    await openPart(first.page, roundId, 'allmanheten');
    await first.page.getByLabel('Namn').fill('Åsa <b>Öberg</b>');
    await indicator(first.page, 1).getByRole('radio', { name: 'Uppfyller delvis' }).check();
    await indicator(first.page, 1).getByLabel('Kommentar').fill('=SUMMA(A1) "citat"; semikolon');
    await expect.poll(() => first.page.getByRole('status').textContent()).toMatch(/^Sparat/);

    await first.page.goto(`${first.page.url().split('#')[0]}#/installningar`);
    await first.page.getByText('Ingen säkerhetskopia har sparats i den här webbläsaren.').waitFor();
    await first.page.getByRole('link', { name: 'Spara säkerhetskopia' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Säkerhetskopia' }).waitFor();
    await expectNoAxeViolations(first.page);
    const backup = await download(first.page, 'Spara säkerhetskopia');
    await first.page.getByText(/^Senaste säkerhetskopian: /).waitFor();
    const original = await dumpDatabase(first.page);
    expect((original.rounds as unknown[]).length).toBe(1);
    first.expectNoProblems();
    await first.context.close();

    const second = await openApp(browser(), '/oppna');
    const { page } = second;
    await page.getByRole('heading', { level: 1, name: 'Öppna fil' }).waitFor();
    await expectNoAxeViolations(page);
    await pickFiles(page, [backup]);
    const table = page.getByRole('table', { name: 'Vad säkerhetskopian lägger till och ersätter' });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /^Omgångar 1 0 0$/ }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page.getByText('Klart. Allt är inläst.').waitFor();
    // Every table as it was, the round's document included; only the id of the last update row
    // the agreed answers were worked out from differs, since the document is written as one row.
    const comparable = ({ roundDocs, ...tables }: Record<string, unknown[]>) => ({
      ...tables,
      roundDocs: (roundDocs as { seen?: number }[]).map(({ seen: _seen, ...row }) => row),
    });
    await expect.poll(async () => comparable(await dumpDatabase(page))).toEqual(comparable(original));

    await page.goto(`${page.url().split('#')[0]}#/installningar`);
    await page.getByText(/^Senaste säkerhetskopian: /).waitFor();
    await page.goto(`${page.url().split('#')[0]}#/omgangar/${roundId}/allmanheten`);
    // The backup brings who used that browser too: here she goes on rating as herself.
    await expect.poll(() => page.getByLabel('Namn').inputValue()).toBe('Åsa <b>Öberg</b>');
    await expect
      .poll(() => indicator(page, 1).getByLabel('Kommentar').inputValue())
      .toBe('=SUMMA(A1) "citat"; semikolon');
    second.expectNoProblems();
    await second.context.close();
  });

  it('shares a published round with another municipality, which keeps it apart from its own rounds', async () => {
    const ale = await openApp(browser(), '/');
    await chooseMunicipality(ale.page, 'Ale');
    const roundId = await startRound(ale.page, { year: 2025 });
    await openPart(ale.page, roundId, 'barn-elever');
    await ale.page.getByLabel('Namn').fill('Anna Andersson');
    await indicator(ale.page, 1).getByRole('radio', { name: 'Uppfyller helt' }).check();
    await indicator(ale.page, 1).getByLabel('Kommentar').fill('Intern kommentar');
    await expect.poll(() => ale.page.getByRole('status').textContent()).toMatch(/^Sparat/);
    await ale.page.getByRole('link', { name: 'Till omgångens översikt' }).first().click();
    await ale.page.getByRole('button', { name: 'Publicera omgången' }).click();
    await ale.page.getByRole('button', { name: /^Ja, publicera/ }).click();
    await ale.page.getByText(/^Omgången är publicerad\. Spara en säkerhetskopia nu/).waitFor();
    await ale.page.getByRole('link', { name: 'Dela ut delar, lägg in svar och exportera' }).click();
    await ale.page.getByRole('heading', { level: 2, name: 'Dela med andra kommuner' }).waitFor();
    await expectNoAxeViolations(ale.page);
    const shared = await download(ale.page, 'Spara omgången som fil');
    expect(JSON.parse(shared.content)).toMatchObject({ format: 'eblomladan.round/1' });
    expect(shared.content).not.toMatch(/Anna Andersson|Intern kommentar/);
    ale.expectNoProblems();
    await ale.context.close();

    const other = await openApp(browser(), '/');
    await chooseMunicipality(other.page, 'Alingsås');
    await other.page.getByRole('navigation').getByRole('link', { name: 'Öppna fil' }).click();
    await pickFiles(other.page, [shared]);
    await other.page
      .getByText('Den publicerade omgången 2025 för Ale läggs till som jämförelseunderlag.')
      .waitFor();
    await other.page.getByRole('button', { name: 'Läs in' }).click();
    await other.page.getByText('Klart. Allt är inläst.').waitFor();
    const dump = await dumpDatabase(other.page);
    expect(dump.rounds).toEqual([]);
    expect(dump.referenceRounds).toMatchObject([
      {
        id: roundId,
        organisationCode: '1440',
        year: 2025,
        answers: { 'barn-elever': { 'e-tjanst.forskoleplats': 'helt' } },
      },
    ]);
    other.expectNoProblems();
    await other.context.close();
  });

  it('exports a round as CSV for a Swedish Excel and refuses a broken file without saving anything', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    await chooseMunicipality(page, 'Ale');
    const roundId = await startRound(page, { year: 2025 });
    await openPart(page, roundId, 'barn-elever');
    await indicator(page, 1).getByRole('radio', { name: 'Uppfyller delvis' }).check();
    await indicator(page, 1).getByLabel('Kommentar').fill('=1+1');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Sparat/);
    await page.goto(`${page.url().split('#')[0]}#/dela/${roundId}`);
    const csv = await download(page, 'Exportera CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.content.startsWith('\uFEFF"Kommunkod";"År";')).toBe(true);
    expect(csv.content).toContain(`"1440";2025;"";"Barn och elever";"Blomma";"e-tjanst.forskoleplats";`);
    expect(csv.content).toContain(`"Uppfyller delvis";0,5;"'=1+1";`);

    const before = await dumpDatabase(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Öppna fil' }).click();
    await pickFiles(page, [{ name: 'trasig.json', content: '{"format": "eblomladan.backup/1",' }]);
    const refused = page.getByRole('alert').filter({ hasText: 'trasig.json kan inte läsas in' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      'Filen är inte giltig JSON: felet finns på rad 1, kolumn 34.',
    );
    await pickFiles(page, [{ name: 'ny.json', content: '{"format": "eblomladan.backup/3"}' }]);
    await page.getByText(/Filen är skapad av en nyare version av eBlomlådan/).waitFor();
    await expectNoAxeViolations(page);
    expect(await dumpDatabase(page)).toEqual(before);
    app.expectNoProblems();
    await app.context.close();
  });
});
