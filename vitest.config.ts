import { defineConfig } from 'vitest/config';
import { TEST_REPOSITORY_URL } from './tests/helpers/paths.ts';

/** The kill sweep runs only when asked for by name (`npm run test:kills`): it takes many builds. */
const sweep = process.argv.some((arg) => arg === 'kills' || arg === '--project=kills');

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          // Builds the real site once, then checks its files (build/) and drives it in Chromium (e2e/).
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          // The repository the site is built for (tests/setup/build-site.ts), so that the tests read the
          // same config as the build, and the fixture sites they build name it too.
          env: { REPOSITORY_URL: TEST_REPOSITORY_URL },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // A poll waits for something the page must come to show; on a loaded 2-core runner a search
          // can take longer than the default second, and a poll that fails then says nothing true.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      ...(sweep
        ? [
            {
              test: {
                name: 'kills',
                include: ['tests/sweep/**/*.test.ts'],
                testTimeout: 180_000,
                hookTimeout: 300_000,
              },
            },
          ]
        : []),
    ],
  },
});
