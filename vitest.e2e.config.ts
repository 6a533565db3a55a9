/**
 * Browser tests (`npm run test:e2e`): real Chromium against the built app served by the real server.
 * Kept out of `npm test` (vitest.config.ts), which must run without Chromium or a build.
 * One file at a time: each drives its own Chromium, and CI has two cores.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
