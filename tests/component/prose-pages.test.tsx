/**
 * The About page and the accessibility statement, whose prose is in the `about` and
 * `accessibility` namespaces and rendered through Trans: headings, emphasis and links (with
 * their text and address) read the same in Swedish and English.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Statement from '../../src/features/accessibility/statement';
import { renderApp } from './render-app';

const LOAD = { timeout: 5000 };

// The contact address is set when deploying (VITE_ACCESSIBILITY_CONTACT); a test may set one.
const deployed = vi.hoisted(() => ({ email: undefined as string | undefined }));
vi.mock('../../src/features/accessibility/statement', async (importOriginal) => ({
  ...(await importOriginal<typeof Statement>()),
  get CONTACT_EMAIL() {
    return deployed.email;
  },
}));
afterEach(() => {
  deployed.email = undefined;
});

const main = () => screen.getByRole('main');
const headings = (level: number) =>
  within(main())
    .getAllByRole('heading', { level })
    .map((h) => h.textContent);

describe('Om eBlomlådan', () => {
  it('explains the method, the scoring, the privacy and the sources, with its links, in both languages', async () => {
    const { i18n } = await renderApp('/om');
    await screen.findByRole('heading', { level: 1, name: 'Om eBlomlådan' }, LOAD);
    expect(headings(2)).toEqual([
      'Metoden',
      'Så räknas resultatet',
      'Dina uppgifter stannar i webbläsaren',
      'Källor',
    ]);
    const flowers = within(main()).getByText('Blommorna');
    expect(flowers.tagName).toBe('STRONG');
    expect(flowers.parentElement).toHaveTextContent(/^Blommorna är verksamhetsområden eller målgrupper\./);
    expect(screen.getByText('”Ej aktuellt” och obesvarade indikatorer räknas inte med.')).toBeInTheDocument();
    expect(within(main()).getByRole('link', { name: 'Till frågeformulären' })).toHaveAttribute('href', '#/');
    expect(within(main()).getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toHaveAttribute(
      'href',
      '#/tillganglighet',
    );

    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'About eBlomlådan' })).toBeInTheDocument();
    expect(headings(2)).toEqual([
      'The method',
      'How the result is computed',
      'Your data stays in the browser',
      'Sources',
    ]);
    expect(within(main()).getByText('The soil').tagName).toBe('STRONG');
    expect(within(main()).getByRole('link', { name: 'To the questionnaires' })).toHaveAttribute('href', '#/');
    expect(within(main()).getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute(
      'href',
      '#/tillganglighet',
    );
  });
});

describe('Tillgänglighetsredogörelse', () => {
  it('has the parts DIGG prescribes, the link to DIGG and the dates in the reader’s language', async () => {
    const { i18n } = await renderApp('/tillganglighet');
    await screen.findByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }, LOAD);
    expect(headings(2)).toEqual([
      'Hur tillgänglig är webbappen?',
      'Vad kan du göra om du inte kan använda delar av webbappen?',
      'Rapportera brister i webbappens tillgänglighet',
      'Tillsyn',
      'Teknisk information om webbappens tillgänglighet',
      'Hur vi testat webbappen',
    ]);
    expect(headings(3)).toEqual(['Innehåll som inte är tillgängligt']);
    expect(
      within(main()).getByRole('link', {
        name: 'kontakta Myndigheten för digital förvaltning och påpeka det',
      }),
    ).toHaveAttribute('href', 'https://www.digg.se/tdosanmalan');
    // Without a deployed address, both places point to the municipality's own contact.
    expect(screen.getAllByText(/^Kontakta den som förvaltar eBlomlådan i din kommun/)).toHaveLength(2);
    expect(screen.getByText('Senaste bedömningen gjordes den 23 november 2026.')).toBeInTheDocument();
    expect(screen.getByText('Redogörelsen uppdaterades senast den 23 november 2026.')).toBeInTheDocument();

    await act(() => i18n.changeLanguage('en'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }),
    ).toBeInTheDocument();
    expect(headings(2)[3]).toBe('Enforcement');
    expect(
      within(main()).getByRole('link', { name: 'contact the Agency for Digital Government' }),
    ).toHaveAttribute('href', 'https://www.digg.se/tdosanmalan');
    expect(screen.getByText('The latest assessment was made on 23 November 2026.')).toBeInTheDocument();
    expect(screen.getByText('This statement was last updated on 23 November 2026.')).toBeInTheDocument();
  });

  it('gives the deployed contact address as an e-mail link', async () => {
    deployed.email = 'tillganglighet@kommun.example';
    const { i18n } = await renderApp('/tillganglighet');
    await screen.findByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }, LOAD);
    const links = within(main()).getAllByRole('link', { name: 'tillganglighet@kommun.example' });
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toHaveAttribute('href', 'mailto:tillganglighet@kommun.example');
      expect(link.parentElement).toHaveTextContent(/^Skicka e-post till tillganglighet@kommun\.example\.$/);
    }
    expect(screen.queryByText(/^Kontakta den som förvaltar/)).not.toBeInTheDocument();

    await act(() => i18n.changeLanguage('en'));
    await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' });
    expect(
      within(main()).getAllByRole('link', { name: 'tillganglighet@kommun.example' })[0]!.parentElement,
    ).toHaveTextContent(/^Send an e-mail to tillganglighet@kommun\.example\.$/);
  });
});
