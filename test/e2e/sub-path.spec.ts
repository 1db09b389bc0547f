import { test, expect } from '@playwright/test';
import { SUB_PATH } from '../../playwright.config';
import { builtPages } from './site-pages';
import { watchPage } from './page-watch';
import { neuron, toText, formatNumber } from '../../engine/index.ts';

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

test('under a sub-path, the neuron explorer hydrates, loads Temml and Plot, and updates its math', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto(`${SUB_PATH}lessons/the-neuron/`);
  const widget = page.getByRole('region', { name: 'Neuron explorer' });
  await widget.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has([aria-label="Neuron explorer"])'),
  ).not.toHaveAttribute('ssr', '');
  await widget.getByRole('textbox', { name: 'weight w1' }).fill('2');
  const expected = neuron({ weights: [2, -0.3], bias: 0.1, activation: 'sigmoid' }).forward([1, 0]);
  await expect(widget.locator('.nn-sr-only')).toHaveText(
    expected.steps.map((s) => toText(s, { symbolic: true })),
  );
  // Typeset by the lazily loaded Temml and charted by the lazily loaded Plot, both from the sub-path.
  await expect(widget.locator('.math math')).toHaveCount(2);
  await expect(widget.locator('.plot:not([hidden]) svg')).toContainText(
    `(${formatNumber(expected.z)}, ${formatNumber(expected.a)})`,
  );
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('under a sub-path, presenting loads the presenter from the sub-path and an embed links back inside it', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto(`${SUB_PATH}lessons/the-neuron/`);
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page.getByRole('toolbar', { name: 'Presentation controls' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}lessons/the-neuron/`);
  expect(new URL(page.url()).searchParams.get('present')).toBe('2');

  // The embed opens in a page of its own: navigating this one away would abort what it may still
  // be fetching (the favicon again after the slide changed its address), which no wait can rule out.
  const embed = await page.context().newPage();
  const embedProblems = watchPage(embed, new URL(baseURL!).origin);
  await embed.goto(`${SUB_PATH}embed/neuron-explorer/`);
  await expect(embed.getByRole('link', { name: 'The neuron' })).toHaveAttribute(
    'href',
    `${SUB_PATH}lessons/the-neuron/#try-it-the-neuron-explorer`,
  );
  const none = { consoleErrors: [], failedRequests: [], offSiteRequests: [] };
  expect(problems).toEqual(none);
  expect(embedProblems).toEqual(none);
});
