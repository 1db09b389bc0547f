import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/built/ needs the built site (it runs after the builds, as `npm run test:built`).
    exclude: ['test/e2e/**', 'test/built/**', 'node_modules/**'],
    // A timeout catches a test that hangs; it is not a speed limit. Vitest's default (5 s) failed
    // tests that take 1 s alone (typesetting every step kind) on a machine with other work running,
    // so the limit is set far above any test's time. Speed figures are `npm run bench`'s job.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
