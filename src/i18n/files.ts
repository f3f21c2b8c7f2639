/**
 * The strings' files: one JSON module per language and namespace under locales/, each its own
 * chunk, loaded on demand. Kept apart from i18next (i18n.ts) so a cold load can start fetching a
 * view's strings before i18next and the rest of the entry are evaluated (app/strings-early.ts);
 * i18next asks for the same modules later and gets the ones already on their way.
 */
type Load = () => Promise<{ default: object }>;
// The pseudo-locale (languages.ts) exists only in development; in production its folder is not
// even bundled, since the branch that globs it is dead code there.
const files: Record<string, Load> = import.meta.env.DEV
  ? import.meta.glob<{ default: object }>('./locales/*/*.json')
  : import.meta.glob<{ default: object }>(['./locales/*/*.json', '!./locales/en-XA/*.json']);

/** The strings of one language and namespace; a namespace a language lacks is empty (falls back). */
export function loadStrings(language: string, namespace: string): Promise<object> {
  const file = files[`./locales/${language}/${namespace}.json`];
  return file ? file().then((module) => module.default) : Promise.resolve({});
}
