import { test, expect, type Locator, type Page } from '@playwright/test';
import { cellOf, expectCount, scratchCell, typeCode } from './notebook-helpers';

// A hand holds the button down for about a tenth of a second. Leaving the editor (the press moves
// focus) must not move what is being pressed before the release, or the click is lost. Playwright's
// own click releases at once, which hid this; these clicks hold the button as a hand does.

/** Presses the middle of `target`, holds the button for `holdMs`, releases at the same point. */
async function handClick(page: Page, target: Locator, holdMs = 100) {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(holdMs);
  await page.mouse.up();
}

test('while a scratch cell is edited, a hand click on Add a cell adds one', async ({ page }) => {
  await page.goto('/notebook/');
  const edited = await scratchCell(page, '1 + 1');
  const count = await page.locator('.nb-cell').count();
  await handClick(page, page.getByRole('button', { name: 'Add a cell' }));
  await expect(cellOf(page, count + 1).locator('.cm-content')).toBeFocused();
  // The hint under the cell left behind is hidden but keeps its line.
  await expect(edited.locator('.nb-editor-hint')).toBeHidden();
  await expect(cellOf(page, count + 1).locator('.nb-editor-hint')).toBeVisible();
});

test('while a lesson cell is edited, a hand click runs the next cell and one opens another', async ({
  page,
}) => {
  await page.goto('/lessons/the-xor-problem/');
  await typeCode(page, cellOf(page, 1), '1');
  await handClick(page, cellOf(page, 2).getByRole('button', { name: 'Run', exact: true }));
  await expectCount(cellOf(page, 2), 1);

  await typeCode(page, cellOf(page, 1), '2');
  await handClick(page, cellOf(page, 3).locator('pre:visible').first());
  await expect(cellOf(page, 3).locator('.cm-content')).toBeFocused();
});
