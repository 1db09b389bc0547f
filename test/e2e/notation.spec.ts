import { expect, test } from '@playwright/test';

test('the notation table fits a 360 px phone: no row scrolls sideways, a list of symbols wraps between them', async ({
  page,
}) => {
  await page.goto('/notation/');
  const table = page.locator('table.notation');
  for (const width of [360, 390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    const { scroll, client } = await table.evaluate((t) => ({
      scroll: t.scrollWidth,
      client: t.clientWidth,
    }));
    expect(scroll, `at ${width} px`).toBeLessThanOrEqual(client);
  }
  // The optimisers' state is nine symbols, each a formula of its own.
  await expect(page.locator('#optimizer-state .symbol math')).toHaveCount(9);
});
