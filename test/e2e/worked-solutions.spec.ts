import { test, expect } from '@playwright/test';
import { builtPages } from './site-pages';
import { watchPage } from './page-watch';

// Every number question in every lesson offers its worked solution (and says "open the worked
// solution" to a wrong answer): each must open onto the engine's steps, with no error.
const lessons = builtPages('dist').filter((path) => path.startsWith('/lessons/'));

for (const path of lessons) {
  test(`${path}: every worked solution opens onto its steps`, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto(path);
    const closed = page.getByRole('button', { name: 'Show the worked solution' });
    const count = await closed.count();
    for (let i = 0; i < count; i++) {
      // An opened button is renamed "Hide ...", so the next closed one is always the first.
      const button = closed.first();
      await button.scrollIntoViewIfNeeded();
      await expect(button.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute(
        'ssr',
        '',
      );
      const box = page.locator(`#${await button.getAttribute('aria-controls')}`);
      await button.click();
      const steps = box.getByRole('list', { name: 'Worked solution' }).locator('.nn-sr-only');
      await expect(steps.first()).toHaveText(/=/);
    }
    expect(await page.getByRole('button', { name: 'Hide the worked solution' }).count()).toBe(
      count,
    );
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}
