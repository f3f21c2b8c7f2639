// fake-indexeddb must be in place before anything imports Dexie.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { db } from '../../src/storage/db';
import { clearBundledCache } from '../../src/exchange/bundled-questionnaires';
import { reportMissingKeys } from '../../src/i18n/i18n';
import { usePreferences } from '../../src/state/preferences';

// findBy… and waitFor give up after 5 s instead of 1 s: a loaded two-core machine renders a
// lazy view with fake IndexedDB slower than that, and the answer is the same either way.
configure({ asyncUtilTimeout: 5000 });

const QUESTIONNAIRES = join(import.meta.dirname, '../../questionnaires');

/** Files that tests replace, by name under questionnaires/ (e.g. a broken copy). */
export const fileOverrides = new Map<string, string>();

/** fetch() as the built app sees it: questionnaires/* served from the repository's folder. */
async function fakeFetch(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  const match = /\/questionnaires\/([^/]+)$/.exec(url.pathname);
  if (!match) return new Response('not found', { status: 404 });
  const name = decodeURIComponent(match[1]!);
  if (fileOverrides.has(name)) return new Response(fileOverrides.get(name));
  try {
    return new Response(await readFile(join(QUESTIONNAIRES, name), 'utf8'));
  } catch {
    return new Response('not found', { status: 404 });
  }
}

/** Keys a view asked for that its language lacks: each fails the test that showed it. */
const missingKeys: string[] = [];
reportMissingKeys((key, namespace, language) => missingKeys.push(`${language}: ${namespace}:${key}`));

beforeEach(async () => {
  await db.delete();
  await db.open();
  vi.stubGlobal('fetch', vi.fn(fakeFetch));
  window.location.hash = '';
});

afterEach(() => {
  cleanup();
  fileOverrides.clear();
  clearBundledCache();
  usePreferences.setState({ language: 'sv' });
  localStorage.clear();
  vi.unstubAllGlobals();
  const missing = missingKeys.splice(0);
  if (missing.length > 0) throw new Error(`Missing interface strings: ${[...new Set(missing)].join('; ')}`);
});
