import { test, expect, type Locator } from '@playwright/test';
import { watchPage } from './page-watch';
import { builtPages } from './site-pages';

// Every slider of every widget at its ends (Home, End), and every slider's number field given its
// minimum, its maximum and one step past each: nothing shows NaN, Infinity or undefined, nothing
// logs an error, and a value out of range is refused with a message while the last good one stays.

const pages = builtPages().filter((p) => p.startsWith('/lessons/') || p === '/playground/');
const BROKEN = /\bNaN\b|Infinity|undefined/;

/** The widget's visible text must hold no broken number. */
async function expectClean(island: Locator, where: string) {
  const text = await island.evaluate((node) => (node as HTMLElement).innerText);
  expect(text.match(BROKEN)?.[0], `${where}: broken value in the widget`).toBeUndefined();
}

for (const path of pages) {
  test(`sliders and number fields at their ends: ${path}`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto(path);
    const islands = page.locator('astro-island:has(input[type=range])');
    const count = await islands.count();
    for (let i = 0; i < count; i++) {
      const island = islands.nth(i);
      // An island has no box of its own (display: contents): scroll to what it holds.
      await island.evaluate((node) =>
        node.querySelector('input')!.scrollIntoView({ block: 'center' }),
      );
      await expect(island).not.toHaveAttribute('ssr', '');
      const sliders = island.locator('input[type=range]:visible');
      for (let s = 0; s < (await sliders.count()); s++) {
        const slider = sliders.nth(s);
        const name = `${path} island ${i + 1}, ${await slider.getAttribute('aria-label')}`;
        const [min, max] = [await slider.getAttribute('min'), await slider.getAttribute('max')].map(
          Number,
        );
        await slider.focus();
        await page.keyboard.press('End');
        await expect(slider).toHaveValue(String(max));
        await expectClean(island, `${name} at End`);
        await page.keyboard.press('Home');
        await expect(slider).toHaveValue(String(min));
        await expectClean(island, `${name} at Home`);
      }

      // ParamControl: a slider and its number field.
      const params = island.locator('.param');
      for (let p = 0; p < (await params.count()); p++) {
        const param = params.nth(p);
        const slider = param.locator('input[type=range]');
        const field = param.locator('input.number');
        if (!(await field.isVisible())) continue;
        const name = `${path} island ${i + 1}, ${await field.getAttribute('aria-label')}`;
        const [min, max, step] = [
          await slider.getAttribute('min'),
          await slider.getAttribute('max'),
          await slider.getAttribute('step'),
        ].map(Number);
        for (const [good, past] of [
          [max, max + (step || 1)],
          [min, min - (step || 1)],
        ]) {
          await field.fill(String(good));
          await expect(slider, `${name}: typed ${good}`).toHaveValue(String(good));
          await expect(param.getByRole('alert')).toHaveCount(0);
          await expectClean(island, `${name} typed ${good}`);
          await field.fill(String(past));
          await expect(param.getByRole('alert'), `${name}: typed ${past}`).toContainText(
            String(good),
          );
          await field.blur();
          await expect(param.getByRole('alert')).toContainText(`Kept ${good}.`);
          await expect(slider).toHaveValue(String(good));
          await expect(field).toHaveValue(String(good));
          await expectClean(island, `${name} typed ${past}`);
        }
      }
    }
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}
