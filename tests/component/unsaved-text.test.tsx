import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { startLanguage } from '../../src/app/language';
import { UnsavedText } from '../../src/ui/UnsavedText';

const LOCKED = 'Omgången är publicerad och kan inte ändras.';
const TEXT = 'Skolan har e-tjänst för frånvaro sedan\nhösten 2024.';

async function renderUnsaved(text: string | undefined) {
  const { i18n, ready, stop } = startLanguage();
  await ready;
  const view = render(
    <I18nextProvider i18n={i18n}>
      <UnsavedText text={text} reason={LOCKED} what="Kommentar" />
    </I18nextProvider>,
  );
  return {
    ...view,
    stop,
    again: (next: string | undefined) =>
      view.rerender(
        <I18nextProvider i18n={i18n}>
          <UnsavedText text={next} reason={LOCKED} what="Kommentar" />
        </I18nextProvider>,
      ),
  };
}

// navigator.clipboard as jsdom has it (none) after each test, whatever a test put there.
const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

describe('text that could not be saved', () => {
  it('is announced as "Inte sparad" with the reason, kept readable and copied with one button', async () => {
    const user = userEvent.setup(); // gives the page a clipboard, as a secure context has
    const { again, stop } = await renderUnsaved(undefined);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    again(TEXT);
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Inte sparad. ${LOCKED} Texten finns bara här på skärmen.`,
    );
    const kept = screen.getByRole('textbox', { name: 'Kommentar, inte sparad' });
    expect(kept).toHaveValue(TEXT);
    expect(kept).toHaveAttribute('readonly');
    expect(kept).not.toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Kopiera texten' }));
    expect(await navigator.clipboard.readText()).toBe(TEXT);
    expect(await screen.findByText('Texten är kopierad.')).toHaveAttribute('role', 'status');
    stop();
  });

  it('is selected for the keyboard to copy where there is no clipboard (plain http)', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const { stop } = await renderUnsaved(TEXT);
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera texten' }));
    const status = await screen.findByText(/^Texten är markerad\. Tryck Ctrl\+C/);
    expect(status).toHaveAttribute('role', 'status');
    const kept = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Kommentar, inte sparad' });
    expect(kept).toHaveFocus();
    expect([kept.selectionStart, kept.selectionEnd]).toEqual([0, TEXT.length]);
    stop();
  });

  it('goes away once the text is saved after all', async () => {
    const { again, stop } = await renderUnsaved(TEXT);
    expect(screen.getByRole('button', { name: 'Kopiera texten' })).toBeInTheDocument();
    again(undefined);
    expect(screen.queryByRole('button', { name: 'Kopiera texten' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Inte sparad/)).not.toBeInTheDocument();
    stop();
  });
});
