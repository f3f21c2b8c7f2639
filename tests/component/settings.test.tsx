import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStorageHealth } from '../../src/state/storage-health';
import { db } from '../../src/storage/db';
import { saveOrganisation } from '../../src/storage/settings';
import { renderApp } from './render-app';

// The view and the register are lazy chunks; the first load in a busy test run may take a while.
const LOAD = { timeout: 5000 };

async function openSettings() {
  await renderApp('/installningar');
  return screen.findByRole('heading', { level: 1, name: 'Inställningar' }, LOAD);
}

const section = (name: string) => {
  const heading = screen.getByRole('heading', { level: 2, name });
  return within(heading.closest('section')!);
};

afterEach(() => {
  useStorageHealth.setState({ persisted: undefined, estimate: undefined });
  vi.restoreAllMocks();
});

describe('settings', () => {
  it('has the sections Kommun, Språk, Lagring, Säkerhetskopia, Live-samarbete and Radera alla uppgifter under the page heading', async () => {
    expect(await openSettings()).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Kommun',
      'Språk',
      'Lagring',
      'Säkerhetskopia',
      'Live-samarbete',
      'Radera alla uppgifter',
    ]);
  });

  it('says when the last backup was made, or that none was', async () => {
    await openSettings();
    const backup = section('Säkerhetskopia');
    expect(
      await backup.findByText('Ingen säkerhetskopia har sparats i den här webbläsaren.'),
    ).toBeInTheDocument();
    await db.settings.put({ key: 'lastBackup', at: '2025-03-02T13:05:00.000Z' });
    expect(await backup.findByText(/^Senaste säkerhetskopian: 2 mars 2025/)).toBeInTheDocument();
    expect(backup.getByRole('link', { name: 'Spara säkerhetskopia' })).toHaveAttribute(
      'href',
      '#/sakerhetskopia',
    );
  });

  it('says no municipality is chosen, then shows the chosen one with its county and SKR group', async () => {
    await openSettings();
    const kommun = section('Kommun');
    expect(await kommun.findByText('Ingen kommun vald')).toBeInTheDocument();
    expect(kommun.getByRole('link', { name: 'Välj kommun' })).toHaveAttribute('href', '#/kommun');

    await act(() => saveOrganisation('1440'));
    expect(await kommun.findByText('Ale', {}, LOAD)).toBeInTheDocument();
    expect(kommun.getByText('1440')).toBeInTheDocument();
    expect(kommun.getByText('Västra Götalands län')).toBeInTheDocument();
    expect(kommun.getByText('A2 – Pendlingskommun nära storstad')).toBeInTheDocument();
    expect(kommun.queryByText('Ingen kommun vald')).not.toBeInTheDocument();
    expect(kommun.getByRole('link', { name: 'Byt kommun' })).toHaveAttribute('href', '#/kommun');
  });

  it('switches the interface to English with the language radio buttons, and back', async () => {
    const user = userEvent.setup();
    await openSettings();
    const group = screen.getByRole('group', { name: 'Språk i gränssnittet' });
    expect(within(group).getByRole('radio', { name: 'Svenska' })).toBeChecked();

    await user.click(within(group).getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 2, name: 'Storage' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Svenska' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inställningar' })).toBeInTheDocument();
  });

  it('says the data is safe when the browser has promised persistent storage, with the usage in Swedish numbers', async () => {
    useStorageHealth.setState({ persisted: true, estimate: { usage: 1_234_567, quota: 10_000_000_000 } });
    await openSettings();
    const lagring = section('Lagring');
    expect(lagring.getByText('Webbläsaren har lovat att inte rensa uppgifterna.')).toBeInTheDocument();
    // Intl puts a no-break space between number and unit.
    expect(lagring.getByText(/^Använt:/).textContent!.replace(/\s/g, ' ')).toBe('Använt: 1,2 MB av 10 GB');
    expect(lagring.queryByRole('button', { name: 'Be om beständig lagring' })).not.toBeInTheDocument();
  });

  it('warns that the browser may clear the data when it has not promised to keep it', async () => {
    useStorageHealth.setState({ persisted: false });
    await openSettings();
    const lagring = section('Lagring');
    expect(lagring.getByText(/Webbläsaren har inte lovat att behålla uppgifterna/)).toHaveTextContent(
      /kan den rensa dem.*Spara säkerhetskopior regelbundet/,
    );
    expect(lagring.queryByText('Webbläsaren har lovat att inte rensa uppgifterna.')).not.toBeInTheDocument();
    expect(lagring.getByRole('button', { name: 'Be om beständig lagring' })).toBeInTheDocument();
  });

  it('says it is still checking, or that the browser cannot tell', async () => {
    await openSettings();
    expect(section('Lagring').getByText('Kontrollerar …')).toBeInTheDocument();
    act(() => useStorageHealth.getState().setPersisted('unsupported'));
    // Waited for: the page was shown by a commit outside act (its chunk and strings arrived after
    // renderApp), and the section subscribes to the store in that commit's passive effect, which
    // on a busy machine may run only after this change; it then renders the change itself.
    expect(await section('Lagring').findByText(/Webbläsaren kan inte tala om/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Be om beständig lagring' })).not.toBeInTheDocument();
  });

  it('asks the browser for persistent storage and tells the outcome', async () => {
    const user = userEvent.setup();
    const persist = vi.fn<() => Promise<boolean>>().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator) as Navigator, { storage: { persist } }),
    );
    useStorageHealth.setState({ persisted: false });
    await openSettings();
    const lagring = section('Lagring');

    await user.click(lagring.getByRole('button', { name: 'Be om beständig lagring' }));
    await waitFor(() => expect(lagring.getByRole('status')).toHaveTextContent('Webbläsaren sa nej.'));
    expect(useStorageHealth.getState().persisted).toBe(false);

    await user.click(lagring.getByRole('button', { name: 'Be om beständig lagring' }));
    expect(await lagring.findByText('Webbläsaren har nu lovat att inte rensa uppgifterna.')).toHaveFocus();
    expect(lagring.getByText('Webbläsaren har lovat att inte rensa uppgifterna.')).toBeInTheDocument();
    expect(lagring.queryByRole('button', { name: 'Be om beständig lagring' })).not.toBeInTheDocument();
    expect(useStorageHealth.getState().persisted).toBe(true);
    expect(persist).toHaveBeenCalledTimes(2);
  });

  it('copes with a browser without the storage API', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { storage: undefined }));
    useStorageHealth.setState({ persisted: false });
    await openSettings();
    await user.click(screen.getByRole('button', { name: 'Be om beständig lagring' }));
    expect(
      await section('Lagring').findByText('Den här webbläsaren går inte att be om beständig lagring.'),
    ).toBeInTheDocument();
    expect(useStorageHealth.getState().persisted).toBe('unsupported');
  });
});

describe('settings: usage', () => {
  it('asks the browser for the usage again when the page opens', async () => {
    const estimate = vi.fn().mockResolvedValue({ usage: 2_500_000, quota: 5_000_000_000 });
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator) as Navigator, { storage: { estimate } }),
    );
    useStorageHealth.setState({ persisted: true, estimate: { usage: 1, quota: 5_000_000_000 } });
    await openSettings();
    await waitFor(() =>
      expect(
        section('Lagring')
          .getByText(/^Använt:/)
          .textContent!.replace(/\s/g, ' '),
      ).toBe('Använt: 2,5 MB av 5 GB'),
    );
    expect(estimate).toHaveBeenCalled();
  });
});
