import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/storage/responses';
import { startRound } from '../../src/storage/rounds';
import { saveOrganisation } from '../../src/storage/settings';
import { renderApp } from './render-app';
import { bundled } from './round-fixtures';

/** Ale: 2025 on the 2014 questionnaire and 2026 on the 2016 one, with answers in the school parts. */
async function twoVersions() {
  await saveOrganisation('1440');
  const r2025 = await startRound({
    organisationCode: '1440',
    year: 2025,
    label: '',
    questionnaire: bundled('2014'),
    source: 'bundled',
  });
  const r2026 = await startRound({
    organisationCode: '1440',
    year: 2026,
    label: '',
    questionnaire: bundled('2016'),
    source: 'bundled',
  });
  const answer = (round: string, section: string, id: string, value: string) =>
    saveAnswer(round, section, id, { value });
  await answer(r2025.id, 'forskola-skola', 'e-tjanst.forskoleplats', 'delvis');
  await answer(r2025.id, 'forskola-skola', 'skola.franvaro-anmalan', 'helt');
  await answer(r2025.id, 'forskola-skola', 'skola.skolval', 'delvis');
  await answer(r2026.id, 'barn-elever', 'e-tjanst.forskoleplats', 'helt');
  await answer(r2026.id, 'barn-elever', 'skola.franvaro-anmalan', 'delvis');
  await answer(r2026.id, 'barn-elever', 'skola.skolval', 'delvis');
  await answer(r2026.id, 'barn-elever', 'skola.larplattform-vardnadshavare', 'helt');
  return { r2025, r2026 };
}

describe('comparing rounds', () => {
  it('opens on the two latest rounds, with the chosen rounds in the address', async () => {
    const { r2025, r2026 } = await twoVersions();
    await renderApp('/jamfor');
    await waitFor(() => expect(window.location.hash).toBe(`#/jamfor/andringar/${r2025.id},${r2026.id}`));
    expect(await screen.findByText('Jämför 2025 med 2026.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^2025 – eBlomlådan 2014/ })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Förändringar' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows each change in words and symbols and marks what cannot be compared, with the reason', async () => {
    const { r2025, r2026 } = await twoVersions();
    await renderApp(`/jamfor/andringar/${r2026.id},${r2025.id}`);
    expect(
      await screen.findByText(/olika versioner av formuläret \(eBlomlådan 2014 och eBlomlådan 2016\)/),
    ).toBeInTheDocument();

    const parts = screen.getByRole('table', { name: 'Förändring per del, 2025 → 2026' });
    const children = within(parts).getByRole('row', { name: /^Barn och elever/ });
    // Compared over the three matched pairs only: (0,5 + 1 + 0,5) / 3 → (1 + 0,5 + 0,5) / 3.
    expect(children).toHaveTextContent('= oförändrad');
    expect(children).toHaveTextContent('3 av 8 indikatorer');
    expect(within(parts).getByRole('row', { name: /^Företagare/ })).toHaveTextContent(
      'Ej jämförbar: ingen indikator är besvarad med ett skalsvar i båda omgångarna',
    );

    const table = screen.getByRole('table', { name: 'Förändring per indikator i Barn och elever' });
    const row = (text: RegExp) => within(table).getByRole('row', { name: text });
    expect(row(/^Vårdnadshavare kan ansöka om, ändra och säga upp plats/)).toHaveTextContent('▲ upp +0,5');
    expect(row(/^Vårdnadshavare kan anmäla barnets frånvaro/)).toHaveTextContent('▼ ned −0,5');
    expect(row(/^Vårdnadshavare kan göra skolval/)).toHaveTextContent('= oförändrad');
    expect(row(/^Vårdnadshavare och elever kan med e-legitimation/)).toHaveTextContent(
      'Ej jämförbar: ny indikator',
    );

    expect(
      screen.getByRole('table', { name: /^Indikatorer i 2025 utan jämförbar motsvarighet i 2026/ }),
    ).toBeInTheDocument();
  });

  it('changes the rounds from the checkboxes and needs at least two', async () => {
    const user = userEvent.setup();
    const { r2026 } = await twoVersions();
    await renderApp('/jamfor');
    await user.click(await screen.findByRole('checkbox', { name: /^2025/ }));
    await waitFor(() => expect(window.location.hash).toBe(`#/jamfor/andringar/${r2026.id}`));
    expect(screen.getByText('Välj minst två omgångar för att jämföra.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("ranks the parts and gives each part's trend as a table", async () => {
    const { r2025, r2026 } = await twoVersions();
    await renderApp(`/jamfor/lok-och-vagnar/${r2025.id},${r2026.id}`);
    const byScore = await screen.findByRole('table', { name: 'Rangordning efter poäng 2026' });
    expect(within(byScore).getAllByRole('row')[1]).toHaveTextContent(/^1Barn och elever0,754 av 8 besvarade/);
    // One app at a time: the first would follow the address too and show every table twice.
    cleanup();
    await renderApp(`/jamfor/trend/${r2025.id},${r2026.id}`);
    const trend = await screen.findByRole('table', { name: 'Förändring per del, omgång för omgång' });
    const children = within(trend).getByRole('row', { name: /^Barn och elever/ });
    // The step is the change of Förändringar (the three matched pairs), beside the part's own score.
    expect(children).toHaveTextContent('= oförändrad 0');
    expect(children).toHaveTextContent('0,67 → 0,67 på 3 av 8 indikatorer');
    expect(children).toHaveTextContent(/0,75$/);
    expect(
      screen.getByRole('img', {
        name: 'Barn och elever: 2025 → 2026 = oförändrad 0, 0,67 → 0,67 på 3 av 8 indikatorer',
      }),
    ).toBeInTheDocument();
  });
});
