import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/unit/i18n-setup.ts', 'test/unit/model-setup.ts'],
          // Only a guard against a hang, never a speed check: vitest's default of 5 s would fail a slow but correct
          // test on a busy machine (a 1 MB draft, a build). How fast things are is `npm run bench`'s business.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // Checks dist/manifest.json exists and builds the fixture pages (skipped when unchanged).
          globalSetup: ['test/browser/setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          retry: 0,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.test.ts'],
          environment: 'node',
          // Checks dist-firefox/manifest.json exists and builds the fixture pages (skipped when unchanged).
          globalSetup: ['test/firefox/setup.ts'],
          // One Firefox at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          retry: 0,
        },
      },
    ],
  },
});
