import { expect, type Locator, type Page } from '@playwright/test';

/** Cell n of the page (1-based), found by its accessible name. */
export const cellOf = (page: Page, n: number) =>
  page.getByRole('group', { name: `Code cell ${n}`, exact: true });

export const runButton = (cell: Locator) => cell.getByRole('button', { name: 'Run', exact: true });

/** Waits until a cell's counter reads `In [n]`. */
export const expectCount = (cell: Locator, n: number | ' ' | '*') =>
  expect(cell.locator('.nb-count')).toHaveText(`In [${n}]`);

/** Opens a cell's editor, replaces its code with `code` and leaves the cursor at the end. */
export async function typeCode(page: Page, cell: Locator, code: string) {
  const editor = cell.locator('.cm-content');
  if (!(await editor.isVisible())) await cell.locator('pre:visible').first().click();
  else await editor.focus();
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText arrives as one input, as a paste does: no auto-indent or bracket closing is added.
  await page.keyboard.insertText(code);
}

/** A fresh scratch notebook page with one empty cell added at the end; returns that cell. */
export async function scratchCell(page: Page, code: string): Promise<Locator> {
  const cells = page.locator('.nb-cell');
  const before = await cells.count();
  await page.getByRole('button', { name: 'Add a cell' }).click();
  const cell = cellOf(page, before + 1);
  await expect(cell.locator('.cm-content')).toBeFocused();
  await typeCode(page, cell, code);
  return cell;
}
