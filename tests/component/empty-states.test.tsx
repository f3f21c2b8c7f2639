import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveOrganisation } from '../../src/storage/settings';
import { aleWithRound } from './round-fixtures';
import { renderApp } from './render-app';

const LOAD = { timeout: 5000 };

describe('empty states say what to do next', () => {
  it('round list: start the first round, or go through the guide or look at the example', async () => {
    await saveOrganisation('1440');
    await renderApp('/omgangar');
    expect(
      await screen.findByText(
        'Kommunen har inga omgångar ännu. Starta den första för att börja svara.',
        {},
        LOAD,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Starta en ny omgång' })).toHaveAttribute(
      'href',
      '#/omgangar/ny',
    );
    expect(screen.getByRole('link', { name: 'Guiden: kom igång' })).toHaveAttribute('href', '#/kom-igang');
    expect(screen.getByRole('link', { name: 'Visa ett exempel' })).toHaveAttribute('href', '#/exempel');
  });

  it('compare: with one round, start another or look at the example', async () => {
    await aleWithRound();
    await renderApp('/jamfor');
    expect(await screen.findByText(/^Kommunen behöver minst två omgångar/, {}, LOAD)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Starta en ny omgång' })).toHaveAttribute(
      'href',
      '#/omgangar/ny',
    );
    expect(screen.getByText(/^Vill du se hur en jämförelse ser ut/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Visa ett exempel' })).toHaveAttribute('href', '#/exempel');
  });

  it('compare: without a municipality, says to choose one first', async () => {
    await renderApp('/jamfor');
    expect(await screen.findByText('Välj först vilken kommun du arbetar för.', {}, LOAD)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kom igång: välj din kommun' })).toHaveAttribute(
      'href',
      '#/kommun',
    );
  });

  it('open file: says where files come from before any is chosen', async () => {
    await renderApp('/oppna');
    expect(await screen.findByText(/^Har du ingen fil ännu\?/, {}, LOAD)).toBeInTheDocument();
  });
});
