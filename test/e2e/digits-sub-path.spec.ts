import { test, expect } from '@playwright/test';
import { SUB_PATH } from '../../playwright.config';
import { chooseLongRun, untilTraining } from './digit-run';

// Runs in the sub-path project (its name ends in sub-path.spec.ts): the lab must fetch its data
// below the site's base path, not from the server's root.
test('below a sub-path, the digit lab downloads its digits from below that path and trains', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${SUB_PATH}digits/`);
  const lab = page.getByRole('region', { name: /^Digit lab/ });
  await lab.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([aria-label^="Digit lab"])')).not.toHaveAttribute(
    'ssr',
    '',
  );
  await chooseLongRun(lab);
  const [response] = await Promise.all([
    page.waitForResponse(/digits-v1\.bin$/),
    lab.getByRole('button', { name: 'Train', exact: true }).click(),
  ]);
  expect(new URL(response.url()).pathname).toBe(`${SUB_PATH}data/digits-v1.bin`);
  expect(response.status()).toBe(200);
  await untilTraining(page);
  await lab.getByRole('button', { name: 'Stop' }).click();
});
