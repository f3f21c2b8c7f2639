import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startLanguage } from '../../src/app/language';
import { PREFERENCES_KEY, usePreferences } from '../../src/state/preferences';
import { Localized } from '../../src/ui/LocalizedText';
import { useFormat } from '../../src/ui/format';
import { renderApp } from './render-app';
import { aleWithRound } from './round-fixtures';

describe('language', () => {
  it('starts in Swedish', async () => {
    await renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
  });

  it('switches to English and back, storing the choice', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'In English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to eBlomlådan' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(
      within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', {
        name: 'About eBlomlådan',
      }),
    ).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!).state.language).toBe('en');

    await user.click(screen.getByRole('button', { name: 'På svenska' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });

  it('falls back to Swedish when the stored preference is garbage', async () => {
    localStorage.setItem(PREFERENCES_KEY, '{"state":{"language":"<script>"},"version":1}');
    await renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Välkommen till eBlomlådan' }),
    ).toBeInTheDocument();
  });

  it('starts in the stored language, with the bundled questionnaires listed in it', async () => {
    localStorage.setItem(PREFERENCES_KEY, '{"state":{"language":"en"},"version":1}');
    await renderApp();
    expect(await screen.findByRole('link', { name: 'Read eBlomlådan 2016' })).toBeInTheDocument();
    expect(screen.getByText(/Version 2014/)).toBeInTheDocument();
  });

  it('turns an open part\u2019s questions, scale and counts into English with the interface', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Barn och elever' })).toBeInTheDocument();
    const swedish = screen.getByRole('group', { name: /^1\. Vårdnadshavare kan ansöka om/ });
    expect(within(swedish).getByRole('radio', { name: 'Uppfyller inte alls' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'In English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Children and pupils' })).toBeInTheDocument();
    const english = screen.getByRole('group', { name: /^1\. Guardians can apply for/ });
    expect(within(english).getByRole('radio', { name: 'Not at all' })).toBeInTheDocument();
    expect(within(english).getByRole('radio', { name: 'Not applicable' })).toBeInTheDocument();
    expect(screen.getByText('0 of 8 indicators answered')).toBeInTheDocument();
  });

  // Content text and numbers read the language without useTranslation (ui/useLanguage.ts): shown
  // alone, with no parent that re-renders, they must still follow a change of language.
  it('changes content text and numbers shown on their own', async () => {
    const { ready, stop } = startLanguage();
    onTestFinished(stop);
    await ready;
    function Shown() {
      return (
        <p>
          <Localized text={{ sv: 'Barn och elever', en: 'Children and pupils' }} />{' '}
          {useFormat().number(1234.5)}
        </p>
      );
    }
    const { container } = render(<Shown />);
    expect(container.textContent!.replace(/\s/g, ' ')).toBe('Barn och elever 1 234,5');
    act(() => usePreferences.setState({ language: 'en' }));
    await waitFor(() => expect(container).toHaveTextContent('Children and pupils 1,234.5'));
  });
});
