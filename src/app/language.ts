import type { i18n as I18n } from 'i18next';
import { initI18n } from '../i18n/i18n';
import { PREFERENCES_KEY, usePreferences } from '../state/preferences';

/**
 * Starts i18next in the remembered language and keeps it, and `<html lang>`, in step with the
 * preference, also when another tab changes it. Returns a function that undoes the wiring.
 */
export function startLanguage(): { i18n: I18n; stop: () => void } {
  const i18n = initI18n(usePreferences.getState().language);
  document.documentElement.lang = i18n.language;
  const unsubscribe = usePreferences.subscribe(({ language }) => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  });
  const onStorage = (event: StorageEvent) => {
    if (event.key === PREFERENCES_KEY) void usePreferences.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return {
    i18n,
    stop: () => {
      unsubscribe();
      window.removeEventListener('storage', onStorage);
    },
  };
}
