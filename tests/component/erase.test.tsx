import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/storage/db';
import { PENDING_KEY } from '../../src/storage/pending';
import { captureDownloads } from './downloads';
import { aleWithRound } from './round-fixtures';
import { renderApp } from './render-app';

const LOAD = { timeout: 5000 };

async function openDialog() {
  const user = userEvent.setup();
  await renderApp('/installningar');
  await screen.findByRole('heading', { level: 1, name: 'Inställningar' }, LOAD);
  await user.click(screen.getByRole('button', { name: 'Radera alla uppgifter …' }));
  const dialog = screen.getByRole('dialog', { name: 'Vill du radera alla uppgifter?' });
  return { user, dialog: within(dialog), element: dialog };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('delete all data', () => {
  it('opens a dialog that says what goes, moves focus to it, and closes with Avbryt or Escape', async () => {
    await aleWithRound();
    const { user, dialog } = await openDialog();
    expect(dialog.getByRole('heading', { name: 'Vill du radera alla uppgifter?' })).toHaveFocus();
    expect(
      await dialog.findByText(
        /Det som raderas: kommunens omgångar med alla svar \(1 st\.\), andra kommuners omgångar \(0 st\.\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Radera alla uppgifter …' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    await user.click(dialog.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Radera alla uppgifter …' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Radera alla uppgifter …' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Radera alla uppgifter …' })).toHaveFocus();
    expect(await db.rounds.count()).toBe(1);
  });

  // jsdom has no showModal, so modality itself is tested in a browser (e2e/keyboard-dialogs).
  it('closes on the browser’s close request (the cancel event) and gives focus back to its button', async () => {
    await aleWithRound();
    const { element } = await openDialog();
    const cancel = new Event('cancel', { cancelable: true });
    fireEvent(element, cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Radera alla uppgifter …' })).toHaveFocus();
    expect(await db.rounds.count()).toBe(1);
  });

  it('deletes nothing until the confirmation word is typed, and says so', async () => {
    await aleWithRound();
    const { user, dialog } = await openDialog();
    await user.click(dialog.getByRole('button', { name: 'Radera allt' }));
    const field = dialog.getByRole('textbox', { name: 'Skriv RADERA för att bekräfta' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'Skriv RADERA i fältet för att radera. Ingenting har raderats.',
    );
    expect(field).toHaveFocus();

    await user.type(field, 'radera inte');
    await user.click(dialog.getByRole('button', { name: 'Radera allt' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await db.rounds.count()).toBe(1);
    expect(await db.settings.get('organisation')).toBeDefined();
  });

  it('offers a backup first, then deletes everything and starts over as new', async () => {
    const files = captureDownloads();
    const { id: roundId } = await aleWithRound();
    await db.referenceRounds.put({
      id: 'ref-1',
      organisationCode: '0180',
      year: 2025,
      label: '',
      publishedAt: '2025-05-01T00:00:00.000Z',
      questionnaireKey: 'x',
      answers: {},
      importedAt: '2025-05-02T00:00:00.000Z',
      fileName: 'stockholm.json',
    });
    localStorage.setItem(PENDING_KEY, JSON.stringify({ x: 1 }));
    const { user, dialog } = await openDialog();

    await user.click(dialog.getByRole('button', { name: 'Spara säkerhetskopia' }));
    expect(
      await dialog.findByText(/^Säkerhetskopian sparades som eblomladan-sakerhetskopia-/),
    ).toBeInTheDocument();
    expect(files.map((file) => file.name)).toEqual([expect.stringMatching(/^eblomladan-sakerhetskopia-/)]);

    await user.type(dialog.getByRole('textbox', { name: 'Skriv RADERA för att bekräfta' }), 'radera');
    await user.click(dialog.getByRole('button', { name: 'Radera allt' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }, LOAD),
    ).toBeInTheDocument();
    await waitFor(async () => expect(await db.rounds.get(roundId)).toBeUndefined());
    expect(await Promise.all(db.tables.map((table) => table.count()))).toEqual(db.tables.map(() => 0));
    expect(localStorage.getItem(PENDING_KEY)).toBeNull();
  });

  it('changes nothing when the deletion fails, and tells why', async () => {
    await aleWithRound();
    const { user, dialog } = await openDialog();
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    await user.type(dialog.getByRole('textbox', { name: 'Skriv RADERA för att bekräfta' }), 'RADERA');
    await user.click(dialog.getByRole('button', { name: 'Radera allt' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      /^Uppgifterna kunde inte raderas, och ingenting har ändrats/,
    );
    expect(await db.rounds.count()).toBe(1);
  });

  it('is in English too', async () => {
    await aleWithRound();
    const user = userEvent.setup();
    const { i18n } = await renderApp('/installningar');
    await screen.findByRole('heading', { level: 1, name: 'Inställningar' }, LOAD);
    await i18n.changeLanguage('en');
    await user.click(await screen.findByRole('button', { name: 'Delete all data …' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Do you want to delete all data?' }));
    expect(dialog.getByRole('textbox', { name: 'Type DELETE to confirm' })).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Delete everything' })).toBeInTheDocument();
  });
});
