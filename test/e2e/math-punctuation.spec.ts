import { expect, test } from '@playwright/test';

// The pages whose formulas are joined to their punctuation (src/lib/inline-math.ts): before, a
// comma or full stop after a formula began the next line on both (at 390 px, 1280 px or both).
const PAGES = ['/notation/', '/glossary/'];

for (const path of PAGES)
  test(`${path}: no line starts with the punctuation that follows a formula`, async ({ page }) => {
    await page.goto(path);
    for (const width of [360, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const stranded = await page.evaluate(() =>
        [...document.querySelectorAll('math:not([display="block"])')].flatMap((math) => {
          const next = math.nextSibling;
          const at = /^[.,;:)]/.exec(next?.textContent ?? '')?.[0].length;
          if (next?.nodeType !== Node.TEXT_NODE || !at) return [];
          const range = document.createRange();
          range.setStart(next, at - 1);
          range.setEnd(next, at);
          const mark = range.getBoundingClientRect();
          const box = math.getBoundingClientRect();
          return mark.height && box.height && mark.top > box.bottom - 2
            ? [`${math.textContent} | ${next.textContent?.slice(0, 12)}`]
            : [];
        }),
      );
      expect(stranded, `at ${width} px`).toEqual([]);
    }
  });
