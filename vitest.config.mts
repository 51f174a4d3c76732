import { defineConfig } from 'vitest/config';

// `npm test`: the fast suite (≤ 2 minutes on 2 cores). Long checks (large corpora, end-to-end
// benchmarks, property runs with many cases) are `*.long.test.ts`, run by `npm run test:long`
// (vitest.long.config.mts); `.ci/run` runs both.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.long.test.ts', '**/node_modules/**'],
    environment: 'node',
    // Test files share their worker processes' module cache: 75 s instead of 120 s on 2 cores, the
    // cost being each file's imports. Tests hold no global state between files (no module mocks,
    // no chdir, spies restored); the suite also passes in shuffled file order.
    isolate: false,
    // Vitest's default is one worker fewer than the cores, so on 2 cores the files ran one at a
    // time (116 s); two workers: 89 s.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
