import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { TEST_MS, WAIT_MS } from './tests/e2e/support/timeouts.ts';

// Three projects: pure logic in node, components in jsdom, journeys in a real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup-db.ts'],
          // Every test starts with the real globals and no spies left by the one before.
          unstubGlobals: true,
          restoreMocks: true,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/typed-arrays.ts', 'tests/component/setup.ts'],
          // Two cores shared with a build or a browser: allow for a slow machine, never for a wrong answer.
          testTimeout: 20_000,
          unstubGlobals: true,
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: TEST_MS,
          hookTimeout: TEST_MS,
          // Vitest's default of 1 s fails on a loaded machine; see tests/e2e/support/timeouts.ts.
          expect: { poll: { timeout: WAIT_MS } },
        },
      },
    ],
  },
});
