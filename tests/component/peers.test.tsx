import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import type { ReferenceRound } from '../../src/domain/round/model';
import { db } from '../../src/storage/db';
import { saveAnswer } from '../../src/storage/responses';
import { aleWithRound, bundled } from './round-fixtures';
import { renderApp } from './render-app';

const KEY = questionnaireKey(bundled('2016'));
let n = 0;
function reference(code: string, school: Record<string, string>, extra: Partial<ReferenceRound> = {}) {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationCode: code,
    year: 2025,
    label: 'Syntetiska data – inte kommunens svar',
    publishedAt: '2025-11-01T12:00:00.000Z',
    questionnaireKey: KEY,
    answers: { 'barn-elever': school },
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: `syntetisk-${code}-2025.json`,
    ...extra,
  } satisfies ReferenceRound;
}

/** Ale's 2025 round, and Härryda, Partille (both A2 in Västra Götaland) and Upplands Väsby (A2, Stockholm). */
async function aleAmongOthers() {
  const round = await aleWithRound(2025);
  await saveAnswer(round.id, 'barn-elever', 'e-tjanst.forskoleplats', { value: 'delvis' });
  await saveAnswer(round.id, 'barn-elever', 'skola.franvaro-anmalan', { value: 'helt' });
  await db.referenceRounds.bulkAdd([
    reference('1401', { 'e-tjanst.forskoleplats': 'helt', 'skola.franvaro-anmalan': 'helt' }),
    reference('1402', { 'e-tjanst.forskoleplats': 'inte-alls', 'skola.franvaro-anmalan': 'delvis' }),
    reference('0114', { 'e-tjanst.forskoleplats': 'helt', 'skola.franvaro-anmalan': 'ej-aktuellt' }),
    reference(
      '1480',
      { 'e-tjanst.forskoleplats': 'helt' },
      { questionnaireKey: 'eblomladan@2014#0000000000000000' },
    ),
  ]);
  return round;
}

