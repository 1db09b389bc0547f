import { compileModule } from 'svelte/compiler';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// A timeout catches a test that hangs; it is not a speed limit. Vitest's default (5 s) failed
// tests that take 1 s alone (typesetting every step kind) on a machine with other work running,
// so the limit is set far above any test's time. Speed figures are `npm run bench`'s job.
const limits = { testTimeout: 120_000, hookTimeout: 120_000 };

/**
 * Compiles rune modules (`*.svelte.ts`, and tests named `*.svelte.test.ts`) as the browser gets
 * them. Vitest runs in Node, where Svelte's own Vite plugin would compile them for the server, and
 * there a `$derived` recomputes on every read and effects never run, so a test could not see a
 * widget's reactivity. Vite has already stripped the types when this runs.
 */
const runesAsInTheBrowser: Plugin = {
  name: 'runes-as-in-the-browser',
  transform(code, id) {
    if (!/\.svelte\.(test\.)?[jt]s$/.test(id.split('?')[0])) return;
    const { js } = compileModule(code, { filename: id, generate: 'client' });
    return { code: js.code, map: js.map };
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Widgets' unit tests sit in their folders (src/widgets/<slug>/), the rest under test/.
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          // test/built/ needs the built site (it runs after the builds, as `npm run test:built`).
          exclude: ['test/e2e/**', 'test/built/**', 'node_modules/**', '**/*.svelte.test.ts'],
          ...limits,
        },
      },
      {
        plugins: [runesAsInTheBrowser],
        // Svelte's browser build, loaded through Vite so the condition applies to it.
        ssr: { resolve: { conditions: ['browser'] } },
        test: {
          name: 'runes',
          include: ['test/**/*.svelte.test.ts', 'src/**/*.svelte.test.ts'],
          server: { deps: { inline: ['svelte'] } },
          ...limits,
        },
      },
    ],
  },
});
