/**
 * Serves the production build (dist/, made by `npm run build`) on 127.0.0.1 for the browser
 * tests. The server runs inside the test process, so it stops with it; teardown closes it.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = join(import.meta.dirname, '../../..');
/** The build to test: `dist/`, or another folder (absolute) named by E2E_DIST. */
export const DIST_DIR = process.env.E2E_DIST ?? join(root, 'dist');

export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`No production build in ${DIST_DIR}: run \`npm run build\` first (npm test does).`);
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: DIST_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}