describe('comparing with other municipalities', () => {
  it('shows the spread per part with the municipality marked, the caveat, and what was left out', async () => {
    await aleAmongOthers();
    await renderApp('/jamfor-med-andra');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Jämför med andra kommuner' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/inte detsamma som god eller dålig kvalitet/)).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Underlaget är 3 andra kommuners publicerade omgångar från 2025 på eBlomlådan 2016 version 2016.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 omgång från samma år på en annan version/)).toBeInTheDocument();
    expect(screen.getByText(/Underlaget är litet/)).toBeInTheDocument();
    const picture = screen.getByRole('img', { name: 'Delarna' });
    // Each part's whole name in the picture, wrapped onto lines rather than cut short.
    const names = [...picture.querySelectorAll('text')].map((text) =>
      [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
    );
    expect(names).toContain('Ledning, arbetssätt och metoder för digital utveckling');
    expect(names).toContain('Kulturintresserade, fritidsutövare och besökare');
    // Ale's diamond in the school part (0,75) stands on the scale's 0,75 line, as every part's does.
    const tick = [...picture.querySelectorAll('text')].find((text) => text.textContent === '0,75')!;
    const diamonds = [...picture.querySelectorAll('path')].map((path) => path.getAttribute('d'));
    expect(diamonds[0]).toMatch(new RegExp(`^M${tick.getAttribute('x')},`));

    const parts = screen.getByRole('table', { name: /Poäng per del/ });
    // Others score 1, 0.25 and 1 in the school part; Ale (0.5 + 1) / 2 = 0.75: two higher, one lower.
    const school = within(parts).getByRole('row', { name: /^Barn och elever/ });
    const cells = within(school)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['3', '0,25', '0,63', '1', '1', '1', '0,75', '2 / 0 / 1']);
    // No other municipality answered anything in the grass: no spread, and said so.
    const grass = within(parts).getByRole('row', { name: /^Ledning, arbetssätt/ });
    expect(grass).toHaveTextContent('3 kommuner har inget poängsatt svar i delen.');
  });

  it('counts the answers per indicator and shows the municipality’s own answer', async () => {
    await aleAmongOthers();
    await renderApp('/jamfor-med-andra');
    await userEvent.click(await screen.findByText('Visa indikatorerna för Barn och elever'));
    const table = screen.getByRole('table', { name: /Barn och elever: svar bland de andra kommunerna/ });
    const row = within(table).getByRole('row', { name: /^Vårdnadshavare kan anmäla barnets frånvaro/ });
    expect(row).toHaveTextContent('Uppfyller helt: 1');
    expect(row).toHaveTextContent('Ej aktuellt: 1');
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('Uppfyller helt');
  });

  it('narrows the basis by county and by SKR group from the register', async () => {
    await aleAmongOthers();
    await renderApp('/jamfor-med-andra');
    const filters = await screen.findByRole('region', { name: 'Urval' });
    await userEvent.selectOptions(await within(filters).findByLabelText('Län'), 'Västra Götalands län');
    expect(await screen.findByText(/Underlaget är 2 andra kommuners/)).toBeInTheDocument();
    await userEvent.selectOptions(within(filters).getByLabelText('Kommungrupp (SKR)'), 'A1 Storstäder');
    expect(await screen.findByText(/Inga andra kommuners omgångar från 2025/)).toBeInTheDocument();
  });

  it('reads another year’s rounds when the year is changed, and follows rounds added while it is open', async () => {
    await aleAmongOthers();
    await db.referenceRounds.bulkAdd([
      reference('1401', { 'e-tjanst.forskoleplats': 'delvis' }, { year: 2024 }),
      reference('1402', { 'e-tjanst.forskoleplats': 'delvis' }, { year: 2024 }),
    ]);
    await renderApp('/jamfor-med-andra');
    expect(await screen.findByText(/^Underlaget är 3 andra kommuners .* från 2025/)).toBeInTheDocument();
    const year = within(screen.getByRole('region', { name: 'Urval' })).getByLabelText(
      'År för de andra kommunernas omgångar',
    );
    expect([...year.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['2025', '2024']);
    await userEvent.selectOptions(year, '2024');
    expect(await screen.findByText(/^Underlaget är 2 andra kommuners .* från 2024/)).toBeInTheDocument();
    // Both score 0,5 in the school part: the spread is that one value.
    const parts = screen.getByRole('table', { name: /Poäng per del/ });
    const school = within(parts).getByRole('row', { name: /^Barn och elever/ });
    expect(
      within(school)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 6),
    ).toEqual(['2', '0,5', '0,5', '0,5', '0,5', '0,5']);
    // A round of the year shown, stored while the page is open, joins the basis.
    await db.referenceRounds.add(reference('0114', { 'e-tjanst.forskoleplats': 'helt' }, { year: 2024 }));
    expect(await screen.findByText(/^Underlaget är 3 andra kommuners .* från 2024/)).toBeInTheDocument();
    // A new year is offered as it arrives.
    await db.referenceRounds.add(reference('0114', {}, { year: 2023 }));
    await waitFor(() =>
      expect([...year.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
        '2025',
        '2024',
        '2023',
      ]),
    );
  });

  it('says plainly when the rounds compared are invented (synthetic), and only then', async () => {
    await aleAmongOthers();
    await renderApp('/jamfor-med-andra');
    await screen.findByText(/^Underlaget är 3 andra kommuners/);
    expect(screen.queryByText(/påhittade/)).not.toBeInTheDocument();

    // One of the three is from a dataset marked synthetic.
    const upplandsVasby = (await db.referenceRounds.where({ organisationCode: '0114' }).first())!;
    await db.referenceRounds.put({ ...upplandsVasby, synthetic: true });
    expect(
      await screen.findByText(
        '1 av de 3 omgångarna i underlaget är påhittade (syntetiska) uppgifter, inte en kommuns egna svar.',
      ),
    ).toBeInTheDocument();
    // The list of the basis marks the round.
    const basis = screen.getByRole('table', { name: 'Omgångarna i underlaget' });
    const row = within(basis).getByRole('row', { name: /^Upplands Väsby/ });
    expect(row).toHaveTextContent('Påhittade uppgifter');
    expect(within(basis).getByRole('row', { name: /^Härryda/ })).not.toHaveTextContent('Påhittade');

    // Narrowed to Västra Götaland, the synthetic round is not shown, and nothing is said.
    await userEvent.selectOptions(
      within(screen.getByRole('region', { name: 'Urval' })).getByLabelText('Län'),
      'Västra Götalands län',
    );
    await screen.findByText(/^Underlaget är 2 andra kommuners/);
    expect(screen.queryByText(/påhittade/)).not.toBeInTheDocument();

    // All of them synthetic.
    const rounds = await db.referenceRounds.toArray();
    await db.referenceRounds.bulkPut(rounds.map((r) => ({ ...r, synthetic: true as const })));
    expect(
      await screen.findByText(
        'Jämförelsen bygger på påhittade (syntetiska) uppgifter, inte på kommunernas egna svar.',
      ),
    ).toBeInTheDocument();
  });

  it('says how to get reference data when there is none, and removes it only after confirmation', async () => {
    const round = await aleAmongOthers();
    await renderApp('/jamfor-med-andra');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ta bort alla andra kommuners omgångar' }),
    );
    expect(document.activeElement).toHaveTextContent(/^Vill du ta bort alla 4 omgångar/);
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(await db.referenceRounds.count()).toBe(4);
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort alla andra kommuners omgångar' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, ta bort dem' }));
    expect(await screen.findByText(/Det finns inga andra kommuners omgångar/)).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Öppna fil' })).toHaveAttribute('href', '#/oppna');
    expect(await db.referenceRounds.count()).toBe(0);
    expect(await db.rounds.get(round.id)).toBeDefined();
    const school = await db.responses.get([round.id, 'barn-elever']);
    expect(school?.answers['skola.franvaro-anmalan']?.value).toBe('helt');
  });
});
