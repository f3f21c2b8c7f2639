import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_FLAG_KEY } from '../../src/domain/example/municipalities';
import { db, EblomladanDb, EXAMPLE_DB_NAME } from '../../src/storage/db';
import { removeExample } from '../../src/storage/example';
import { aleWithRound } from './round-fixtures';
import { renderApp } from './render-app';

const restartAt = vi.fn();
vi.mock('../../src/features/example/restart', () => ({ restartAt: (path: string) => restartAt(path) }));

const LOAD = { timeout: 5000 };

afterEach(async () => {
  restartAt.mockReset();
  await removeExample();
});

describe('Visa exempel', () => {
  it('says what the example holds and that the user’s own data is kept apart', async () => {
    await renderApp('/exempel');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Visa ett exempel' }, LOAD),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Tre omgångar: 2023 på det äldre frågeformuläret \(version 2014\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Dina egna uppgifter påverkas inte' }),
    ).toBeInTheDocument();
  });

  it('writes the example into its own database, leaves the user’s alone, and reloads into it', async () => {
    const own = await aleWithRound();
    const user = userEvent.setup();
    await renderApp('/exempel');
    await user.click(await screen.findByRole('button', { name: 'Visa exemplet' }, LOAD));
    await waitFor(() => expect(restartAt).toHaveBeenCalledWith('/omgangar'), LOAD);
    expect(localStorage.getItem(EXAMPLE_FLAG_KEY)).toBe('1');

    const example = new EblomladanDb(EXAMPLE_DB_NAME);
    const rounds = await example.rounds.orderBy('[organisationCode+year]').toArray();
    expect(rounds.map((r) => [r.organisationCode, r.year, r.label])).toEqual([
      ['9901', 2023, 'Exempel'],
      ['9901', 2024, 'Exempel'],
      ['9901', 2025, 'Exempel'],
    ]);
    expect(await example.referenceRounds.count()).toBe(8);
    expect(await example.actions.count()).toBeGreaterThan(0);
    expect(await example.settings.get('organisation')).toEqual({ key: 'organisation', code: '9901' });
    example.close();

    expect((await db.rounds.toArray()).map((r) => r.id)).toEqual([own.id]);
    expect(await db.settings.get('organisation')).toEqual({ key: 'organisation', code: '1440' });
    expect(await db.referenceRounds.count()).toBe(0);
  });

  it('is linked from the start page', async () => {
    await renderApp('/');
    expect(await screen.findByRole('link', { name: 'Visa ett exempel' }, LOAD)).toHaveAttribute(
      'href',
      '#/exempel',
    );
  });
});
