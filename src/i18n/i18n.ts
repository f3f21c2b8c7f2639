/**
 * Interface strings through i18next: one JSON file per language and namespace under locales/,
 * loaded on demand (i18next-resources-to-backend over Vite's dynamic imports), so a page loads
 * only its own namespaces in the chosen language. `common` holds the words every view shares.
 */
import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type about from './locales/sv/about.json';
import type accessibility from './locales/sv/accessibility.json';
import type common from './locales/sv/common.json';
import type compare from './locales/sv/compare.json';
import type example from './locales/sv/example.json';
import type exchange from './locales/sv/exchange.json';
import type flowerbox from './locales/sv/flowerbox.json';
import type guide from './locales/sv/guide.json';
import type help from './locales/sv/help.json';
import type live from './locales/sv/live.json';
import type organisation from './locales/sv/organisation.json';
import type peers from './locales/sv/peers.json';
import type plan from './locales/sv/plan.json';
import type questionnaires from './locales/sv/questionnaires.json';
import type report from './locales/sv/report.json';
import type rounds from './locales/sv/rounds.json';
import type settings from './locales/sv/settings.json';
import type start from './locales/sv/start.json';
import type validation from './locales/sv/validation.json';
import { loadStrings } from './files';
import { LANGUAGES, SHIPPED_LANGUAGES, SOURCE_LANGUAGE, type Language } from './languages';

export { isLanguage, LANGUAGES, type Language } from './languages';

/** The namespaces: `common` plus one per feature. A unit test keeps this list and locales/ in step. */
export const NAMESPACES = [
  'common',
  'about',
  'accessibility',
  'compare',
  'example',
  'exchange',
  'flowerbox',
  'guide',
  'help',
  'live',
  'organisation',
  'peers',
  'plan',
  'questionnaires',
  'report',
  'rounds',
  'settings',
  'start',
  'validation',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Swedish is the source: its files define the keys, so a missing or misspelt key fails typecheck. */
export interface Resources {
  common: typeof common;
  about: typeof about;
  accessibility: typeof accessibility;
  compare: typeof compare;
  example: typeof example;
  exchange: typeof exchange;
  flowerbox: typeof flowerbox;
  guide: typeof guide;
  help: typeof help;
  live: typeof live;
  organisation: typeof organisation;
  peers: typeof peers;
  plan: typeof plan;
  questionnaires: typeof questionnaires;
  report: typeof report;
  rounds: typeof rounds;
  settings: typeof settings;
  start: typeof start;
  validation: typeof validation;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: 'common';
    resources: Resources;
  }
}

/**
 * Shipped languages are complete (a unit test compares their keys), so they load only
 * themselves. A language being added falls back to Swedish for what it lacks.
 */
const fallbackLng: Record<string, string[]> = Object.fromEntries(
  LANGUAGES.map((l) => [l.code, SHIPPED_LANGUAGES.some((s) => s.code === l.code) ? [] : [SOURCE_LANGUAGE]]),
);

type MissingKey = (key: string, namespace: string, language: string) => void;
let onMissingKey: MissingKey | undefined;

/**
 * Reports every key that would show as itself (no language in reach has it) from the next
 * initI18n on. Tests set this so that a missing key fails them (tests/component/setup.ts); the
 * app shows the key instead.
 */
export function reportMissingKeys(handler: MissingKey | undefined): MissingKey | undefined {
  const previous = onMissingKey;
  onMissingKey = handler;
  return previous;
}

/**
 * Creates and starts the shared i18next instance in the given language, loading `namespaces`
 * (besides `common`) at once. The promise settles when they are loaded.
 */
export function initI18n(language: Language, namespaces: readonly Namespace[] = []): Promise<I18n> {
  return i18next
    .use(resourcesToBackend(loadStrings))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng,
      supportedLngs: LANGUAGES.map((l) => l.code),
      // en-XA is a language of its own here, not English for a region: never load en for it.
      load: 'currentOnly',
      ns: ['common', ...namespaces],
      defaultNS: 'common',
      fallbackNS: 'common',
      // React escapes output itself; i18next escaping would show entities such as &quot;.
      interpolation: { escapeValue: false },
      returnNull: false,
      saveMissing: onMissingKey !== undefined,
      // Only a key that shows as itself: a language being added may leave keys to Swedish.
      missingKeyHandler: (languages, namespace, key, shown) => {
        if (shown === key) onMissingKey?.(key, namespace, languages.join(', '));
      },
    })
    .then(() => i18next);
}

/** Starts loading namespaces in the current language, e.g. together with a view's chunk. */
export function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  return i18next.loadNamespaces([...namespaces]);
}
