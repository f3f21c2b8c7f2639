import i18next from 'i18next';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
}

const current = () => i18next.language;

/**
 * The interface language (`i18n.language` of useTranslation), re-rendering when it changes. For
 * components that need the language and no strings: content text (Localized) and numbers
 * (useFormat) are rendered hundreds of times on a page, and each useTranslation builds its own
 * wrapper of the i18next instance and waits for the strings; a part's answer page rendered about
 * 180 of them in its first render. i18next says `languageChanged` once the new language's strings
 * are in, as useTranslation does.
 */
export function useLanguage(): string {
  return useSyncExternalStore(subscribe, current);
}
