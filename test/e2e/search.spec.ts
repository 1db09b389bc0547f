import { test, expect, type Page } from '@playwright/test';

/**
 * The site search (src/lib/search/lazy-pagefind-ui.ts): Pagefind's own UI, over half of a lesson's
 * JavaScript, is fetched when a reader reaches for search, not at load on every page.
 */
const LESSON = '/lessons/the-neuron/';
const UI_CORE = /\/_astro\/ui-core\.[\w-]+\.js$/;

/** Resolves once Starlight's search has loaded the wrapper that waits for the reader. */
function wrapperLoaded(page: Page) {
  return page.waitForResponse(/\/_astro\/lazy-pagefind-ui\.[\w-]+\.js$/);
}

test("Pagefind's UI is not fetched at load, and is fetched when the pointer reaches the search button", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (UI_CORE.test(request.url())) fetched.push(request.url());
  });
  const wrapper = wrapperLoaded(page);
  await page.goto(LESSON, { waitUntil: 'networkidle' });
  await wrapper;
  expect(fetched).toEqual([]);

  const uiCore = page.waitForRequest(UI_CORE);
  await page.getByRole('button', { name: 'Search' }).hover();
  await uiCore;
  await page.getByRole('button', { name: 'Search' }).click();
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox');
  await expect(box).toBeFocused();
  await box.fill('weighted sum');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
});

test('keys typed into the search dialog before its box is built are kept, then searched', async ({
  page,
}) => {
  // Holds Pagefind's UI back until the reader has typed, as a slow network would.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(UI_CORE, async (route) => {
    await held;
    await route.continue();
  });
  const wrapper = wrapperLoaded(page);
  await page.goto(LESSON);
  await wrapper;

  const uiCore = page.waitForRequest(UI_CORE);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  // The wrapper asks for the UI as the dialog opens, after it has started keeping keys.
  await uiCore;
  await page.keyboard.type('weighted sum');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  release();

  const box = dialog.getByRole('textbox');
  await expect(box).toHaveValue('weighted sum');
  await expect(box).toBeFocused();
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await expect(dialog).toBeVisible();
});
