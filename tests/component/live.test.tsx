/**
 * Live collaboration as a user meets it before any relay is involved: the relay's address under
 * Settings is checked and says plainly what is wrong (nothing saved), and a damaged or newer
 * invitation link says so instead of connecting.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { invitationToken } from '../../src/domain/live/link';
import { db } from '../../src/storage/db';
import { renderApp } from './render-app';

const LOAD = { timeout: 5000 };

async function liveSection() {
  await renderApp('/installningar');
  const heading = await screen.findByRole('heading', { level: 2, name: 'Live-samarbete' }, LOAD);
  return within(heading.closest('section')!);
}

async function saveAddress(section: Awaited<ReturnType<typeof liveSection>>, address: string) {
  const input = await section.findByLabelText('Reläserverns adress', {}, LOAD);
  await userEvent.clear(input);
  await userEvent.type(input, address);
  await userEvent.click(section.getByRole('button', { name: 'Spara adressen' }));
}

describe('Settings → Live-samarbete', () => {
  it('refuses an address that is not a relay, or that this installation may not reach, and saves nothing', async () => {
    const section = await liveSection();
    expect(await section.findByText('Ingen reläserver är inställd.', {}, LOAD)).toBeInTheDocument();
    for (const [address, message] of [
      ['https://relay.kommun.se', /^Adressen ska börja med wss:\/\//],
      ['relay.kommun.se', /^Det här är ingen adress/],
      ['wss://relay.kommun.se/relay?token=1', /^Adressen får inte innehålla frågetecken/],
      [
        'wss://relay.annan-kommun.se/relay',
        /^Den här installationen av eBlomlådan får inte ansluta till wss:\/\/relay\.annan-kommun\.se\. Lägg reläservern under samma adress som appen/,
      ],
    ] as const) {
      await saveAddress(section, address);
      const alert = await section.findByRole('alert');
      expect(alert).toHaveTextContent(message);
      // Focus lands on what went wrong.
      await waitFor(() => expect(alert).toHaveFocus());
    }
    expect(await db.live.count()).toBe(0);
  });

  it('saves a relay behind the app’s own address, and removes it', async () => {
    const section = await liveSection();
    const address = `ws://${location.host}/relay`;
    await saveAddress(section, `${address}/`);
    expect(await section.findByRole('status')).toHaveTextContent(/^Adressen är sparad/);
    expect(await db.live.get('relay')).toEqual({ key: 'relay', address });
    expect(await section.findByText(`Sparad adress: ${address}`)).toBeInTheDocument();
    await userEvent.click(section.getByRole('button', { name: 'Ta bort adressen' }));
    expect(await section.findByText('Ingen reläserver är inställd.')).toBeInTheDocument();
    expect(await db.live.count()).toBe(0);
  });
});

describe('an invitation link', () => {
  const room = new Uint8Array(16).fill(7);
  const key = new Uint8Array(32).fill(9);

  it('that is damaged says so and offers no way to join', async () => {
    const token = invitationToken({ relay: `ws://${location.host}/relay`, room, key });
    await renderApp(`/delta/${token.slice(0, -5)}x.y`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gå med i en omgång live' }, LOAD),
    ).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Länken är ofullständig eller skadad. Be om länken igen och kopiera hela.',
    );
    expect(screen.queryByRole('button', { name: 'Gå med i omgången' })).not.toBeInTheDocument();
  });

  it('from a newer version asks for an update', async () => {
    const token = invitationToken({ relay: `ws://${location.host}/relay`, room, key });
    await renderApp(`/delta/2${token.slice(1)}`);
    expect(await screen.findByRole('alert', {}, LOAD)).toHaveTextContent(
      'Länken är skapad av en nyare version av eBlomlådan. Uppdatera appen och öppna länken igen.',
    );
  });

  it('asks for the name before joining, and says so when it is missing', async () => {
    const token = invitationToken({ relay: `ws://${location.host}/relay`, room, key });
    await renderApp(`/delta/${token}`);
    expect(
      await screen.findByText(
        /^Länken ansluter den här webbläsaren till en omgång som delas via reläservern ws:\/\//,
        {},
        LOAD,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Gå med i omgången' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Skriv ditt namn, så att de andra ser vem som svarar.',
    );
    expect(await db.rounds.count()).toBe(0);
  });
});
