import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/storage/db';
import { saveOrganisation } from '../../src/storage/settings';
import { captureDownloads } from './downloads';
import { renderApp } from './render-app';

// The About view crashes while rendering, as a view with a bug would.
vi.mock('../../src/features/about/AboutPage', () => ({
  default: function AboutPage() {
    throw new Error('boom in the about view');
  },
}));

const LOAD = { timeout: 5000 };

describe('a view that crashes', () => {
  it('says so plainly, keeps the navigation, and offers a backup of everything', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the error
    await saveOrganisation('1440');
    const files = captureDownloads();
    const user = userEvent.setup();
    await renderApp('/om');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Något gick fel' }, LOAD),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/Det du har sparat finns kvar i webbläsaren/);
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(screen.getByText('boom in the about view')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara säkerhetskopia' }));
    await waitFor(() => expect(files).toHaveLength(1), LOAD);
    const name = files[0]!.name;
    expect(name).toMatch(/^eblomladan-sakerhetskopia-\d{4}-\d{2}-\d{2}\.json$/);
    // The status is set after the download, in a later render: wait for it.
    await waitFor(
      () => expect(screen.getByRole('status')).toHaveTextContent(`Säkerhetskopian sparades som ${name}.`),
      LOAD,
    );
    const backup = JSON.parse(await files[0]!.blob.text()) as {
      format: string;
      data: { settings: { key: string }[] };
    };
    expect(backup.format).toBe('eblomladan.backup/2');
    expect(backup.data.settings.map((s) => s.key).sort()).toEqual(['lastBackup', 'organisation']);
    expect(await db.settings.get('lastBackup')).toBeDefined();
  });

  it('tells when the backup could not be saved', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await renderApp('/om');
    await screen.findByRole('heading', { level: 1, name: 'Något gick fel' }, LOAD);
    db.close();
    await user.click(screen.getByRole('button', { name: 'Spara säkerhetskopia' }));
    expect(await screen.findByText(/Säkerhetskopian kunde inte sparas/, {}, LOAD)).toBeInTheDocument();
    await db.open();
  });
});
