/**
 * One figure per number: for the same pair of rounds, every view that shows a part's change
 * (Förändringar, Trend, Lok och vagnar, the report, the comparison CSV) shows the same change,
 * every view that shows a part's score shows the same score, and the result view and the report
 * name the same strongest parts and largest gaps. The figures are written out by hand, so a
 * view that computes its own number fails here even if it agrees with itself.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { saveAnswer } from '../../src/storage/responses';
import { startRound } from '../../src/storage/rounds';
import { saveOrganisation } from '../../src/storage/settings';
import type * as Download from '../../src/ui/download';
import { renderApp } from './render-app';
import { bundled } from './round-fixtures';

// The comparison CSV is read where the app hands it to the browser's download, so no global
// (URL.createObjectURL) has to be replaced.
const downloads = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('../../src/ui/download', async (original) => ({
  ...(await original<typeof Download>()),
  downloadFile: (blob: Blob, name: string) => void downloads.push({ blob, name }),
}));

type Version = '2014' | '2016';

/** A round of Ale with the given answers; `all` answers every indicator of a part first. */
async function roundWith(
  year: number,
  version: Version,
  answers: Record<string, { all?: string; some?: Record<string, string> }>,
) {
  const questionnaire: Questionnaire = bundled(version);
  const round = await startRound({
    organisationCode: '1440',
    year,
    label: '',
    questionnaire,
    source: 'bundled',
  });
  for (const [sectionId, { all, some = {} }] of Object.entries(answers)) {
    const section = questionnaire.sections.find((s) => s.id === sectionId)!;
    for (const indicator of section.indicators) {
      const value = some[indicator.id] ?? all;
      if (value) await saveAnswer(round.id, sectionId, indicator.id, { value });
    }
  }
  return round;
}

interface PartFigures {
  /** The part's title in the later round. */
  part: string;
  /** The later round's own score of the part, as the flower box shows it. */
  score: string;
  /** The change as every view writes it. */
  change: string;
  /** Both means over the compared pairs, when there is a change. */
  means?: [string, string];
  compared: number;
  total: number;
  /** The part's row in the comparison CSV, as a spreadsheet gets it. */
  csv: string;
}

interface Expected {
  earlier: string;
  later: string;
  laterId: string;
  earlierId: string;
  parts: PartFigures[];
  strongest: string[];
  gaps: string[];
}

const text = (element: Element) => element.textContent ?? '';
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map(text);
/** The row whose heading is the part's title. */
function rowOf(table: HTMLElement, part: string): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader')?.textContent === part);
  if (!row) throw new Error(`no row for ${part} in ${table.querySelector('caption')?.textContent}`);
  return row;
}

/** One view at a time: the app of the view before is unmounted, so no table is found twice. */
async function show(route: string) {
  cleanup();
  await renderApp(route);
}

