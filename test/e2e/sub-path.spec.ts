import { test, expect } from '@playwright/test';
import { SUB_PATH } from '../../playwright.config';
import { builtPages } from './site-pages';
import { watchPage } from './page-watch';

// This file runs against the build made with `base: SUB_PATH`, as on a project's GitHub Pages.
const pages = builtPages('dist-sub-path').map((path) => SUB_PATH.replace(/\/$/, '') + path);

for (const path of pages) {
  test(`under a sub-path, ${path} loads every asset and links only inside the sub-path`, async ({
    page,
    baseURL,
    request,
  }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
    expect(problems.offSiteRequests, 'off-site requests').toEqual([]);

    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
    const outside = hrefs.filter((href) => !href.startsWith(SUB_PATH));
    expect(outside, 'site-absolute links that escape the sub-path').toEqual([]);
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), `link ${href}`).toBe(200);
    }
  });
}

test('under a sub-path, search finds the neuron lesson and links to it', async ({ page }) => {
  await page.goto(SUB_PATH);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox').fill('weighted sum');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('href', new RegExp(`^${SUB_PATH}lessons/the-neuron/`));
});
