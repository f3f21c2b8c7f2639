import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

/** No inline script, nothing from other origins; added to the built page only (dev needs inline HMR). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'eblomladan-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative base: the build runs from any folder of an intranet web server.
  base: './',
  plugins: [react(), bundledQuestionnaires(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: true },
});