/** Renders each view of the pair and checks that it shows the expected figures. */
async function expectOneFigureEverywhere(x: Expected) {
  const user = userEvent.setup();
  const pair = `${x.earlierId},${x.laterId}`;
  const basis = (p: PartFigures) => `${p.compared} av ${p.total} indikatorer`;
  const withMeans = (p: PartFigures) => (p.means ? `${p.means[0]} → ${p.means[1]} på ${basis(p)}` : basis(p));

  // Förändringar: earlier mean, later mean, change, basis.
  await show(`/jamfor/andringar/${pair}`);
  const changes = await screen.findByRole('table', { name: `Förändring per del, ${x.earlier} → ${x.later}` });
  for (const p of x.parts) {
    expect(cells(rowOf(changes, p.part)), `Förändringar, ${p.part}`).toEqual([
      p.means?.[0] ?? '–',
      p.means?.[1] ?? '–',
      p.change,
      basis(p),
    ]);
  }

  // The comparison CSV, written from the same view.
  downloads.length = 0;
  await user.click(screen.getByRole('button', { name: 'Exportera jämförelsen som CSV' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  const csv = await downloads[0]!.blob.text();
  for (const p of x.parts) expect(csv, `CSV, ${p.part}`).toContain(`\r\n${p.csv}\r\n`);

  // Trend: the step between the pair is the same change, beside the later round's own score.
  await show(`/jamfor/trend/${pair}`);
  const trend = await screen.findByRole('table', { name: 'Förändring per del, omgång för omgång' });
  for (const p of x.parts) {
    expect(cells(rowOf(trend, p.part)), `Trend, ${p.part}`).toEqual([`${p.change}${withMeans(p)}`, p.score]);
  }

  // Lok och vagnar: ranked by the part's own score, and by the same change.
  await show(`/jamfor/lok-och-vagnar/${pair}`);
  const byScore = await screen.findByRole('table', { name: `Rangordning efter poäng ${x.later}` });
  const byChange = screen.getByRole('table', {
    name: `Rangordning efter förändring ${x.earlier} → ${x.later}`,
  });
  for (const p of x.parts) {
    expect(cells(rowOf(byScore, p.part))[1], `Lok och vagnar (poäng), ${p.part}`).toBe(p.score);
    expect(cells(rowOf(byChange, p.part)).slice(1, 3), `Lok och vagnar (förändring), ${p.part}`).toEqual([
      p.change,
      withMeans(p),
    ]);
  }

  // The report of the later round, against the round before it.
  await show(`/omgangar/${x.laterId}/rapport`);
  const report = await screen.findByRole(
    'table',
    { name: `Poäng och täckning per del, med förändring sedan ${x.earlier}` },
    { timeout: 10_000 },
  );
  for (const p of x.parts) {
    const row = cells(rowOf(report, p.part));
    expect(row[1], `report (poäng), ${p.part}`).toBe(p.score);
    expect(row[3], `report (förändring), ${p.part}`).toBe(
      p.means ? `${p.change}${withMeans(p)}` : 'Ej jämförbar',
    );
  }
  const list = (heading: string) =>
    within(screen.getByRole('heading', { name: heading }).parentElement!)
      .getAllByRole('listitem')
      .map((item) => text(item).split(':')[0]);
  expect(list('Starkaste delarna')).toEqual(x.strongest);
  expect(list('Största gapen')).toEqual(x.gaps);

  // The result view: the same scores, and the same strongest and weakest parts.
  await show(`/blomlada/${x.laterId}`);
  const scores = await screen.findByRole('table', { name: 'Poäng och underlag per del' });
  for (const p of x.parts) expect(cells(rowOf(scores, p.part))[1], `result, ${p.part}`).toBe(p.score);
  const summary = screen.getByRole('heading', { name: 'Sammanfattning' }).parentElement!;
  const scoreOf = new Map(x.parts.map((p) => [p.part, p.score]));
  const names = (parts: string[]) =>
    new Intl.ListFormat('sv-SE', { type: 'conjunction' }).format(
      parts.map((p) => `${p} (${scoreOf.get(p)})`),
    );
  expect(within(summary).getByText(/^Starkast:/)).toHaveTextContent(`Starkast: ${names(x.strongest)}.`);
  expect(within(summary).getByText(/^Svagast:/)).toHaveTextContent(`Svagast: ${names(x.gaps)}.`);
}

describe('every view shows the same figure for the same pair of rounds', () => {
  it('across questionnaire versions: 2014 → 2016, matched through the replacement map', async () => {
    await saveOrganisation('1440');
    const r2025 = await roundWith(2025, '2014', {
      'forskola-skola': {
        some: {
          'e-tjanst.forskoleplats': 'delvis',
          'skola.franvaro-anmalan': 'helt',
          'skola.skolval': 'delvis',
        },
      },
      'vard-omsorg': {
        some: { 'omsorg.ansokan-insatser': 'inte-alls', 'omsorg.trygghetslarm-digitala': 'inte-alls' },
      },
      'individ-familjeomsorg': { some: { 'ifo.ekonomiskt-bistand': 'delvis' } },
      'naringsliv-arbete': { some: { 'foretag.serveringstillstand': 'helt' } },
    });
    const r2026 = await roundWith(2026, '2016', {
      'barn-elever': {
        all: 'helt',
        some: { 'skola.franvaro-anmalan': 'delvis', 'skola.skolval': 'delvis' },
      },
      'aldre-omsorg': { all: 'delvis' },
      foretagare: { all: 'inte-alls', some: { 'foretag.samlad-ingang': 'delvis' } },
      'ledning-arbetssatt': { all: 'helt' },
    });
    await expectOneFigureEverywhere({
      earlier: '2025',
      later: '2026',
      earlierId: r2025.id,
      laterId: r2026.id,
      parts: [
        // The part's own score rose (new indicators answered "helt"), but the three pairs did not
        // move: (0,5 + 1 + 0,5) / 3 both years. Every view says "oförändrad", none a rise.
        {
          part: 'Barn och elever',
          score: '0,88',
          change: '= oförändrad 0',
          means: ['0,67', '0,67'],
          compared: 3,
          total: 8,
          csv: '"Del";"Barn och elever";;;;;0,6666666666666666;0,6666666666666666;0;"oförändrad";"3 av 8 indikatorer";',
        },
        // Three pairs, one of them from another 2014 part (ekonomiskt bistånd moved to this one).
        {
          part: 'Äldre och personer i behov av omsorg',
          score: '0,5',
          change: '▲ upp +0,33',
          means: ['0,17', '0,5'],
          compared: 3,
          total: 8,
          csv: '"Del";"Äldre och personer i behov av omsorg";;;;;0,16666666666666666;0,5;0,33333333333333337;"upp";"3 av 8 indikatorer";',
        },
        {
          part: 'Företagare',
          score: '0,07',
          change: '▼ ned −1',
          means: ['1', '0'],
          compared: 1,
          total: 7,
          csv: '"Del";"Företagare";;;;;1;0;-1;"ned";"1 av 7 indikatorer";',
        },
        // Answered in full in 2026, not at all in 2025: no change, and every view says why.
        {
          part: 'Ledning, arbetssätt och metoder för digital utveckling',
          score: '1',
          change: 'Ej jämförbar: ingen indikator är besvarad med ett skalsvar i båda omgångarna',
          compared: 0,
          total: 11,
          csv: '"Del";"Ledning, arbetssätt och metoder för digital utveckling";;;;;;;;;"0 av 11 indikatorer";"ingen indikator är besvarad med ett skalsvar i båda omgångarna"',
        },
      ],
      strongest: ['Ledning, arbetssätt och metoder för digital utveckling'],
      gaps: ['Företagare'],
    });
  });

  it('within one version, where a part was answered more fully the second year', async () => {
    await saveOrganisation('1440');
    const r2025 = await roundWith(2025, '2016', {
      'aldre-omsorg': {
        some: { 'omsorg.ansokan-insatser': 'helt', 'omsorg.trygghetslarm-digitala': 'inte-alls' },
      },
      'barn-elever': { all: 'delvis' },
      allmanheten: { all: 'delvis' },
    });
    const r2026 = await roundWith(2026, '2016', {
      'aldre-omsorg': { all: 'helt', some: { 'omsorg.trygghetslarm-digitala': 'inte-alls' } },
      'barn-elever': { all: 'helt' },
      allmanheten: { all: 'delvis' },
    });
    await expectOneFigureEverywhere({
      earlier: '2025',
      later: '2026',
      earlierId: r2025.id,
      laterId: r2026.id,
      parts: [
        // The own score went from 0,5 to 0,88 only because six more indicators were answered.
        {
          part: 'Äldre och personer i behov av omsorg',
          score: '0,88',
          change: '= oförändrad 0',
          means: ['0,5', '0,5'],
          compared: 2,
          total: 8,
          csv: '"Del";"Äldre och personer i behov av omsorg";;;;;0,5;0,5;0;"oförändrad";"2 av 8 indikatorer";',
        },
        {
          part: 'Barn och elever',
          score: '1',
          change: '▲ upp +0,5',
          means: ['0,5', '1'],
          compared: 8,
          total: 8,
          csv: '"Del";"Barn och elever";;;;;0,5;1;0,5;"upp";"8 av 8 indikatorer";',
        },
        {
          part: 'Allmänheten',
          score: '0,5',
          change: '= oförändrad 0',
          means: ['0,5', '0,5'],
          compared: 7,
          total: 7,
          csv: '"Del";"Allmänheten";;;;;0,5;0,5;0;"oförändrad";"7 av 7 indikatorer";',
        },
      ],
      strongest: ['Barn och elever'],
      gaps: ['Allmänheten'],
    });
  });
});
