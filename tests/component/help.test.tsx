import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveOrganisation } from '../../src/storage/settings';
import { renderApp } from './render-app';

const LOAD = { timeout: 5000 };

describe('help: Arbeta med eBlomlådan', () => {
  it('has the yearly process step by step, the roles and the scoring rule, with contents', async () => {
    await renderApp('/hjalp');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Arbeta med eBlomlådan' }, LOAD),
    ).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Årets arbete steg för steg',
      '1. Starta en omgång',
      '2. Svara på delarna',
      '3. Dela ut delar',
      '4. Lägg in svaren',
      '5. Publicera',
      '6. Jämför år för år',
      '7. Jämför med andra kommuner',
      '8. Gör en handlingsplan',
      '9. Rapportera',
      'Arbeta live',
      'Vem gör vad',
      'Poängregeln',
      'Lagring och säkerhetskopior',
      'Frågeformulär och versioner',
    ]);
    const contents = screen.getByRole('navigation', { name: 'Innehåll' });
    expect(within(contents).getByRole('link', { name: 'Poängregeln' })).toHaveAttribute(
      'href',
      '#/hjalp/scoring',
    );
    expect(within(contents).getByRole('link', { name: 'Arbeta live' })).toHaveAttribute(
      'href',
      '#/hjalp/live',
    );
    expect(screen.getByRole('link', { name: 'Guiden: kom igång' })).toHaveAttribute('href', '#/kom-igang');
    expect(screen.getByRole('link', { name: 'Hjälp' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens at a section and moves focus to its heading', async () => {
    await renderApp('/hjalp/scoring');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Poängregeln' }, LOAD);
    expect(heading).toHaveFocus();
    expect(screen.getByText(/^Ej aktuellt räknas varken för eller emot/)).toBeInTheDocument();
  });

  it('is linked from each view to its part', async () => {
    const user = userEvent.setup();
    await saveOrganisation('1440');
    await renderApp('/omgangar/ny');
    const link = await screen.findByRole('link', { name: 'Hjälp: starta en omgång' }, LOAD);
    expect(link).toHaveAttribute('href', '#/hjalp/start');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 2, name: '1. Starta en omgång' }, LOAD)).toHaveFocus();
  });

  it.each([
    ['/omgangar', 'Hjälp: årets arbete steg för steg', '#/hjalp/process'],
    ['/installningar', 'Hjälp: lagring och säkerhetskopior', '#/hjalp/storage'],
    ['/sakerhetskopia', 'Hjälp: lagring och säkerhetskopior', '#/hjalp/storage'],
    ['/oppna', 'Hjälp: lägga in svar', '#/hjalp/merge'],
    ['/formular', 'Hjälp: frågeformulär', '#/hjalp/questionnaires'],
    ['/kommun', 'Hjälp: starta en omgång', '#/hjalp/start'],
    ['/jamfor', 'Hjälp: jämföra år för år', '#/hjalp/compare'],
  ])('%s links to its help', async (route, name, href) => {
    await saveOrganisation('1440');
    await renderApp(route);
    expect(await screen.findByRole('link', { name }, LOAD)).toHaveAttribute('href', href);
  });

  it('explains working live, in Swedish and English, and the hand-out section points there', async () => {
    const { i18n } = await renderApp('/hjalp/live');
    expect(await screen.findByRole('heading', { level: 2, name: 'Arbeta live' }, LOAD)).toHaveFocus();
    expect(screen.getByText(/behandla den som ett lösenord/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'arbeta live' })).toHaveAttribute('href', '#/hjalp/live');
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 2, name: 'Working live' })).toHaveFocus();
    expect(screen.getByText(/treat it like a password/)).toBeInTheDocument();
  });

  it('is in English too', async () => {
    const { i18n } = await renderApp('/hjalp/roles');
    await screen.findByRole('heading', { level: 1, name: 'Arbeta med eBlomlådan' }, LOAD);
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Working with eBlomlådan' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Who does what' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Help' })).toBeInTheDocument();
  });
});
