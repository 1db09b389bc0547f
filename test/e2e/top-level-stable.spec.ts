import { test, expect } from '@playwright/test';
import { builtPages } from './site-pages';

/**
 * Scripts leave a lesson's top level alone: once the page is parsed, no element is added to or
 * removed from the content's own children. Chromium restyles the whole content for each such
 * change (Starlight's spacing rules look at every element's neighbours): the notebook toolbar
 * inserted above the first cell restyled 6,741 elements of lesson 9, a third of its style work at
 * load. Controls a script brings go into boxes the build already wrote (`.nb-bar-slot`,
 * `.nb-cell-status`, the instructor switch) or into a widget's own island.
 */
const lessons = builtPages().filter((path) => path.startsWith('/lessons/') && path !== '/lessons/');

for (const path of lessons) {
  test(`${path}: scripts add nothing to the lesson's top level`, async ({ page }) => {
    await page.addInitScript(() => {
      const changes: string[] = [];
      (window as unknown as { __topLevelChanges: string[] }).__topLevelChanges = changes;
      const describe = (node: Node) =>
        node instanceof Element ? `<${node.localName} class="${node.className}">` : node.nodeName;
      document.addEventListener('DOMContentLoaded', () => {
        const content = document.querySelector('.sl-markdown-content');
        if (!content) return;
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) changes.push(`added ${describe(node)}`);
            for (const node of record.removedNodes) changes.push(`removed ${describe(node)}`);
          }
        }).observe(content, { childList: true });
      });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The notebook's toolbar is the last thing a lesson's scripts add; on pages with cells, wait for it.
    if (await page.locator('.nb-cell').count()) await expect(page.locator('.nb-bar')).toBeVisible();
    const changes = await page.evaluate(
      () => (window as unknown as { __topLevelChanges: string[] }).__topLevelChanges,
    );
    expect(changes).toEqual([]);
  });
}
