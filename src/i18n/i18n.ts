/**
 * Interface strings through i18next. Swedish is the default and the fallback; resources are
 * bundled (two small objects), so no request is ever made for a translation.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { lazyStrings } from './lazy';
import { sv, type LazyStrings } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv & LazyStrings };
  }
}

/** Creates and initialises the shared i18next instance in the given language. */
export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'sv',
    supportedLngs: LANGUAGES,
    resources: {
      sv: { translation: { ...sv, ...lazyStrings().sv } },
      en: { translation: { ...en, ...lazyStrings().en } },
    },
    // React escapes output itself; i18next escaping would show entities such as &quot;.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}
