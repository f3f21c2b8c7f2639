import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/storage/db';
import { dismissGuide, readSetting, saveOrganisation } from '../../src/storage/settings';
import { renderApp } from './render-app';

const LOAD = { timeout: 5000 };

describe('the first-run guide', () => {
  it('is offered on the start page of a new browser, and not once it was skipped', async () => {
    await renderApp('/');
    const offer = await screen.findByRole('link', { name: 'Gå igenom guiden' }, LOAD);
    expect(offer).toHaveAttribute('href', '#/kom-igang');
    expect(screen.getByText(/^Första gången här\?/)).toBeInTheDocument();

    await act(() => dismissGuide());
    // The start page reads its settings again once the write has committed (storage/peek.ts).
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Gå igenom guiden' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Kom igång: välj din kommun' })).toBeInTheDocument();
    // Still findable later.
    expect(screen.getByRole('link', { name: 'Guiden: kom igång' })).toHaveAttribute('href', '#/kom-igang');
  });

  it('is not offered once a municipality is chosen', async () => {
    await saveOrganisation('1440');
    await renderApp('/');
    await screen.findByRole('link', { name: 'Till kommunens omgångar' }, LOAD);
    expect(screen.queryByRole('link', { name: 'Gå igenom guiden' })).not.toBeInTheDocument();
  });

  it('walks through the box, the scale, the roles and the storage to choosing the municipality', async () => {
    const user = userEvent.setup();
    await renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Gå igenom guiden' }, LOAD));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kom igång med eBlomlådan' }, LOAD),
    ).toBeInTheDocument();
    const steps = screen.getByRole('navigation', { name: 'Guidens steg' });
    expect(
      within(steps)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Blomlådan', 'Skalan', 'Vem svarar på vad', 'Var uppgifterna sparas', 'Välj din kommun']);
    expect(within(steps).getByRole('button', { name: 'Blomlådan' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('Steg 1 av 5')).toBeInTheDocument();
    expect(screen.getByText(/^Blommorna är verksamhetsområden/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^En påhittad blomlåda med två blommor, gräset och jordmånen/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Gräset är ledning/)).toBeInTheDocument();
    expect(screen.getByText(/^Jordmånen är de tekniska förutsättningarna/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Föregående' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Skalan' })).toHaveFocus();
    expect(screen.getByText('Uppfyller delvis ger 0,5 poäng.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Vem svarar på vad' })).toHaveFocus();
    expect(screen.getByText('IT-strategen eller IT-chefen bedömer jordmånen.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Föregående' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Skalan' })).toHaveFocus();
    await user.click(within(steps).getByRole('button', { name: 'Var uppgifterna sparas' }));
    expect(screen.getByText(/^Spara därför en säkerhetskopia regelbundet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(screen.getByText('Steg 5 av 5')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nästa' })).not.toBeInTheDocument();
    expect(await readSetting('guide')).toBeUndefined();

    await user.click(screen.getByRole('link', { name: 'Välj kommun' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Välj kommun' }, LOAD)).toBeInTheDocument();
    expect((await readSetting('guide'))?.at).toBeDefined();
  });

  it('can be skipped, which is remembered, and leads back to the start page', async () => {
    const user = userEvent.setup();
    await renderApp('/kom-igang');
    await user.click(await screen.findByRole('button', { name: 'Hoppa över guiden' }, LOAD));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }, LOAD),
    ).toBeInTheDocument();
    expect(await db.settings.get('guide')).toBeDefined();
  });

  it('goes to the rounds when the municipality is already chosen, and is complete in English', async () => {
    const user = userEvent.setup();
    await saveOrganisation('1440');
    const { i18n } = await renderApp('/kom-igang');
    await screen.findByRole('heading', { level: 1, name: 'Kom igång med eBlomlådan' }, LOAD);
    await act(() => i18n.changeLanguage('en'));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Getting started with eBlomlådan' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose your municipality' }));
    expect(await screen.findByText('You work for the municipality with code 1440.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'To the rounds' })).toHaveAttribute('href', '#/omgangar');
    expect(screen.getByRole('link', { name: "Help: the year's work step by step" })).toBeInTheDocument();
  });
});
