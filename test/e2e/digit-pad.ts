import type { Page } from '@playwright/test';

/** The digit lab's region on a page (the lab page, the lesson, or its embed). */
export const lab = (page: Page) => page.getByRole('region', { name: /^Digit lab/ });

/**
 * Draws one pen stroke on the lab's drawing pad with the mouse, through `points` given as
 * fractions of the pad's width and height from its top left, as a reader drags a pointer.
 */
export async function drawStroke(page: Page, points: readonly (readonly [number, number])[]) {
  const canvas = lab(page)
    .getByRole('application', { name: /Drawing pad/ })
    .locator('canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = ([x, y]: readonly [number, number]) =>
    [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 12 });
  await page.mouse.up();
}
