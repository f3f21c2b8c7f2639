import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/storage/db';
import { renderApp } from './render-app';

/** The frozen assignment as a newer eBlomlådan might write it: with fields this version does not know. */
function newerAssignment() {
  const file = JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/formats/v1/assignment-1.json'), 'utf8'),
  ) as Record<string, unknown> & { writtenBy: { version: string }; round: Record<string, unknown> };
  file.writtenBy.version = '0.4.0';
  file.signature = 'c2lnbmF0dXI=';
  file.round.colour = '#2a7';
  return new File([JSON.stringify(file, null, 2)], 'ale-2025-delar.json', { type: 'application/json' });
}

describe('Öppna fil with a file from a newer version', () => {
  it('says in the preview what it will not read, and reads the rest on confirmation', async () => {
    const user = userEvent.setup();
    await renderApp('/oppna');
    await screen.findByRole('heading', { level: 1, name: 'Öppna fil' }, { timeout: 5000 });
    await user.upload(screen.getByLabelText<HTMLInputElement>('Välj filer'), newerAssignment());

    const notices = await screen.findByRole(
      'region',
      { name: 'Det här bör du veta om ale-2025-delar.json' },
      { timeout: 5000 },
    );
    expect(notices).toHaveTextContent(
      'Filen är skriven av eBlomlådan 0.4.0 och har uppgifter som den här versionen inte känner till.',
    );
    const rows = within(notices)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'round.colourEtt okänt fält, på 1 ställe. Det läses inte in.',
      'signatureEtt okänt fält, på 1 ställe. Det läses inte in.',
    ]);
    expect(screen.getByText(/^En tilldelad kopia av omgången 2025/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Läs in' }));
    expect(await screen.findByText('Klart. Allt är inläst.')).toBeInTheDocument();
    await waitFor(async () => expect(await db.rounds.count()).toBe(1));
    expect(JSON.stringify(await db.rounds.toArray())).not.toContain('#2a7');
  });
});
