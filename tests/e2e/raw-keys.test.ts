/**
 * No raw i18next key anywhere (issue 18, item 5). A key missing in one language, or a view that
 * forgot to load a namespace, shows the key itself ("views.share.title") where the user expects
 * words; the component tests catch that per component, this walk catches it in the real build,
 * in every view and both languages, with realistic data so that tables, charts, notices and
 * follow-ups are drawn and not only the empty states.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowserForFile, openApp } from './support/browser';
import { paths } from '../../src/ui/paths';
import { collectShown, findRawKeys, openAllDetails, readKeyIndex } from './support/raw-keys';
import { chooseMunicipality, indicator, openPart, startRound } from './support/rounds';

const browser = launchBrowserForFile();
const dataset = mkdtempSync(join(tmpdir(), 'eblomladan-raw-keys-'));
afterAll(() => rmSync(dataset, { recursive: true, force: true }));

type Language = 'sv' | 'en';
const QUESTIONNAIRES = join(import.meta.dirname, '../../questionnaires');

/**
 * Real content that looks like a key (a dotted identifier), compared with the whole string and
 * never excused when it is one of our keys: the bundled questionnaires' indicator ids
 * ("skola.skolval"), which a questionnaire's page shows in <code> for those who write
 * questionnaire files. Read from the files, so a new id needs no edit here.
 */
const ALLOWED = new Set(
  readdirSync(QUESTIONNAIRES)
    .filter((name) => /^eblomladan-\d+\.json$/.test(name))
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(join(QUESTIONNAIRES, name), 'utf8')) as {
        sections: { indicators: { id: string }[] }[];
      };
      return file.sections.flatMap((section) => section.indicators.map((i) => i.id));
    }),
);

interface View {
  /** The view's name (its key in src/ui/paths.ts, and which state), for the failure message. */
  name: string;
  route: string;
  /** The view's heading in each language: proves the view itself is shown, not a crash or a stale view. */
  h1: Record<Language, string | RegExp>;
  /** What shows that the view's data has been read (live queries draw after the heading). */
  ready?: (page: Page) => Promise<unknown>;
  /** Further states of the same view to check (e.g. the guide's steps), each by its label. */
  states?: (page: Page, check: (state: string) => Promise<void>) => Promise<void>;
}

/** A heading given as text must be exactly that text. */
const pattern = (heading: string | RegExp) =>
  typeof heading === 'string' ? new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : heading;

const COMMENT = 'Ansökan finns som e-tjänst, uppsägning görs fortfarande på papper';

/** Answers the first indicators of a part (the first with a comment) and waits until they are saved. */
async function answer(
  page: Page,
  roundId: string,
  ratings: string[],
  more: { name?: string; comment?: string } = {},
) {
  await openPart(page, roundId, 'barn-elever');
  if (more.name) await page.getByLabel('Namn', { exact: true }).fill(more.name);
  for (const [i, name] of ratings.entries()) {
    await indicator(page, i + 1)
      .getByRole('radio', { name })
      .check();
  }
  if (more.comment) {
    const box = indicator(page, 1).getByRole('textbox', { name: 'Kommentar' });
    await box.fill(more.comment);
    await box.blur();
  }
  await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Sparat/);
}

