import { defineConfig } from 'vitest/config';

/**
 * Tests that need the built site (`dist/`) or build the engine package themselves: run by
 * `npm run test:built`, after the builds in `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/built/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts its own kernels and processes; the machine has two cores.
    fileParallelism: false,
    maxConcurrency: 3,
  },
});
