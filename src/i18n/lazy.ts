/**
 * Feature strings that travel with their feature's chunk instead of the start page: a feature
 * module calls addStrings() when it loads. Kept in a registry too, so an i18next (re)initialised
 * later still has them.
 */
import i18next from 'i18next';
import type { LazyStrings, Messages } from './sv';

type Bundles = { sv: Partial<LazyStrings>; en: Partial<Pick<Messages, keyof LazyStrings>> };
const registry: Bundles = { sv: {}, en: {} };

/** Strings added so far, per language, for initI18n. */
export const lazyStrings = (): Bundles => registry;

/** Adds one feature's Swedish and English strings. */
export function addStrings<K extends keyof LazyStrings>(
  key: K,
  strings: { sv: LazyStrings[K]; en: Messages[K] },
) {
  Object.assign(registry.sv, { [key]: strings.sv });
  Object.assign(registry.en, { [key]: strings.en });
  if (!i18next.isInitialized) return;
  i18next.addResourceBundle('sv', 'translation', { [key]: strings.sv }, true, true);
  i18next.addResourceBundle('en', 'translation', { [key]: strings.en }, true, true);
}
