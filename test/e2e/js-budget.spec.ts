import { test, expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { builtPages } from './site-pages';

/** Lessons must ship at most this much JavaScript (gzipped) before the reader scrolls. */
const FIRST_LOAD_BUDGET = 120 * 1024;

const lessons = builtPages('dist').filter((path) => path.startsWith('/lessons/'));

/**
 * Records every script the page loads. `total()` sums their gzipped sizes once the network has been
 * quiet for a second (Playwright's 'networkidle' does not wait again once a page has been idle).
 */
function recordScripts(page: Page) {
  const sizes = new Map<string, Promise<number>>();
  let lastRequest = Date.now();
  page.on('request', () => (lastRequest = Date.now()));
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || sizes.has(response.url())) return;
    sizes.set(
      response.url(),
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0,
      ),
    );
  });
  return async () => {
    while (Date.now() - lastRequest < 1000) await page.waitForTimeout(200);
    return (await Promise.all(sizes.values())).reduce((sum, size) => sum + size, 0);
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of lessons) {
  test(`${path} loads under ${kb(FIRST_LOAD_BUDGET)} of gzipped JavaScript before the reader scrolls`, async ({
    page,
  }) => {
    const total = recordScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const firstLoad = await total();

    // Then reach every widget, as a reader working through the lesson would: scroll to it, let it
    // hydrate, and focus its first control, which loads Temml and Plot.
    for (const island of await page.locator('astro-island:has(section.widget)').all()) {
      await island.locator('section.widget').first().scrollIntoViewIfNeeded();
      await expect(island).not.toHaveAttribute('ssr', '');
      await island.locator('input, button, select, [tabindex="0"]').first().focus();
    }
    const afterUse = await total();

    test.info().annotations.push({
      type: 'javascript',
      description: `${path}: first load ${kb(firstLoad)}, after using every widget ${kb(afterUse)} (gzipped)`,
    });
    console.log(
      `[js-budget] ${path}: first load ${kb(firstLoad)}, after using every widget ${kb(afterUse)}`,
    );
    expect(firstLoad).toBeLessThan(FIRST_LOAD_BUDGET);
  });
}