/** Two rounds of Ale with answers, a plan and a published one, and three other municipalities to compare with. */
async function setUp(page: Page): Promise<{ earlier: string; later: string }> {
  await chooseMunicipality(page, 'Ale');
  const earlier = await startRound(page, { year: 2025 });
  await answer(page, earlier, ['Uppfyller delvis', 'Uppfyller inte alls', 'Uppfyller helt'], {
    name: 'Anna Andersson',
    comment: COMMENT,
  });

  // An action in the plan, so the plan, the report and the next round's follow-up have rows.
  await page.goto(`${baseURL()}#/omgangar/${earlier}/handlingsplan`);
  await page.getByRole('button', { name: /^Planera åtgärd för Vårdnadshavare kan ansöka om/ }).click();
  await page.getByRole('group', { name: 'Förslag på aktiviteter' }).getByRole('button').first().click();
  await page.getByRole('textbox', { name: 'Ansvarig' }).fill('Förvaltningschef för barn och utbildning');
  await page.getByLabel('Klart senast').fill('2025-12-31');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pågår' });
  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await page.getByRole('table', { name: 'Handlingsplanens åtgärder' }).getByRole('row').nth(1).waitFor();

  await page.goto(`${baseURL()}#/omgangar/${earlier}`);
  await page.getByRole('button', { name: 'Publicera omgången' }).click();
  await page.getByRole('button', { name: /^Ja, publicera/ }).click();
  await page.getByText(/och är skrivskyddad/).waitFor();

  // The next year's round stays a draft: both states are walked.
  const later = await startRound(page, { year: 2026 });
  await answer(page, later, ['Uppfyller helt', 'Uppfyller delvis']);

  // Three synthetic municipalities' published 2025 rounds to compare with.
  execFileSync('node', [
    join(import.meta.dirname, '../../scripts/make-national-dataset.mjs'),
    ...['--out', dataset, '--municipalities', '3', '--years', '1', '--last-year', '2025'],
  ]);
  await page.goto(`${baseURL()}#/oppna`);
  await page.getByLabel('Välj filer').setInputFiles(readdirSync(dataset).map((name) => join(dataset, name)));
  await page.getByRole('button', { name: 'Läs in' }).click();
  await page.getByText('Klart. Allt är inläst.').waitFor();
  return { earlier, later };
}

