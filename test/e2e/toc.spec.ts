import { test, expect, type Page } from '@playwright/test';

// The "On this page" highlight is our own light tracker (src/lib/toc-tracker.ts), swapped in for
// Starlight's by a Vite alias: these tests check it is the one running and that it follows reading.

const LESSON = '/lessons/forward-and-backpropagation/';

const currentLink = (page: Page, toc: string) => page.locator(`${toc} a[aria-current="true"]`);

/** Scrolls so that the heading with `id` sits just below the sticky header, as a reader would. */
async function scrollHeadingToTop(page: Page, id: string) {
  await page.evaluate((headingId) => {
    const heading = document.getElementById(headingId)!;
    const header = document.querySelector('header')!.getBoundingClientRect().height;
    window.scrollBy(0, heading.getBoundingClientRect().top - header - 8);
  }, id);
}

test('desktop: the highlight follows the section being read, both ways and after a jump', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LESSON);
  const toc = 'starlight-toc';
  await expect(page.locator(toc)).toHaveAttribute('data-nn-toc', '');
  await expect(currentLink(page, toc)).toHaveAttribute('href', '#_top');

  const ids = await page
    .locator(`${toc} a`)
    .evaluateAll((links) =>
      links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))),
    );
  expect(ids.length).toBeGreaterThan(5);

  // Down the page heading by heading, then back up to the second one.
  for (const id of [ids[2], ids[3], ids[ids.length - 2], ids[1]]) {
    await scrollHeadingToTop(page, id);
    await expect(currentLink(page, toc)).toHaveAttribute('href', `#${encodeURIComponent(id)}`);
  }

  // A click on the last entry jumps there and highlights it.
  await page.locator(`${toc} a`).last().click();
  await expect(currentLink(page, toc)).toHaveAttribute(
    'href',
    `#${encodeURIComponent(ids[ids.length - 1])}`,
  );

  // Back to the very top: the overview is current again.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(currentLink(page, toc)).toHaveAttribute('href', '#_top');
});

test('phone: the bar names the section being read; its list is built when opened, marked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LESSON);
  const toc = 'mobile-starlight-toc';
  await expect(page.locator(toc)).toHaveAttribute('data-nn-toc', '');
  // The list is stored (src/lib/toc/phone-toc-store.ts) until the bar opens: no links at load.
  await expect(page.locator(`${toc} a`)).toHaveCount(0);
  await expect(page.locator(`${toc} noscript[data-toc-store]`)).toHaveCount(1);
  // The desktop list (hidden on a phone) holds the same entries.
  const second = page.locator('starlight-toc a').nth(2);
  const id = await second.evaluate((a) =>
    decodeURIComponent((a as HTMLAnchorElement).hash.slice(1)),
  );
  const title = (await second.textContent())!.trim();
  await page.evaluate((headingId) => {
    const heading = document.getElementById(headingId)!;
    // Just below the header and the phone's "On this page" bar.
    const header = document.querySelector('header')!.getBoundingClientRect().height;
    const bar = document
      .querySelector('mobile-starlight-toc summary')!
      .getBoundingClientRect().height;
    window.scrollBy(0, heading.getBoundingClientRect().top - header - bar - 8);
  }, id);
  await expect(page.locator(`${toc} .display-current`)).toHaveText(title);

  // Opening the bar builds the list, with the section being read already marked.
  await page.locator(`${toc} summary`).click();
  await expect(page.locator(`${toc} noscript`)).toHaveCount(0);
  await expect(currentLink(page, toc)).toHaveAttribute('href', `#${encodeURIComponent(id)}`);
  await expect(currentLink(page, toc)).toBeVisible();

  // Following a link closes the bar, as Starlight's does, and jumps there.
  const last = page.locator(`${toc} a`).last();
  const lastHash = await last.evaluate((a) => (a as HTMLAnchorElement).hash);
  await last.click();
  await expect(page.locator(`${toc} details`)).not.toHaveAttribute('open', '');
  await expect(currentLink(page, toc)).toHaveAttribute('href', lastHash);
});
