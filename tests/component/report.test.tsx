import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addAction } from '../../src/storage/actions';
import { saveAnswer, saveRespondent } from '../../src/storage/responses';
import { publishRound, startRound } from '../../src/storage/rounds';
import { renderApp } from './render-app';
import { aleWithRound, bundled } from './round-fixtures';

describe('report', () => {
  it('has a title page, each part with its change, the action plan and every answer with its comment', async () => {
    const user = userEvent.setup();
    const r2025 = await startRound({
      organisationCode: '1440',
      year: 2025,
      label: '',
      questionnaire: bundled('2016'),
      source: 'bundled',
    });
    await saveAnswer(r2025.id, 'barn-elever', 'e-tjanst.forskoleplats', { value: 'inte-alls' });
    const round = await aleWithRound(2026);
    await saveRespondent(round.id, 'barn-elever', { name: 'Sara Skola', role: 'Förvaltningschef' });
    await saveAnswer(round.id, 'barn-elever', 'e-tjanst.forskoleplats', {
      value: 'delvis',
      comment: 'Bara i tätorten än så länge',
      evidence: 'https://ale.se/forskola',
    });
    await addAction(round.id, {
      sectionId: 'barn-elever',
      indicatorId: 'e-tjanst.forskoleplats',
      target: 'helt',
      activity: 'Inför e-tjänsten i hela kommunen',
      owner: 'Sara Skola',
      due: '2026-12-31',
      priority: 'high',
      status: 'in-progress',
    });
    await publishRound(round.id);
    await renderApp(`/omgangar/${round.id}/rapport`);

    expect(
      // The municipality register is a chunk of its own, slow to load the first time.
      await screen.findByRole('heading', { level: 1, name: 'Rapport: Ale 2026' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: /eBlomlådan – kommunens självvärdering/ });
    expect(facts).toHaveTextContent('Kommun');
    expect(facts).toHaveTextContent('eBlomlådan 2016, version 2016');
    expect(facts).toHaveTextContent(/Publicerad \d+ \w+ \d{4}/);
    expect(facts).toHaveTextContent('Rapportens datum');
    expect(screen.getByRole('img', { name: /Blomlåda för Ale 2026/ })).toBeInTheDocument();

    const parts = screen.getByRole('table', {
      name: 'Poäng och täckning per del, med förändring sedan 2025',
    });
    expect(within(parts).getByRole('row', { name: /^Barn och elever/ })).toHaveTextContent(
      /0,5.*1 av 8 \(13 %\).*▲ upp \+0,5.*0 → 0,5 på 1 av 8 indikatorer/,
    );

    const plan = screen.getByRole('table', { name: 'Handlingsplanens åtgärder, efter klart senast' });
    expect(within(plan).getByRole('row', { name: /Inför e-tjänsten i hela kommunen/ })).toHaveTextContent(
      /Uppfyller helt.*Sara Skola.*31 december 2026.*Pågår.*Prioritet: Hög/,
    );

    const answers = screen.getByRole('table', { name: 'Barn och elever: svar, kommentarer och underlag' });
    const row = within(answers).getByRole('row', { name: /plats i förskola och fritidshem/ });
    expect(row).toHaveTextContent('Uppfyller delvis');
    expect(row).toHaveTextContent('Bara i tätorten än så länge');
    expect(within(row).getByRole('link', { name: 'https://ale.se/forskola' })).toBeInTheDocument();
    expect(screen.getByText('Besvarad av Sara Skola (Förvaltningschef)')).toBeInTheDocument();

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Skriv ut / spara som PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says so when there is no earlier round and no plan', async () => {
    const round = await aleWithRound(2026);
    await renderApp(`/omgangar/${round.id}/rapport`);
    expect(await screen.findByText('Det finns ingen tidigare omgång att jämföra med.')).toBeInTheDocument();
    expect(screen.getByText('Omgången har ingen handlingsplan.')).toBeInTheDocument();
    expect(screen.getByText('Utkast, ej publicerad')).toBeInTheDocument();
  });
});
