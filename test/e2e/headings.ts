import type { Locator, Page } from '@playwright/test';

/** A heading's level (1 for h1) and its text. */
export type Heading = [level: number, text: string];

/** Every h1 to h6 in `scope`, in document order, with its text as read (spaces collapsed). */
export function headingOutline(scope: Page | Locator): Promise<Heading[]> {
  return scope
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings.map((h): Heading => [
        Number(h.tagName[1]),
        (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ]),
    );
}

/**
 * Each place where the outline goes down more than one level at once (an h1 followed by an h3),
 * one line each: what axe's "heading-order" rule flags. Going back up any number of levels is fine.
 */
export function skippedLevels(outline: readonly Heading[]): string[] {
  return outline.flatMap(([level, text], i) => {
    const before = outline[i - 1];
    return before && level > before[0] + 1
      ? [`h${before[0]} "${before[1]}" then h${level} "${text}"`]
      : [];
  });
}
