import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/storage/db';
import { saveAnswer, saveRespondent } from '../../src/storage/responses';
import { saveOrganisation } from '../../src/storage/settings';
import { renderApp } from './render-app';
import { aleWithRound } from './round-fixtures';

describe('rounds', () => {
  it('asks for a municipality before anything else', async () => {
    await renderApp('/omgangar');
    expect(await screen.findByText('Välj först vilken kommun du arbetar för.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Välj kommun' })).toHaveAttribute('href', '#/kommun');
  });

  it('starts a round for this year on the newest questionnaire by default', async () => {
    const user = userEvent.setup();
    await saveOrganisation('1440');
    await renderApp('/omgangar');
    expect(await screen.findByRole('heading', { level: 1, name: 'Omgångar för Ale' })).toBeInTheDocument();
    expect(await screen.findByText(/Kommunen har inga omgångar ännu/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Starta en ny omgång' }));

    const year = await screen.findByRole('spinbutton', { name: 'År' });
    expect(year).toHaveValue(new Date().getFullYear());
    const group = screen.getByRole('group', { name: 'Frågeformulär' });
    expect(within(group).getByRole('radio', { name: /eBlomlådan 2016, version 2016.*nyaste/ })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: 'Benämning (frivillig)' }), 'Vårens uppföljning');
    await user.click(screen.getByRole('button', { name: 'Starta omgången' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `Omgång ${new Date().getFullYear()} – Vårens uppföljning`,
      }),
    ).toBeInTheDocument();
    const rounds = await db.rounds.toArray();
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({
      organisationCode: '1440',
      label: 'Vårens uppföljning',
      status: 'draft',
    });
    expect(rounds[0]!.questionnaireKey).toMatch(/^eblomladan@2016#/);
  });

  it('refuses an absurd year and starts nothing', async () => {
    const user = userEvent.setup();
    await saveOrganisation('1440');
    await renderApp('/omgangar/ny');
    const year = await screen.findByRole('spinbutton', { name: 'År' });
    await user.clear(year);
    await user.type(year, '1850');
    await user.click(screen.getByRole('button', { name: 'Starta omgången' }));
    expect(await screen.findByText('Ange ett år mellan 2000 och 2100.')).toBeInTheDocument();
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(await db.rounds.count()).toBe(0);
  });

  it('lists every part with its respondent role, who answers and progress', async () => {
    const round = await aleWithRound(2025);
    await saveRespondent(round.id, 'barn-elever', { name: 'Anna Andersson', role: 'Förvaltningschef' });
    await saveAnswer(round.id, 'barn-elever', 'e-tjanst.forskoleplats', { value: 'helt' });
    await saveAnswer(round.id, 'barn-elever', 'skola.franvaro-anmalan', { value: 'ej-aktuellt' });
    await renderApp(`/omgangar/${round.id}`);

    const table = await screen.findByRole('table', { name: /Omgångens delar/ });
    const row = within(table).getByRole('row', { name: /Svara på Barn och elever/ });
    expect(row).toHaveTextContent('Förvaltningschef för barn- och utbildningsförvaltningen');
    expect(row).toHaveTextContent('Anna Andersson');
    expect(row).toHaveTextContent('2 av 8');
    expect(within(table).getByRole('row', { name: /Svara på Tekniska förutsättningar/ })).toHaveTextContent(
      'Ingen ännu',
    );
    expect(within(table).getAllByRole('row')).toHaveLength(9);
  });

  it('passes the flower box in one step: its skip link moves focus to the parts heading, not the route', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound(2025);
    await renderApp(`/omgangar/${round.id}`);
    const back = await screen.findByRole('link', { name: 'Alla omgångar' });
    back.focus();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Hoppa förbi blomlådan till delarna' });
    expect(skip).toHaveFocus();
    const route = window.location.hash;
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Delar' })).toHaveFocus();
    expect(window.location.hash).toBe(route);
  });

  it('publishes after a confirmation, and reopens only with a reason that is kept in the history', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound(2025);
    await renderApp(`/omgangar/${round.id}`);
    await user.click(await screen.findByRole('button', { name: 'Publicera omgången' }));
    expect(screen.getByText('65 indikatorer är obesvarade.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, publicera' }));
    // Publishing loads the round-document code on demand (see focus-after-action.test.tsx).
    expect(
      await screen.findByText(/Omgången publicerades .* och är skrivskyddad/, undefined, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect((await db.rounds.get(round.id))?.status).toBe('published');
    expect(screen.getByRole('link', { name: 'Läs svaren för Barn och elever' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Öppna igen' }));
    expect(await screen.findByText('Skriv en motivering på minst 5 tecken.')).toBeInTheDocument();
    expect((await db.rounds.get(round.id))?.status).toBe('published');

    await user.type(
      screen.getByRole('textbox', { name: 'Varför öppnas omgången igen?' }),
      'Rättar svaret om e-arkiv',
    );
    await user.click(screen.getByRole('button', { name: 'Öppna igen' }));
    await waitFor(async () => expect((await db.rounds.get(round.id))?.status).toBe('draft'));
    expect(await screen.findByText(/Omgången öppnades igen: Rättar svaret om e-arkiv/)).toBeInTheDocument();
  });

  it('shows the round list with status and progress', async () => {
    const round = await aleWithRound(2025);
    await saveAnswer(round.id, 'barn-elever', 'e-tjanst.forskoleplats', { value: 'helt' });
    await renderApp('/omgangar');
    const row = await screen.findByRole('row', { name: /Öppna omgång 2025/ });
    expect(row).toHaveTextContent('eBlomlådan 2016');
    expect(row).toHaveTextContent('Utkast');
    expect(row).toHaveTextContent('1 av 65');
  });
});
