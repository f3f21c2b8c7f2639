import { fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import { saveAnswer } from '../../src/storage/responses';
import { startRound } from '../../src/storage/rounds';
import { saveOrganisation } from '../../src/storage/settings';
import { renderApp } from './render-app';
import { aleWithRound } from './round-fixtures';

/** A round of Ale on the 2016 questionnaire with a few answers in the children's flower and the soil. */
async function answeredRound() {
  const round = await aleWithRound();
  const answer = (section: string, id: string, value: string) => saveAnswer(round.id, section, id, { value });
  await answer('barn-elever', 'e-tjanst.forskoleplats', 'helt');
  await answer('barn-elever', 'skola.franvaro-anmalan', 'delvis');
  await answer('barn-elever', 'skola.skolskjuts', 'ej-aktuellt');
  await answer('tekniska-forutsattningar', 'e-legitimation.invanare', 'inte-alls');
  await answer('tekniska-forutsattningar', 'e-legitimation.medarbetare', 'inte-alls');
  return round;
}

describe('the flower box', () => {
  it('is an image with a title and description, and every part and indicator is a named link', async () => {
    const round = await answeredRound();
    await renderApp(`/blomlada/${round.id}`);
    const picture = await screen.findByRole('img', { name: 'Blomlåda för Ale 2026' });
    expect(picture).toHaveAccessibleDescription(/6 blommor, gräset, jordmånen\. Kronbladens yta visar/);

    const children = screen.getByRole('link', {
      name: 'Barn och elever: poäng 0,75 av 1. 2 av 7 tillämpliga indikatorer besvarade, 1 ej aktuell. Öppna delens svar.',
    });
    expect(children).toHaveAttribute('href', `#/omgangar/${round.id}/barn-elever`);
    expect(
      screen.getByRole('link', { name: /^Företagare: inget poängsatt svar ännu\. 0 av 7 tillämpliga/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /^Tekniska förutsättningar: poäng 0 av 1\. 2 av 12/ }),
    ).toBeInTheDocument();

    const petals = screen.getAllByRole('link', { name: /^Barn och elever, indikator \d+ av 8:/ });
    expect(petals).toHaveLength(8);
    expect(petals[0]).toHaveAccessibleName(
      expect.stringMatching(
        /indikator 1 av 8: Vårdnadshavare .* Svar: Uppfyller helt \(nivå 3 av 3, poäng 1\)\.$/,
      ),
    );
    expect(screen.getAllByRole('link', { name: /, indikator \d+ av \d+:/ })).toHaveLength(65);
  });

  it('shows the indicator and its answer when a petal gets focus', async () => {
    const round = await answeredRound();
    await renderApp(`/blomlada/${round.id}`);
    const petal = (await screen.findAllByRole('link', { name: /^Barn och elever, indikator 2 av 8:/ }))[0]!;
    fireEvent.focus(petal);
    expect(screen.getByText(/^Indikator 2 i Barn och elever/).closest('p')).toHaveTextContent(
      /Svar: Uppfyller delvis \(nivå 2 av 3, poäng 0,5\)/,
    );
  });

  it('has a table with the same numbers and a summary naming the strongest and weakest parts', async () => {
    const round = await answeredRound();
    await renderApp(`/blomlada/${round.id}`);
    const table = await screen.findByRole('table', { name: 'Poäng och underlag per del' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Barn och elever')).toHaveTextContent('0,75');
    expect(row('Barn och elever')).toHaveTextContent(
      '2 av 7 tillämpliga indikatorer besvarade, 1 ej aktuell',
    );
    expect(row('Företagare')).toHaveTextContent('–');
    expect(row('Tekniska förutsättningar')).toHaveTextContent('2 av 12 tillämpliga indikatorer besvarade');

    const children = screen.getByRole('table', { name: 'Svar per indikator i Barn och elever' });
    expect(
      within(children).getByRole('row', { name: /^6 Vårdnadshavare kan ansöka om skolskjuts/ }),
    ).toHaveTextContent('Ej aktuellt');
    // Both scored parts rest on too thin a basis (2 of 7, 2 of 12) to be called strong or weak.
    expect(screen.getByText(/^Det går ännu inte att säga vilka delar/)).toBeInTheDocument();
    expect(screen.getByText(/^Tunt underlag/)).toHaveTextContent(
      'Barn och elever och Tekniska förutsättningar',
    );
    expect(screen.getByText('5 av 65 indikatorer besvarade i hela omgången.')).toBeInTheDocument();
  });

  it('names the strongest and weakest parts once their basis is sufficient', async () => {
    const round = await aleWithRound();
    await saveAnswer(round.id, 'barn-elever', 'e-tjanst.forskoleplats', { value: 'helt' });
    const q = (await import('./round-fixtures')).bundled('2016');
    for (const section of q.sections.filter((s) =>
      ['barn-elever', 'tekniska-forutsattningar'].includes(s.id),
    )) {
      for (const indicator of section.indicators)
        await saveAnswer(round.id, section.id, indicator.id, {
          value: section.id === 'barn-elever' ? 'helt' : 'delvis',
        });
    }
    await renderApp(`/blomlada/${round.id}`);
    expect(await screen.findByText('Starkast: Barn och elever (1).')).toBeInTheDocument();
    expect(screen.getByText('Svagast: Tekniska förutsättningar (0,5).')).toBeInTheDocument();
  });
});

describe('the flower box for any valid questionnaire', () => {
  const extreme = (name: string) => {
    const result = loadQuestionnaire(
      readFileSync(join(import.meta.dirname, '../fixtures/questionnaires', name), 'utf8'),
    );
    if (!result.ok) throw new Error(`${name} invalid`);
    return result.value;
  };

  it('draws 12 flowers of 30 petals, grass and soil of 30 each, on a 7-level scale', async () => {
    await saveOrganisation('1440');
    const round = await startRound({
      organisationCode: '1440',
      year: 2026,
      label: '',
      questionnaire: extreme('extreme-largest.json'),
      source: 'imported',
    });
    await saveAnswer(round.id, 'blomma-12', 'blomma-12.i30', { value: 'niva-7' });
    await renderApp(`/blomlada/${round.id}`);
    await screen.findByRole('img', { name: 'Blomlåda för Ale 2026' });
    expect(screen.getAllByRole('link', { name: /, indikator \d+ av 30:/ })).toHaveLength(14 * 30);
    expect(
      screen.getByRole('link', {
        name: /^Verksamhet nummer 12, indikator 30 av 30: .* Svar: Nivå 7 \(nivå 7 av 7, poäng 1\)\.$/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('listitem').filter((li) => /^Nivå \d/.test(li.textContent ?? '')),
    ).toHaveLength(7);
  });

  it('draws a single flower of one petal with no grass and no soil on a 2-level scale', async () => {
    await saveOrganisation('1440');
    const round = await startRound({
      organisationCode: '1440',
      year: 2026,
      label: '',
      questionnaire: extreme('extreme-smallest.json'),
      source: 'imported',
    });
    await renderApp(`/blomlada/${round.id}`);
    expect(await screen.findByRole('img', { name: 'Blomlåda för Ale 2026' })).toHaveAccessibleDescription(
      /^En blomma\. /,
    );
    expect(screen.getAllByRole('link', { name: /, indikator \d+ av \d+:/ })).toHaveLength(1);
    expect(
      screen.getByRole('link', { name: /^Den enda blomman: inget poängsatt svar ännu/ }),
    ).toBeInTheDocument();
  });
});
