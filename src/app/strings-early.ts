/**
 * Starts downloading the strings of the view at this address, in the remembered language: the
 * shared `common`, the view's namespaces and, on a round's pages, the live banner's (the example
 * has none). main.tsx imports this module right after view-early.ts, so the strings are on their
 * way while the rest of the entry (the layout, the routes, the app) is evaluated, instead of being
 * asked for only when main.tsx starts i18next: 45–90 ms earlier on a cold load of a prose page
 * (issue 18, item 8). i18next asks for the same modules later and gets these; a failed load is
 * reported there. After view-early.ts, not in it: reading the language is the page's first use of
 * localStorage, 30–40 ms, which the view's code should not wait for.
 */
import { loadStrings } from '../i18n/files';
import { usePreferences } from '../state/preferences';
import { EXAMPLE_MODE } from '../storage/mode';
import { route } from './view-early';

const language = usePreferences.getState().language;
const namespaces = ['common', ...route.namespaces, ...(route.round && !EXAMPLE_MODE ? ['live'] : [])];
for (const namespace of namespaces) void loadStrings(language, namespace).catch(() => undefined);
