/**
 * A third language is a folder of JSON files plus one line in the language list
 * (docs/architecture.md, "Adding a language"). The development-only pseudo-locale en-XA is such a
 * language: a folder with one tiny file, src/i18n/locales/en-XA/common.json, and one line in
 * src/i18n/languages.ts. This shows the app switching to it, what it lacks falling back to
 * Swedish, and a missing key being reported.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { reportMissingKeys } from '../../src/i18n/i18n';
import { LANGUAGES, SHIPPED_LANGUAGES } from '../../src/i18n/languages';
import pseudo from '../../src/i18n/locales/en-XA/common.json';
import { renderApp } from './render-app';

describe('a third language', () => {
  it('is offered in development only, never among the shipped languages', () => {
    expect(LANGUAGES.map((l) => l.code)).toContain('en-XA');
    expect(SHIPPED_LANGUAGES.map((l) => l.code)).not.toContain('en-XA');
  });

  it('is switched to from the header; its own words show, and Swedish where it has none', async () => {
    const user = userEvent.setup();
    await renderApp('/installningar');
    await screen.findByRole('heading', { level: 1, name: 'Inställningar' });
    await user.click(screen.getByRole('button', { name: '[Ƥšéûðô]' }));

    const nav = await screen.findByRole('navigation', { name: pseudo.app.mainNav });
    expect(document.documentElement.lang).toBe('en-XA');
    expect(within(nav).getByRole('link', { name: pseudo.nav.rounds })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: pseudo.nav.settings })).toBeInTheDocument();
    // The settings page's own namespace has no en-XA file: it stays Swedish, not raw keys.
    expect(await screen.findByRole('heading', { level: 1, name: 'Inställningar' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Ƥšéûðô' })).toBeChecked();

    // Both shipped languages are offered back, each in its own words.
    await user.click(screen.getByRole('button', { name: 'In English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('reports a key that no language has (tests/component/setup.ts fails the test that shows it)', async () => {
    await renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' });
    const missing: string[] = [];
    const previous = reportMissingKeys((key, namespace) => missing.push(`${namespace}:${key}`));
    try {
      expect(i18next.t('nav.noSuchPage' as 'nav.start')).toBe('nav.noSuchPage');
      expect(missing).toEqual(['common:nav.noSuchPage']);
    } finally {
      reportMissingKeys(previous);
    }
  });
});
