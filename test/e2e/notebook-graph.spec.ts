import { test, expect } from '@playwright/test';
import { Value, formatNumber, graphOf, mlp, valueLoss, valueNetwork } from '../../engine/index.ts';
import { drawnFold, drawnSummary } from '../../src/lib/graph/drawn-fold';
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

// A network's graph past 60 values is drawn folded: one box per neuron, the caption saying so.
test('graph() of a network draws one box per neuron, with the engine’s numbers', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/notebook/');
  const code =
    "const net = mlp([2, 4, 4, 1], { activation: 'tanh', output: 'sigmoid', seed: 4 });\n" +
    "const loss = valueLoss(valueNetwork(net).forward([0.5, -1]), [1], 'mse');\ngraph(loss);";
  const cell = await scratchCell(page, code);
  await page.keyboard.press('Shift+Enter');

  // The same graph computed here by the engine.
  const net = mlp([2, 4, 4, 1], { activation: 'tanh', output: 'sigmoid', seed: 4 });
  const loss = valueLoss(valueNetwork(net).forward([0.5, -1]), [1], 'mse');
  loss.backward();
  const expected = graphOf(loss);
  const drawn = drawnFold(expected)!;

  const figure = cell.locator('figure.nb-graph');
  await expect(figure).toBeVisible();
  await expect(figure.locator('svg g[data-group]')).toHaveCount(9);
  await expect(figure.locator('svg g[data-node]')).toHaveCount(drawn.folded.nodes.length);
  await expect(figure.locator('svg polyline')).toHaveCount(drawn.folded.edges.length);
  await expect(figure.locator('figcaption')).toHaveText(drawnSummary(expected));
  const a = expected.nodes.find((n) => n.label === 'a(2)_3')!;
  await expect(figure.locator('g[data-group="L2N3"] text').nth(1)).toHaveText(
    `value ${formatNumber(a.data)}`,
  );
  await expect(figure.locator('g[data-group="L2N3"] text').nth(2)).toHaveText(
    `grad ${formatNumber(a.grad)}`,
  );
  // Every value is still read out in the list, folded or not.
  await figure.getByText('Every value, in order').click();
  await expect(figure.locator('details li')).toHaveCount(expected.nodes.length);

  expect(await seriousViolations(page)).toEqual([]);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});
