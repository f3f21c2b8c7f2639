import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/storage/db';
import { readOrganisation, saveOrganisation } from '../../src/storage/settings';
import { renderApp } from './render-app';

// The view and the register are lazy chunks; the first load in a busy test run may take a while.
const LOAD = { timeout: 5000 };
const searchBox = () => screen.findByRole('searchbox', { name: 'Sök kommun på namn eller kommunkod' }, LOAD);
const liveRegion = () => screen.getByText(/matchar/, { selector: '[aria-live="polite"]' });

describe('choosing the municipality', () => {
  it('finds Ale by name and chooses it with the keyboard, stores it and goes on to the rounds', async () => {
    const user = userEvent.setup();
    await renderApp('/kommun');
    expect(await screen.findByRole('heading', { level: 1, name: 'Välj kommun' }, LOAD)).toBeInTheDocument();
    const search = await searchBox();
    expect(screen.queryByText(/Vald kommun:/)).not.toBeInTheDocument();

    await user.type(search, 'ale');
    expect(liveRegion()).toHaveTextContent('5 kommuner matchar');
    const list = screen.getByRole('list', { name: 'Kommuner att välja bland' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Välj Ale', 'Välj Härjedalen', 'Välj Malung-Sälen', 'Välj Salem', 'Välj Älvdalen']);
    const ale = screen.getByRole('button', { name: 'Välj Ale' });
    expect(ale).toHaveAccessibleDescription('1440 · Västra Götalands län');

    await user.tab();
    expect(ale).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(window.location.hash).toBe('#/omgangar'), LOAD);
    expect(await readOrganisation()).toBe('1440');
    expect(await db.settings.toArray()).toEqual([{ key: 'organisation', code: '1440' }]);
  });

  it('finds a municipality by its code', async () => {
    const user = userEvent.setup();
    await renderApp('/kommun');
    await user.type(await searchBox(), '1440');
    expect(liveRegion()).toHaveTextContent('1 kommun matchar');
    expect(screen.getAllByRole('button', { name: /^Välj / })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Välj Ale' })).toBeInTheDocument();
  });

  it('counts the matches in a polite live region and lists at most 30 of them', async () => {
    const user = userEvent.setup();
    await renderApp('/kommun');
    const search = await searchBox();
    expect(liveRegion()).toHaveTextContent('290 kommuner matchar');
    expect(screen.getAllByRole('button', { name: /^Välj / })).toHaveLength(30);
    expect(screen.getByText('Visar 30 av 290; skriv mer för att begränsa.')).toBeInTheDocument();

    await user.type(search, 's');
    expect(liveRegion()).toHaveTextContent('139 kommuner matchar');
    expect(screen.getByText('Visar 30 av 139; skriv mer för att begränsa.')).toBeInTheDocument();

    await user.type(search, 'tock');
    expect(liveRegion()).toHaveTextContent('1 kommun matchar');
    expect(screen.getByRole('button', { name: 'Välj Stockholm' })).toBeInTheDocument();
    expect(screen.queryByText(/Visar \d+ av/)).not.toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'xyzzy');
    expect(screen.getByText(/Ingen kommun matchar/, { selector: '[aria-live="polite"]' })).toHaveTextContent(
      'Ingen kommun matchar ”xyzzy”.',
    );
    expect(screen.queryAllByRole('button', { name: /^Välj / })).toEqual([]);
  });

  it('shows the municipality already chosen', async () => {
    await saveOrganisation('1280');
    await renderApp('/kommun');
    expect(await screen.findByText('Vald kommun: Malmö', {}, LOAD)).toBeInTheDocument();
  });

  it('says in plain words when the choice cannot be saved, and stays on the page', async () => {
    const user = userEvent.setup();
    await renderApp('/kommun');
    await user.type(await searchBox(), '1440');
    const quotaError = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(db.settings, 'put').mockRejectedValueOnce(quotaError);
    await user.click(screen.getByRole('button', { name: 'Välj Ale' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kommunen kunde inte sparas eftersom webbläsarens lagringsutrymme är fullt.',
    );
    expect(put).toHaveBeenCalled();
    expect(window.location.hash).toBe('#/kommun');
    expect(await readOrganisation()).toBeUndefined();
    put.mockRestore();
  });
});
