import i18next, { type i18n as I18n } from 'i18next';
import { initI18n, type Namespace } from '../i18n/i18n';
import { PREFERENCES_KEY, usePreferences } from '../state/preferences';

/**
 * Starts i18next in the remembered language, loading `namespaces` besides `common` at once, and
 * keeps it, and `<html lang>`, in step with the preference, also when another tab changes it.
 * `ready` settles when the strings have loaded; `stop` undoes the wiring.
 */
export function startLanguage(namespaces: readonly Namespace[] = []): {
  i18n: I18n;
  ready: Promise<I18n>;
  stop: () => void;
} {
  const language = usePreferences.getState().language;
  const ready = initI18n(language, namespaces);
  document.documentElement.lang = language;
  const i18n = i18next;
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
    ready,
    stop: () => {
      unsubscribe();
      window.removeEventListener('storage', onStorage);
    },
  };
}
