import { test, expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { builtPages } from './site-pages';

/** Lessons must ship at most this much JavaScript (gzipped) before the reader scrolls. */
const FIRST_LOAD_BUDGET = 120 * 1024;

const lessons = builtPages('dist').filter((path) => path.startsWith('/lessons/'));

/** Records every script the page loads, with its gzipped size. */
function recordScripts(page: Page) {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => undefined);
    if (body) sizes.set(response.url(), gzipSync(body, { level: 9 }).length);
  });
  return () => [...sizes.values()].reduce((sum, size) => sum + size, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of lessons) {
  test(`${path} loads under ${kb(FIRST_LOAD_BUDGET)} of gzipped JavaScript before the reader scrolls`, async ({
    page,
  }) => {
    const total = recordScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const firstLoad = total();

    // Then reach every widget, as a reader working through the lesson would: scroll to it and
    // touch it, which hydrates it and loads KaTeX and Plot.
    for (const widget of await page.locator('section.widget, form.check').all()) {
      await widget.scrollIntoViewIfNeeded();
      await widget.hover();
    }
    await page.waitForLoadState('networkidle');
    const afterUse = total();

    test.info().annotations.push({
      type: 'javascript',
      description: `${path}: first load ${kb(firstLoad)}, after using every widget ${kb(afterUse)} (gzipped)`,
    });
    console.log(`[js-budget] ${path}: first load ${kb(firstLoad)}, after using every widget ${kb(afterUse)}`);
    expect(firstLoad).toBeLessThan(FIRST_LOAD_BUDGET);
  });
}
