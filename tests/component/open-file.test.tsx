import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/storage/db';
import { renderApp } from './render-app';

const corpus = (name: string) =>
  new File([readFileSync(join(import.meta.dirname, '../fixtures/exchange', name))], name, {
    type: 'application/json',
  });

async function openFileView() {
  const user = userEvent.setup();
  await renderApp('/oppna');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Öppna fil' }, { timeout: 5000 }),
  ).toBeInTheDocument();
  return { user, input: screen.getByLabelText<HTMLInputElement>('Välj filer') };
}

describe('Öppna fil', () => {
  it('shows markup and scripts from a file as plain text, before and after loading it', async () => {
    const { user, input } = await openFileView();
    await user.upload(input, corpus('markup-everywhere.json'));
    const preview = await screen.findByText(/^En tilldelad kopia av omgången 2025/, {}, { timeout: 5000 });
    expect(preview.textContent).toContain(
      'Barn och elever <img src=x onerror=alert(1)><script>alert("x")</script>',
    );
    // Nothing from the file became an element.
    expect(document.querySelector('main img, main script')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Läs in' }));
    expect(await screen.findByText('Klart. Allt är inläst.')).toBeInTheDocument();

    // A new copy with one part opens on that part, the respondent's work.
    await user.click(screen.getByRole('link', { name: 'Till omgången 2025' }));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: /^Barn och elever <img src=x/ },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('main img:not([alt=""]), main script')).toBeNull();
    await user.click(screen.getAllByRole('link', { name: 'Till omgångens översikt' })[0]!);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: /^Omgång 2025 – Omgång <img src=x/ },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Tilldelad kopia:/)).toBeInTheDocument();
    expect(document.querySelector('main img:not([alt=""]), main script')).toBeNull();
  });

  it('lists what is wrong with each refused file and saves nothing', async () => {
    const { user, input } = await openFileView();
    await user.upload(input, [corpus('newer-version.json'), corpus('value-not-on-scale.json')]);
    const first = await screen.findByRole(
      'alert',
      { name: 'newer-version.json kan inte läsas in' },
      { timeout: 5000 },
    );
    expect(first).toHaveTextContent(
      'Filen är skapad av en nyare version av eBlomlådan (eblomladan.backup/3).',
    );
    const second = screen.getByRole('alert', { name: 'value-not-on-scale.json kan inte läsas in' });
    expect(second).toHaveTextContent(
      'parts[0].answers["skola.franvaro"].valueSvaret ”kanske” finns inte på frågeformulärets svarsskala.',
    );
    expect(screen.queryByRole('button', { name: /Läs in|Slå ihop/ })).toBeNull();
    await waitFor(async () => expect(await db.rounds.count()).toBe(0));
  });
});
