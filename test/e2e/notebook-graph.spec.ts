import { test, expect } from '@playwright/test';
import { Value, graphOf } from '../../engine/index.ts';
import { graphSentences, graphSummary } from '../../src/lib/graph/graph-text';
import { seriousViolations } from './axe';
import { scratchCell } from './notebook-helpers';
import { watchPage } from './page-watch';

// graph(value) in a cell: the picture, its text for screen readers, the same numbers as the engine.
test('graph() in a cell draws the graph of a Value with every value and gradient', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/notebook/');
  const code =
    "const x = new Value(2, 'x');\nconst y = x.mul(x).add(1);\ny.label = 'y';\ngraph(y);";
  const cell = await scratchCell(page, code);
  await page.keyboard.press('Shift+Enter');

  // The engine's own graph of the same expression: what the page must show.
  const x = new Value(2, 'x');
  const y = x.mul(x).add(1);
  y.label = 'y';
  y.backward();
  const expected = graphOf(y);

  const figure = cell.locator('figure.nb-graph');
  await expect(figure).toBeVisible();
  await expect(figure.locator('svg g[data-node]')).toHaveCount(expected.nodes.length);
  await expect(figure.locator('svg polyline')).toHaveCount(expected.edges.length);
  await expect(figure.locator('figcaption')).toHaveText(graphSummary(expected));
  await figure.getByText('Every value, in order').click();
  await expect(figure.locator('details li')).toHaveText(graphSentences(expected));
  // x is used twice: its gradient is 2x = 4, the sum of both paths.
  await expect(figure.locator('svg text', { hasText: 'grad 4' })).toHaveCount(1);

  // The picture scrolls in its own box, which the keyboard reaches.
  await figure.locator('.nb-graph-scroll').focus();
  await expect(figure.locator('.nb-graph-scroll')).toBeFocused();

  expect(await seriousViolations(page)).toEqual([]);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});
