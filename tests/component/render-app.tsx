import { act, render } from '@testing-library/react';
import { startLanguage } from '../../src/app/language';
import { App } from '../../src/app/App';
import { usePreferences } from '../../src/state/preferences';
import { onTestFinished } from 'vitest';

/** Renders the whole app at a hash route, with language wiring as in main.tsx. */
export async function renderApp(route = '/') {
  window.location.hash = route;
  await usePreferences.persist.rehydrate();
  const { i18n, ready, stop } = startLanguage();
  onTestFinished(stop);
  await ready;
  const view = await act(async () => render(<App />));
  return { ...view, i18n };
}
