import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/storage/db';
import { renderApp } from './render-app';
import { aleWithRound } from './round-fixtures';

const firstIndicator = () =>
  screen.getByRole('group', { name: /1\. Vårdnadshavare kan ansöka om, ändra och säga upp plats/ });
const TYPED = 'Gäller alla förskolor utom Skepplanda, som följer i höst';

describe('a comment typed while the round is published in another tab', () => {
  it('stays visible, is said to be "Inte sparad" and why, and can be copied', async () => {
    const user = userEvent.setup(); // gives the page a clipboard, as a secure context has
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    const comment = within(await screen.findByRole('group', { name: /^1\./ })).getByLabelText('Kommentar');
    await user.type(comment, 'Gäller alla förskolor');
    await waitFor(async () =>
      expect(
        (await db.responses.get([round.id, 'barn-elever']))?.answers['e-tjanst.forskoleplats']?.comment,
      ).toBe('Gäller alla förskolor'),
    );

    // Another tab publishes the round, and the next keystroke here comes before this tab knows.
    // The other tab's last step, marking the round published, is started here before the
    // keystroke: IndexedDB runs that transaction first because it was started first, so the
    // outcome does not depend on timing. (publishRound itself first works out the agreed answers,
    // asynchronously, so it would not be started first.) The typed words' last saves may still be
    // waiting for the agreed answers then; finishing after the refusal, they must not take
    // "Inte sparad" away (late-save.test.tsx pins that order down).
    const at = new Date().toISOString();
    const published = db.rounds.update(round.id, { status: 'published', publishedAt: at, updatedAt: at });
    fireEvent.change(comment, { target: { value: TYPED } });
    await published;

    const said = await screen.findByRole('alert');
    expect(said).toHaveTextContent(/^Inte sparad\. Omgången är publicerad och kan inte ändras\./);
    // The field becomes read-only, but the words are kept where they can be selected and copied.
    await waitFor(() => expect(within(firstIndicator()).getByLabelText('Kommentar')).toBeDisabled());
    expect(screen.getByRole('textbox', { name: 'Kommentar, inte sparad' })).toHaveValue(TYPED);
    const copy = screen.getByRole('button', { name: 'Kopiera texten' });
    expect(copy).toBeEnabled();
    await user.click(copy);
    // Said once the copy has finished (the click itself returns before the clipboard has it);
    // with the whole suite running beside it, that can take longer than Testing Library's 1 s.
    expect(await screen.findByText('Texten är kopierad.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(TYPED);
  });
});
