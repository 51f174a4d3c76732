import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

// `npm run test:long`: the long checks only (`test/**/*.long.test.ts`), kept out of `npm test`.
// (Spread, not mergeConfig: mergeConfig would append to the fast suite's include and exclude.)
export default defineConfig({
  test: {
    ...base.test,
    include: ['test/**/*.long.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 300_000,
  },
});
