import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/storage/db';
import { renderApp } from './render-app';
import { aleWithRound } from './round-fixtures';

/**
 * A button that goes away when pressed must leave focus on what replaced it (its message, or the
 * heading or control that appeared), never on the page body: keyboard and screen-reader users
 * would otherwise start again from the top of the page (issue 16, "Focus").
 */
const focused = () => document.activeElement;

describe('focus after publishing and reopening a round', () => {
  it('goes to the question, back to the button on Avbryt, to the notice once published, and to the message once reopened', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound(2025);
    await renderApp(`/omgangar/${round.id}`);

    await user.click(await screen.findByRole('button', { name: 'Publicera omgången' }));
    const question = screen.getByText('Vill du publicera omgång 2025? Den blir skrivskyddad.');
    expect(focused()).toBe(question);

    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Publicera omgången' }));

    await user.click(screen.getByRole('button', { name: 'Publicera omgången' }));
    await user.click(screen.getByRole('button', { name: 'Ja, publicera' }));
    const notice = await screen.findByText(/^Omgången publicerades .* och är skrivskyddad\.$/);
    await waitFor(() => expect(focused()).toBe(notice));

    await user.type(
      screen.getByRole('textbox', { name: 'Varför öppnas omgången igen?' }),
      'Rättar svaret om e-arkiv',
    );
    await user.click(screen.getByRole('button', { name: 'Öppna igen' }));
    await waitFor(() => expect(focused()).toBe(screen.getByText('Omgången är öppnad igen och kan ändras.')));
    expect(focused()).toHaveAttribute('role', 'status');
    expect((await db.rounds.get(round.id))?.status).toBe('draft');

    // Publishing again asks again (the confirmation does not linger from the last time).
    expect(screen.getByRole('button', { name: 'Publicera omgången' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ja, publicera' })).toBeNull();
  });
});
