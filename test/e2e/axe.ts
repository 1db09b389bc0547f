import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Known, reviewed exceptions: one rule on one element each, never a whole rule.
 * - Starlight's search button is named "Search" and shows the word "Search" plus a "Ctrl K" hint;
 *   WCAG 2.5.3 does not count a shortcut hint as part of the label, and voice users saying
 *   "click Search" reach it, so axe's label-content-name-mismatch is a false positive there.
 */
const EXCEPTIONS = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

/** Serious and critical axe violations on the page, one line each, after the exceptions above. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter(
        (n) => !EXCEPTIONS.some((e) => e.rule === v.id && n.target.join(' ') === e.target),
      ),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
