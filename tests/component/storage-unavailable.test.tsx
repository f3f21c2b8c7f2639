import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { version } from '../../package.json';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStorage } from '../../src/app/storage-health';
import { useStorageHealth } from '../../src/state/storage-health';
import { db } from '../../src/storage/db';
import { exportBackup } from '../../src/storage/exchange';
import { aleWithRound } from './round-fixtures';
import { renderApp } from './render-app';

const LOAD = { timeout: 5000 };
const REFUSED = /Webbläsaren tillåter inte att eBlomlådan sparar uppgifter/;

/**
 * The browser refuses IndexedDB, as with site data blocked: every open throws SecurityError.
 * The app starts as main.tsx starts it, so the database's open fails for real.
 */
async function refuseStorage() {
  // React reports each StorageFailure a boundary catches; main.tsx keeps them out of the console.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  db.close();
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  });
  await startStorage();
}

let roundId = '';
beforeEach(async () => {
  roundId = (await aleWithRound(2025)).id;
});

afterEach(() => {
  // Give the database back to the next test, and forget the alert this test raised.
  vi.restoreAllMocks();
  useStorageHealth.setState({ alert: undefined, persisted: undefined, estimate: undefined });
});

/** The view says storage is refused, in its main area, and is not loading. */
async function expectStorageRefused() {
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Uppgifterna kan inte visas' }, LOAD),
  ).toBeVisible();
  const main = screen.getByRole('main');
  expect(within(main).getAllByText(REFUSED).length).toBeGreaterThanOrEqual(1);
  expect(within(main).queryByText('Laddar …')).not.toBeInTheDocument();
  expect(within(main).queryByText(/Läser kommunens omgångar/)).not.toBeInTheDocument();
  // What still works is offered.
  expect(within(main).getByRole('link', { name: 'Läsa frågeformulären' })).toHaveAttribute(
    'href',
    '#/formular',
  );
}

describe('when the browser refuses storage', () => {
  it('the start page says so in its banner and still lists the questionnaires', async () => {
    await refuseStorage();
    await renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(REFUSED);
    expect(await screen.findByRole('link', { name: /Läs eBlomlådan 2016/ }, LOAD)).toBeInTheDocument();
  });

  it('"Omgångar" says so instead of reading the rounds for ever', async () => {
    await refuseStorage();
    await renderApp('/omgangar');
    await expectStorageRefused();
  });

  it('a round says so instead of "Laddar …"', async () => {
    await refuseStorage();
    await renderApp(`/omgangar/${roundId}`);
    await expectStorageRefused();
  });

  it('"Starta en ny omgång" says so instead of "Laddar …"', async () => {
    await refuseStorage();
    await renderApp('/omgangar/ny');
    await expectStorageRefused();
  });

  it('answering a part says so', async () => {
    await refuseStorage();
    await renderApp(`/omgangar/${roundId}/skola`);
    await expectStorageRefused();
  });

  it('settings keep the language and say why the municipality and the last backup cannot be shown', async () => {
    await refuseStorage();
    await renderApp('/installningar');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inställningar' }, LOAD)).toBeVisible();
    const section = (name: string) => within(screen.getByRole('region', { name }));
    expect(await section('Kommun').findByText(REFUSED, {}, LOAD)).toBeInTheDocument();
    expect(await section('Säkerhetskopia').findByText(REFUSED, {}, LOAD)).toBeInTheDocument();
    expect(section('Språk').getByRole('radio', { name: 'Svenska' })).toBeChecked();
    expect(screen.queryByText('Laddar …')).not.toBeInTheDocument();
  });

  it('opening a backup names the real cause, not a newer version in another tab', async () => {
    const backup = await exportBackup(version);
    await refuseStorage();
    const user = userEvent.setup();
    await renderApp('/oppna');
    await screen.findByRole('heading', { level: 1, name: 'Öppna fil' }, LOAD);
    const file = new File([JSON.stringify(backup)], 'eblomladan-sakerhetskopia.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Välj filer'), file);
    const outcome = await screen.findByText(/^Inläsningen misslyckades och ingenting sparades\./, {}, LOAD);
    expect(outcome).toHaveTextContent(REFUSED);
    expect(outcome).not.toHaveTextContent(/nyare version/);
  });
});
