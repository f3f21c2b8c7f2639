import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { fileOverrides } from './setup';

const bundled = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../questionnaires', file), 'utf8');

describe('reading a bundled questionnaire', () => {
  it('shows the scale, the parts grouped as flowers, grass and soil, and each indicator with its help and suggestions', async () => {
    const user = userEvent.setup();
    await renderApp('/formular/eblomladan/2016');
    expect(await screen.findByRole('heading', { level: 1, name: 'eBlomlådan 2016' })).toBeInTheDocument();

    const scale = screen.getByRole('table');
    expect(within(scale).getByRole('rowheader', { name: 'Uppfyller helt' })).toBeInTheDocument();
    expect(within(scale).getByRole('row', { name: /Uppfyller delvis 0,5/ })).toBeInTheDocument();
    expect(within(scale).getByRole('rowheader', { name: 'Ej aktuellt' })).toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 3, name: 'Blommor' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Gräset' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Jordmånen' })).toBeInTheDocument();
    const flower = screen.getByRole('article', { name: 'Barn och elever' });
    expect(
      within(flower).getByText(/Förvaltningschef för barn- och utbildningsförvaltningen/),
    ).toBeInTheDocument();

    const indicator = within(flower).getByText(/ansöka om, ändra och säga upp plats i förskola/);
    expect(indicator).not.toBeVisible();
    await user.click(within(flower).getByText('8 indikatorer'));
    expect(indicator).toBeVisible();
    expect(within(flower).getAllByText('Vägledning:').length).toBe(8);
    // Suggested activities, the starting texts of the action plan, can be read before a round.
    expect(within(flower).getAllByText('Förslag på aktiviteter:').length).toBe(8);
    expect(
      within(flower).getByText(
        /^Inför en e-tjänst med e-legitimation för att söka, ändra och säga upp plats/,
      ),
    ).toBeVisible();
  });

  it('says how the 2016 version relates to 2014: what can be compared and what is new', async () => {
    await renderApp('/formular/eblomladan/2016');
    expect(
      await screen.findByText(/33 indikatorer från version 2014 har en jämförbar motsvarighet här/),
    ).toBeInTheDocument();
    expect(screen.getByText(/31 indikatorer saknar motsvarighet och kan inte jämföras/)).toBeInTheDocument();
    expect(screen.getAllByText(/Ny i den här versionen/).length).toBe(65 - 33);
  });

  it('shows English texts in English', async () => {
    localStorage.setItem('eblomladan.preferences', '{"state":{"language":"en"},"version":1}');
    await renderApp('/formular/eblomladan/2014');
    expect(await screen.findByRole('heading', { level: 1, name: 'eBlomlådan 2014' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Flowers' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Fully' })).toBeInTheDocument();
  });

  it('names the file and lists its errors when a bundled questionnaire is broken, showing none of it', async () => {
    const broken = JSON.parse(bundled('eblomladan-2016.json'));
    broken.sections[0].indicators[1].id = broken.sections[0].indicators[0].id;
    broken.scale.options[2].score = 2;
    fileOverrides.set('eblomladan-2016.json', JSON.stringify(broken));
    await renderApp('/formular/eblomladan/2016');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Frågeformuläret i filen eblomladan-2016.json kunde inte läsas',
      }),
    ).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('row', { name: /scale\.options\[2\]\.score Värdet är för högt \(högst 1\)/ }),
    ).toBeInTheDocument();
    expect(
      within(alert).getByRole('row', {
        name: /sections\[0\]\.indicators\[1\]\.id Id ”e-tjanst\.forskoleplats” används mer än en gång i filen/,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Blommor' })).not.toBeInTheDocument();
  });

  it('points at the line of a JSON syntax error', async () => {
    fileOverrides.set(
      'eblomladan-2014.json',
      '{\n  "format": "eblomladan.questionnaire/1",\n  "id": "eblomladan",\n}',
    );
    await renderApp('/formular/eblomladan/2014');
    expect(
      await screen.findByText('Filen är inte giltig JSON: felet finns på rad 4, kolumn 1.'),
    ).toBeInTheDocument();
  });

  it('refuses a 2016 file whose map names an indicator 2014 does not have', async () => {
    const broken = JSON.parse(bundled('eblomladan-2016.json'));
    broken.supersedes.map['skola.finns-inte'] = null;
    fileOverrides.set('eblomladan-2016.json', JSON.stringify(broken));
    await renderApp('/formular/eblomladan/2016');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Kopplingen till version 2014 i filen eblomladan-2016.json är felaktig',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Indikatorn ”skola.finns-inte” finns inte i version 2014.')).toBeInTheDocument();
  });

  it('explains an unknown questionnaire address', async () => {
    await renderApp('/formular/eblomladan/1999');
    expect(
      await screen.findByText(
        'Det finns inget frågeformulär eblomladan version 1999 i den här installationen.',
      ),
    ).toBeInTheDocument();
  });

  it('lists errors in the index file on the start page', async () => {
    fileOverrides.set(
      'index.json',
      '{"format":"eblomladan.questionnaire-index/1","questionnaires":[{"file":"../x.json"}]}',
    );
    await renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Förteckningen över frågeformulär kunde inte läsas' }),
    ).toBeInTheDocument();
    expect(
      within(alert).getByRole('row', { name: /questionnaires\[0\]\.id Värdet saknas/ }),
    ).toBeInTheDocument();
  });
});
