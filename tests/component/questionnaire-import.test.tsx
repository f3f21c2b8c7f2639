import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/domain/questionnaire/limits';
import { db } from '../../src/storage/db';
import { renderApp } from './render-app';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/questionnaires', name), 'utf8');
const jsonFile = (text: string, name: string) => new File([text], name, { type: 'application/json' });

const TITLE = 'Digital mognad i Skånes kommuner 2025';

async function openList() {
  const user = userEvent.setup();
  await renderApp('/formular');
  expect(await screen.findByRole('heading', { level: 1, name: 'Frågeformulär' })).toBeInTheDocument();
  // The bundled catalog has arrived, so a file can be checked against it.
  await screen.findByRole('link', { name: 'Läs eBlomlådan 2016, version 2016' });
  return { user, input: screen.getByLabelText<HTMLInputElement>('Välj en JSON-fil') };
}

describe('loading an own questionnaire file', () => {
  it('lists the bundled questionnaires and explains the format next to the file control', async () => {
    const { input } = await openList();
    const bundled = screen.getByRole('region', { name: 'Frågeformulär som följer med' });
    expect(within(bundled).getByRole('heading', { level: 3, name: 'eBlomlådan 2014' })).toBeInTheDocument();
    const own = screen.getByRole('region', { name: 'Egna frågeformulär' });
    expect(await within(own).findByText('Inga egna frågeformulär har lästs in ännu.')).toBeInTheDocument();
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription(/Högst 2 MB/);
    expect(screen.getByRole('link', { name: 'JSON-schemat för formatet (schema.json)' })).toHaveAttribute(
      'href',
      'questionnaires/schema.json',
    );
  });

  it('loads a regional variant with four levels, lists it with its version and opens it', async () => {
    const { user, input } = await openList();

    await user.upload(input, jsonFile(fixture('regional-4-levels.json'), 'regional-4-levels.json'));

    const message = `Frågeformuläret ”${TITLE}” version 2025 är inläst och kan användas för nya omgångar.`;
    expect((await screen.findByText(message)).closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await db.questionnaires.count()).toBe(1);

    const own = screen.getByRole('region', { name: 'Egna frågeformulär' });
    const card = (await within(own).findByRole('heading', { level: 3, name: TITLE })).closest('li')!;
    expect(card).toHaveTextContent('Version 2025 · Publicerad 1 februari 2025');
    expect(card).toHaveTextContent(/Inläst från filen regional-4-levels\.json den \d+ \w+ \d{4}/);
    // The same file can be chosen again: it is already there, and nothing changes.
    expect(input.value).toBe('');
    await user.upload(input, jsonFile(fixture('regional-4-levels.json'), 'regional-4-levels.json'));
    expect(
      await screen.findByText(/version 2025 är redan inläst med exakt samma innehåll/),
    ).toBeInTheDocument();
    expect(await db.questionnaires.count()).toBe(1);

    await user.click(within(card).getByRole('link', { name: `Läs ${TITLE}, version 2025` }));
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(screen.getByText('Inläst från filen regional-4-levels.json')).toBeInTheDocument();
    const scale = screen.getByRole('table');
    const levels = within(scale)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(levels).toEqual([
      'Helt uppfyllt',
      'I stort sett uppfyllt',
      'Påbörjat',
      'Inte påbörjat',
      'Ej aktuellt',
    ]);
    expect(within(scale).getByRole('row', { name: /I stort sett uppfyllt 0,67/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Blommor' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Samhällsbyggnad' })).toBeInTheDocument();
  });

  it('refuses a broken file with every error listed under its name, and stores nothing', async () => {
    const { user, input } = await openList();
    await user.upload(input, jsonFile(fixture('regional-4-levels.json'), 'regional-4-levels.json'));
    await screen.findByRole('heading', { level: 3, name: TITLE });
    const before = await db.questionnaires.count();

    await user.upload(input, jsonFile(fixture('broken.json'), 'broken.json'));

    const alert = await screen.findByRole('alert', { name: 'Filen broken.json kunde inte läsas in' });
    expect(alert).toHaveTextContent('Filen har 3 fel. Ingenting sparades.');
    expect(
      within(alert).getByRole('row', {
        name: /sections\[0\]\.indicators\[1\]\.id Id ”utbildning\.skolval” används mer än en gång i filen/,
      }),
    ).toBeInTheDocument();
    expect(
      within(alert).getByRole('row', {
        name: /scale\.options\[2\]\.score Skalan ska gå från lägst till högst poäng: 0,2 kommer efter 0,33/,
      }),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('row', { name: /sections\[1\] Okända fält: owner/ })).toBeInTheDocument();
    // The earlier success message is gone, and the broken questionnaire is not listed.
    expect(screen.queryByText(/är inläst och kan användas/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Trasig regional variant' })).not.toBeInTheDocument();
    expect(await db.questionnaires.count()).toBe(before);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { user, input } = await openList();
    const huge = jsonFile('{}', 'stor.json');
    Object.defineProperty(huge, 'size', { value: LIMITS.fileBytes + 1 });
    const read = vi.fn(() => Promise.resolve('{}'));
    huge.text = read;

    await user.upload(input, huge);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Filen stor.json är för stor (2,1 MB) och lästes inte. Ett frågeformulär får vara högst 2 MB.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(await db.questionnaires.count()).toBe(0);
  });

  it('refuses a file that claims a version that comes with the app', async () => {
    const { user, input } = await openList();
    const copy = JSON.parse(fixture('regional-4-levels.json'));
    copy.id = 'eblomladan';
    copy.version = '2016';

    await user.upload(input, jsonFile(JSON.stringify(copy), 'min-eblomladan.json'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Filen min-eblomladan.json lästes inte in: frågeformuläret eblomladan version 2016 följer redan med appen.',
    );
    expect(await db.questionnaires.count()).toBe(0);
  });
});