/** Every route of src/ui/paths.ts, with the data set up above. */
function views(earlier: string, later: string): View[] {
  const compareTab = (view: string) => (page: Page) =>
    page.locator(`nav.view-tabs a[aria-current="page"][href*="/jamfor/${view}/"]`).waitFor();
  // The comparison with others shows the latest round unless the address names one.
  const peersOf = (roundId: string) => async (page: Page) => {
    await expect.poll(() => page.locator('#peers-round').inputValue()).toBe(roundId);
    await page.locator('main table').first().waitFor();
  };
  const table = (page: Page) => page.locator('main table').first().waitFor();
  const flowerbox = (page: Page) => page.locator('.flowerbox__picture').first().waitFor();
  const pair = `${earlier},${later}`;
  return [
    { name: 'start', route: '/', h1: { sv: 'Välkommen till eBlomlådan', en: 'Welcome to eBlomlådan' } },
    { name: 'questionnaires', route: '/formular', h1: { sv: 'Frågeformulär', en: 'Questionnaires' } },
    {
      name: 'questionnaire 2014',
      route: '/formular/eblomladan/2014',
      h1: { sv: 'eBlomlådan 2014', en: 'eBlomlådan 2014' },
    },
    {
      name: 'questionnaire 2016',
      route: '/formular/eblomladan/2016',
      h1: { sv: 'eBlomlådan 2016', en: 'eBlomlådan 2016' },
    },
    { name: 'about', route: '/om', h1: { sv: 'Om eBlomlådan', en: 'About eBlomlådan' } },
    {
      name: 'accessibility',
      route: '/tillganglighet',
      h1: { sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' },
    },
    { name: 'chooseOrganisation', route: '/kommun', h1: { sv: 'Välj kommun', en: 'Choose municipality' } },
    { name: 'settings', route: '/installningar', h1: { sv: 'Inställningar', en: 'Settings' } },
    {
      name: 'rounds',
      route: '/omgangar',
      h1: { sv: 'Omgångar för Ale', en: 'Rounds for Ale' },
      ready: (page) => page.locator('main table tbody tr').nth(1).waitFor(),
    },
    {
      name: 'newRound',
      route: '/omgangar/ny',
      h1: { sv: 'Starta en ny omgång', en: 'Start a new round' },
      ready: (page) => page.getByRole('spinbutton').waitFor(),
    },
    {
      name: 'round (published)',
      route: `/omgangar/${earlier}`,
      h1: { sv: 'Omgång 2025', en: 'Round 2025' },
      ready: table,
    },
    {
      name: 'answer (published)',
      route: `/omgangar/${earlier}/barn-elever`,
      h1: { sv: 'Barn och elever', en: 'Children and pupils' },
      ready: (page) => indicator(page, 1).waitFor(),
    },
    {
      name: 'round (draft)',
      route: `/omgangar/${later}`,
      h1: { sv: 'Omgång 2026', en: 'Round 2026' },
      ready: table,
    },
    {
      name: 'answer (draft)',
      route: `/omgangar/${later}/barn-elever`,
      h1: { sv: 'Barn och elever', en: 'Children and pupils' },
      ready: (page) => indicator(page, 1).waitFor(),
    },
    {
      name: 'result (published)',
      route: `/blomlada/${earlier}`,
      h1: { sv: 'Blomlådan 2025', en: 'The flower box 2025' },
      ready: flowerbox,
    },
    {
      name: 'result (draft)',
      route: `/blomlada/${later}`,
      h1: { sv: 'Blomlådan 2026', en: 'The flower box 2026' },
      ready: flowerbox,
    },
    {
      name: 'plan',
      route: `/omgangar/${earlier}/handlingsplan`,
      h1: { sv: 'Handlingsplan 2025', en: 'Action plan 2025' },
      ready: table,
    },
    {
      name: 'plan (follow-up)',
      route: `/omgangar/${later}/handlingsplan`,
      h1: { sv: 'Handlingsplan 2026', en: 'Action plan 2026' },
      ready: table,
    },
    {
      name: 'report',
      route: `/omgangar/${earlier}/rapport`,
      h1: { sv: 'Rapport: Ale 2025', en: 'Report: Ale 2025' },
      ready: table,
    },
    // Without rounds in the address, the comparison shows the two latest in its first view.
    {
      name: 'compare',
      route: '/jamfor',
      h1: { sv: 'Jämför omgångar', en: 'Compare rounds' },
      ready: compareTab('andringar'),
    },
    ...(['sida-vid-sida', 'overlagg', 'lok-och-vagnar', 'trend', 'andringar'] as const).map((view) => ({
      name: `compareView ${view}`,
      route: `/jamfor/${view}/${pair}`,
      h1: { sv: 'Jämför omgångar', en: 'Compare rounds' },
      ready: compareTab(view),
    })),
    {
      name: 'peers',
      route: '/jamfor-med-andra',
      h1: { sv: 'Jämför med andra kommuner', en: 'Compare with other municipalities' },
      ready: peersOf(later),
    },
    {
      name: 'peersRound',
      route: `/jamfor-med-andra/${earlier}`,
      h1: { sv: 'Jämför med andra kommuner', en: 'Compare with other municipalities' },
      ready: peersOf(earlier),
    },
    { name: 'openFile', route: '/oppna', h1: { sv: 'Öppna fil', en: 'Open file' } },
    {
      name: 'share (published)',
      route: `/dela/${earlier}`,
      h1: { sv: 'Dela och exportera: 2025', en: 'Share and export: 2025' },
    },
    {
      name: 'share (draft)',
      route: `/dela/${later}`,
      h1: { sv: 'Dela och exportera: 2026', en: 'Share and export: 2026' },
    },
    { name: 'backup', route: '/sakerhetskopia', h1: { sv: 'Säkerhetskopia', en: 'Backup' } },
    {
      name: 'guide',
      route: '/kom-igang',
      h1: { sv: 'Kom igång med eBlomlådan', en: 'Getting started with eBlomlådan' },
      // Each step in turn, by the step list's buttons (whatever their words).
      states: async (page, check) => {
        const steps = page.locator('.guide-steps__button');
        const count = await steps.count();
        expect(count).toBeGreaterThan(1);
        for (let i = 1; i < count; i++) {
          await steps.nth(i).click();
          await expect.poll(() => steps.nth(i).getAttribute('aria-current')).toBe('step');
          await check(`step ${i + 1}`);
        }
      },
    },
    { name: 'example', route: '/exempel', h1: { sv: 'Visa ett exempel', en: 'Show an example' } },
    { name: 'help', route: '/hjalp', h1: { sv: 'Arbeta med eBlomlådan', en: 'Working with eBlomlådan' } },
    {
      name: 'helpSection',
      route: '/hjalp/scoring',
      h1: { sv: 'Arbeta med eBlomlådan', en: 'Working with eBlomlådan' },
      // Opening a section moves focus to its heading.
      ready: (page) => page.waitForFunction(() => document.activeElement?.id === 'help-scoring'),
    },
    { name: 'not found', route: '/finns-inte', h1: { sv: 'Sidan finns inte', en: 'Page not found' } },
    {
      name: 'join (malformed invitation)',
      route: '/delta/inte-en-inbjudan',
      h1: { sv: 'Gå med i en omgång live', en: 'Join a round live' },
      ready: (page) => page.getByRole('alert').waitFor(),
    },
  ];
}

describe('raw i18next keys', () => {
  it('shows no raw key in any view, in Swedish and in English', async () => {
    const keys = readKeyIndex();
    // Sanity: the index holds the keys this test is about, so an empty folder cannot pass it.
    expect(keys.dotted.has('common:nav.start')).toBe(true);
    expect(keys.dotted.has('nav.start')).toBe(true);

    // Every route of the app is walked: a new one added to paths.ts must be added here too.
    const unwalked = Object.entries(paths).filter(([, path]) => {
      const route = new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
      return !views('a-round', 'another').some((view) => route.test(view.route));
    });
    expect(unwalked.map(([name]) => name)).toEqual([]);

    const app = await openApp(browser(), '/');
    const { page } = app;
    const { earlier, later } = await setUp(page);
    const walk = views(earlier, later);
    const heading = page.getByRole('heading', { level: 1 });
    const found: string[] = [];
    /** Opens every disclosure and notes each shown string that is a raw key, under `label`. */
    const check = async (label: string) => {
      await openAllDetails(page);
      for (const problem of findRawKeys(await collectShown(page), keys, ALLOWED)) {
        found.push(`${label}: ${problem}`);
      }
    };
    const expectLanguage = (language: Language, label: string) =>
      expect
        .poll(() => page.evaluate(() => document.documentElement.lang), { message: `${label}: <html lang>` })
        .toBe(language);

    for (const language of ['sv', 'en'] as const) {
      if (language === 'en') await page.getByRole('button', { name: 'In English' }).click();
      for (const view of walk) {
        const label = `${view.name} (${language}, #${view.route})`;
        await page.goto(`${baseURL()}#${view.route}`);
        await expect
          .poll(() => heading.allTextContents(), { message: `${label}: its heading` })
          .toEqual([expect.stringMatching(pattern(view.h1[language]))]);
        await view.ready?.(page).catch(async (error: Error) => {
          const shown = await page.locator('main').innerText();
          throw new Error(`${label}: its content did not come (${error.message})\nThe page shows:\n${shown}`);
        });
        await expectLanguage(language, label);
        await check(label);
        await view.states?.(page, (state) => check(`${view.name}, ${state} (${language}, #${view.route})`));
      }
    }

    // The example lives in a database of its own and shows a banner on every view while it is on.
    await page.goto(`${baseURL()}#/exempel`);
    await page.getByRole('button', { name: 'Show the example' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rounds for Exempelkommun' }).waitFor();
    await page.getByRole('region', { name: 'Example' }).waitFor();
    // The heading comes before the rounds are read: header and three rounds.
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(4);
    await expectLanguage('en', 'example');
    await check('example, rounds (en, #/omgangar)');
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Omgångar för Exempelkommun' }).waitFor();
    const banner = page.getByRole('region', { name: 'Exempel' });
    await banner.waitFor();
    await expectLanguage('sv', 'example');
    await check('example, rounds (sv, #/omgangar)');
    await banner.getByRole('button', { name: 'Ta bort exemplet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }).waitFor();

    expect(found, found.join('\n')).toEqual([]);
    app.expectNoProblems();
    await app.context.close();
  });
});
