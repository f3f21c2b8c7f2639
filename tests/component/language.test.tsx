import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY } from '../../src/state/preferences';
import { renderApp } from './render-app';

describe('language', () => {
  it('starts in Swedish', async () => {
    await renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
  });

  it('switches to English and back, storing the choice', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'In English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to eBlomlådan' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(
      within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', {
        name: 'About eBlomlådan',
      }),
    ).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!).state.language).toBe('en');

    await user.click(screen.getByRole('button', { name: 'På svenska' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });

  it('falls back to Swedish when the stored preference is garbage', async () => {
    localStorage.setItem(PREFERENCES_KEY, '{"state":{"language":"<script>"},"version":1}');
    await renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }),
    ).toBeInTheDocument();
  });

  it('starts in the stored language, with the bundled questionnaires listed in it', async () => {
    localStorage.setItem(PREFERENCES_KEY, '{"state":{"language":"en"},"version":1}');
    await renderApp();
    expect(await screen.findByRole('link', { name: 'Read eBlomlådan 2016' })).toBeInTheDocument();
    expect(screen.getByText(/Version 2014/)).toBeInTheDocument();
  });
});
