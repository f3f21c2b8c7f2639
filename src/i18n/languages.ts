/**
 * The interface's languages. Adding one is a folder of JSON files, src/i18n/locales/<code>/, and
 * one line in SHIPPED_LANGUAGES (docs/architecture.md, "Adding a language").
 */
export interface LanguageInfo {
  /** The folder name under locales/ and the value of `<html lang>`. */
  code: string;
  /** The language's name in itself, for the switch and the settings. */
  name: string;
  /** The switch's words in that language ("In English" is what a Swedish page offers). */
  switchTo: string;
  /** The locale that formats its dates and numbers (Intl). */
  locale: string;
}

export const SHIPPED_LANGUAGES = [
  { code: 'sv', name: 'Svenska', switchTo: 'På svenska', locale: 'sv-SE' },
  { code: 'en', name: 'English', switchTo: 'In English', locale: 'en-GB' },
] as const satisfies readonly LanguageInfo[];

/**
 * Development only: a pseudo-locale that shows untranslated and hard-coded text at a glance.
 * Its folder is left out of the production build (i18n.ts), so users never see it.
 */
const DEVELOPMENT = [
  // en-XA is the customary tag for pseudo-localised text (a valid `lang`, unlike an invented code).
  { code: 'en-XA', name: 'Ƥšéûðô', switchTo: '[Ƥšéûðô]', locale: 'sv-SE' },
] as const satisfies readonly LanguageInfo[];

export type Language = (typeof SHIPPED_LANGUAGES)[number]['code'] | (typeof DEVELOPMENT)[number]['code'];

export const LANGUAGES: readonly (LanguageInfo & { code: Language })[] = import.meta.env.DEV
  ? [...SHIPPED_LANGUAGES, ...DEVELOPMENT]
  : SHIPPED_LANGUAGES;

/** Swedish: the language every questionnaire and every string exists in. */
export const SOURCE_LANGUAGE: Language = 'sv';

export const isLanguage = (value: unknown): value is Language =>
  LANGUAGES.some((language) => language.code === value);

/** The locale (for Intl) of a language; Swedish for anything unknown. */
export const localeOf = (language: string): string =>
  LANGUAGES.find((l) => l.code === language)?.locale ?? 'sv-SE';
