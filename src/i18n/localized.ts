import type { Language } from './i18n';

/** A text that may exist in both languages; Swedish is always there. */
export interface LocalizedText {
  sv: string;
  en?: string;
}

/** The text in the chosen language, and the language it is actually in (for the `lang` attribute). */
export function pickLocalized(text: LocalizedText, language: Language): { text: string; lang: Language } {
  if (language === 'en' && text.en) return { text: text.en, lang: 'en' };
  return { text: text.sv, lang: 'sv' };
}
