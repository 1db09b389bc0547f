import { expect, test } from '@playwright/test';

test('the notation table fits a 390 px phone: no row scrolls sideways, a list of symbols wraps between them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/notation/');
  const table = page.locator('table.notation');
  const { scroll, client } = await table.evaluate((t) => ({
    scroll: t.scrollWidth,
    client: t.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
  // The optimisers' state is nine symbols, each a formula of its own.
  await expect(page.locator('#optimizer-state .symbol math')).toHaveCount(9);
});
