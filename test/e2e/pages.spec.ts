import { test, expect } from '@playwright/test';
import { builtPages } from './site-pages';
import { watchPage } from './page-watch';
import { seriousViolations } from './axe';
import { missingCharacters, type MathToken } from '../../src/lib/math-font-coverage';
import font from '../../src/assets/fonts/latin-modern-math.json' with { type: 'json' };

const pages = builtPages('dist');
const themes = ['light', 'dark'] as const;

// axe walks every element, and the longest lessons have thousands of MathML elements: on a busy
// machine one page's check can pass the default 60 s. This is about content, not speed.
test.describe.configure({ timeout: 150_000 });

test('the build has the home page and the neuron lesson', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/lessons/the-neuron/');
});

for (const path of pages) {
  for (const theme of themes) {
    test(`${path} in the ${theme} theme: no console errors, failed or off-site requests, math errors, characters missing from the math font or serious axe violations`, async ({
      page,
      baseURL,
    }) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.emulateMedia({ colorScheme: theme });
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

      // Scroll to the end so that every `client:visible` widget hydrates and is checked too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');

      expect(await page.locator('.temml-error, merror').count(), 'math errors').toBe(0);
      // The widgets' formulas too, typeset in the browser once they hydrated.
      const tokens: MathToken[] = await page.$$eval('math :is(mi, mn, mo, mtext, ms)', (els) =>
        els.map((el) => ({
          element: el.localName,
          mathvariant: el.getAttribute('mathvariant') ?? undefined,
          text: el.textContent ?? '',
        })),
      );
      expect(
        missingCharacters(tokens, new Set(font.codePoints)),
        'characters missing from the math font (add them in scripts/subset-math-font.mjs)',
      ).toEqual([]);
      expect(await seriousViolations(page), 'serious or critical accessibility violations').toEqual(
        [],
      );
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.offSiteRequests, 'off-site requests').toEqual([]);
    });
  }
}
