/**
 * Starts downloading the strings of the view at this address, in the remembered language: the
 * shared `common` and the view's namespaces (the route table's). main.tsx imports this module
 * right after view-early.ts, so the requests go out before the rest of the entry (React DOM, the
 * layout, the app) is evaluated, instead of when main.tsx starts i18next after all of it (issue
 * 18, item 8). i18next asks for the same modules later and gets these; a failed load is reported
 * there. The request leaves at once because the build preloads each string file with a link
 * (`preloadItself` in vite.config.ts). The live banner's strings are left to the layout, which
 * decides whether it shows one: they are not what a cold round page waits for.
 */
import { loadStrings } from '../i18n/files';
import type { Namespace } from '../i18n/i18n';
import { usePreferences } from '../state/preferences';
import { route } from './view-early';

const language = usePreferences.getState().language;
const namespaces: Namespace[] = ['common', ...route.namespaces];
for (const namespace of namespaces) void loadStrings(language, namespace).catch(() => undefined);
