import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { builtPages } from './site-pages';

// Every font a page draws when it loads is preloaded (so that the browser does not style and lay
// out the page's formulas again when the math font arrives), and nothing preloaded goes unused. The
// build preloads the math font on pages that draw a formula (src/integrations/math-font-preload.ts);
// here the browser says what it really fetched. Scripts are off: widgets that render formulas
// later may need more fonts, fetched when they do.

const fontName = (url: string) => url.split('/').pop()!.split('.')[0];
const withMath = builtPages().filter((path) =>
  readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8').includes(
    '<math',
  ),
);

test.use({ javaScriptEnabled: false });

test('the pages with formulas preload exactly the fonts they draw at load', async ({ page }) => {
  expect(withMath.length).toBeGreaterThan(10);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of withMath) {
      const fetched = new Set<string>();
      const onFont = (request: { url(): string }) => {
        if (/\.woff2$/.test(request.url())) fetched.add(fontName(request.url()));
      };
      page.on('requestfinished', onFont);
      await page.goto(path, { waitUntil: 'load' });
      // Fonts are requested when text that needs them is laid out: by `load`, or soon after.
      await page.evaluate(() => document.fonts.ready);
      page.off('requestfinished', onFont);
      const preloaded = await page
        .locator('link[rel="preload"][as="font"]')
        .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
      expect([...fetched].sort(), `${path} at ${width}px`).toEqual(preloaded.map(fontName).sort());
    }
  }
});
