import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, RELAY_ORIGINS_VARIABLE } from './scripts/csp.ts';

const QUESTIONNAIRES = join(import.meta.dirname, 'questionnaires');

/**
 * Serves `questionnaires/*.json` at `./questionnaires/` in dev and copies them into the build,
 * so the app fetches and validates them at run time: a municipality can add its own file to a
 * deployed copy, and a broken file is shown as an error instead of breaking the build.
 */
function bundledQuestionnaires(): Plugin {
  const files = () => readdirSync(QUESTIONNAIRES).filter((f) => f.endsWith('.json'));
  return {
    name: 'eblomladan-questionnaires',
    configureServer(server) {
      server.middlewares.use('/questionnaires', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        if (!files().includes(name)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(join(QUESTIONNAIRES, name)));
      });
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `questionnaires/${name}`,
          source: readFileSync(join(QUESTIONNAIRES, name)),
        });
      }
    },
  };
}

/**
 * No inline script, nothing from other origins but relays given in VITE_RELAY_ORIGINS
 * (scripts/csp.ts); added to the built page only (dev needs inline HMR). The service worker and
 * the web app manifest come from the page's own folder.
 */
function contentSecurityPolicyTag(policy: string): Plugin {
  return {
    name: 'eblomladan-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The stylesheet before the scripts in the built page. Vite writes it after the entry's
 * modulepreloads; over HTTP/1.1's six connections it then waited for a free one, and the entry,
 * which runs only once the stylesheet is in, waited with it (issue 18, item 8).
 */
function stylesheetFirst(): Plugin {
  return {
    name: 'eblomladan-stylesheet-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const links = html.match(/[ \t]*<link rel="stylesheet"[^>]*>\n?/g) ?? [];
        const rest = links.reduce((text, link) => text.replace(link, ''), html);
        const at = rest.search(/[ \t]*<script type="module"/);
        return links.length === 0 || at < 0 ? html : rest.slice(0, at) + links.join('') + rest.slice(at);
      },
    },
  };
}

/**
 * Offline use and installation: a service worker (src/app/update/sw.ts, built to `sw.js`) that
 * precaches the build and the bundled questionnaires, and a web app manifest. Everything is
 * relative to the page, so scope and manifest follow whatever folder the build is served from.
 * The worker is registered by src/app/update/register.ts in the production build only.
 */
function offlineApp() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/app/update',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false, // registered from the app's own module (no inline script for the CSP)
    injectManifest: {
      // The manifest and its icons are added by the plugin; source maps are left out.
      globPatterns: ['**/*.{js,css,html}', 'favicon.svg', 'questionnaires/*.json'],
      // A classic worker script in one file (the "es" format goes through an option Rolldown deprecates).
      rollupFormat: 'iife',
      sourcemap: false,
    },
    manifest: {
      id: './',
      name: 'eBlomlådan',
      short_name: 'eBlomlådan',
      description: 'Kommunens årliga självvärdering av digitaliseringen, ritad som en blomlåda.',
      lang: 'sv',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#2b6424',
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
  });
}

/**
 * `/relay` on the dev and preview servers is the relay of `npm run relay` (127.0.0.1:1234), as
 * the municipality's proxy does it in production: with `npm start` the relay address is
 * `ws://localhost:5173/relay`, on the page's own origin, so no CSP change is needed.
 */
const relayProxy: Record<string, ProxyOptions> = {
  '^/relay(?:[/?]|$)': {
    target: 'ws://127.0.0.1:1234',
    ws: true,
    rewrite: (path) => `/${path.replace(/^\/relay\/?/, '')}`,
  },
};

/** A module's path with forward slashes, to test it against the patterns below on any system. */
const slashed = (id: string) => id.replaceAll('\\', '/');

/**
 * Fewer, larger chunks for the views that use data: left to itself the bundler splits the modules
 * the views share into about twenty chunks, many under 1 kB, and a round's page waited for them
 * in waves of six requests (issue 18, item 8). Each group takes only the modules it names
 * (`includeDependenciesRecursively: false`): with their dependencies, the data group would take
 * modules the start page loads, and be loaded by it. lib0 stays out of every group: grouping it
 * made a chunk cycle that broke the municipality page.
 */
const chunkGroups = [
  {
    // Dexie, the database and the reads and writes nearly every view of data uses.
    name: 'data',
    test: (id: string) =>
      /\/src\/(storage\/(db|live|settings|pending|responses)\.ts|app\/storage-health\.ts|domain\/round\/|domain\/id\.ts|domain\/rating\/(status|legacy-person)\.ts)|\/node_modules\/dexie(-react-hooks)?\//.test(
        slashed(id),
      ),
    includeDependenciesRecursively: false,
    priority: 2,
  },
  {
    // A round's document: what a part's answer page writes and reads besides Yjs itself.
    name: 'round-doc',
    test: (id: string) =>
      /\/src\/storage\/round-doc\/(seed|edit|base64|load|durable|journal|save|journal-key)\.ts$/.test(
        slashed(id),
      ),
    includeDependenciesRecursively: false,
    priority: 2,
  },
  {
    // A round's live sharing and its banner, on every page of a round (without Yjs).
    name: 'round-live',
    test: (id: string) =>
      /\/src\/(storage\/live\/(shares|store|views)\.ts|domain\/live\/(base64url|link)\.ts|features\/live\/RoundLive\.tsx)$/.test(
        slashed(id),
      ),
    includeDependenciesRecursively: false,
    priority: 2,
  },
  {
    // Small interface pieces many views share.
    name: 'ui-shared',
    test: (id: string) =>
      /\/src\/ui\/(HelpLink|useFocusAfter|TableScroll|LivePeople|UnsavedText)\.tsx?$/.test(slashed(id)),
    includeDependenciesRecursively: false,
    priority: 1,
  },
];

/**
 * A dynamic import of a chunk that imports nothing (a language's strings, for one) also preloads
 * the chunk itself. Vite preloads a chunk with its dependencies through `<link rel="modulepreload">`,
 * which starts the request at once, but runs the `import()` itself only after those links are in:
 * a microtask, which waits until the whole entry has been evaluated. A chunk without dependencies
 * got no link, so on a cold load its request waited for that too (issue 18, item 8).
 */
const preloadItself = (file: string, deps: string[], { hostType }: { hostType: 'html' | 'js' }) =>
  hostType === 'js' && deps.length === 0 ? [file] : deps;

export default defineConfig(({ mode }) => {
  // The same value the app reads as import.meta.env (shell or .env files); a bad one stops here.
  const policy = contentSecurityPolicy(loadEnv(mode, import.meta.dirname, 'VITE_')[RELAY_ORIGINS_VARIABLE]);
  return {
    // Relative base: the build runs from any folder of an intranet web server.
    base: './',
    plugins: [
      react(),
      bundledQuestionnaires(),
      contentSecurityPolicyTag(policy),
      stylesheetFirst(),
      offlineApp(),
    ],
    // workbox-window's package points bundlers at its ES5 build; the modern one is half the bytes.
    resolve: {
      alias: [{ find: /^workbox-window$/, replacement: 'workbox-window/build/workbox-window.prod.mjs' }],
    },
    server: { proxy: relayProxy },
    preview: { proxy: relayProxy },
    build: {
      target: 'es2022',
      sourcemap: true,
      modulePreload: { resolveDependencies: preloadItself },
      rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
    },
  };
});
