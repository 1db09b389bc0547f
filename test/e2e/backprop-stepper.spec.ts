import { test, expect, type Page, type Locator } from '@playwright/test';
import { createTrainer, formatNumber, gradientCheck, mlp, toText } from '../../engine/index.ts';
import { backpropStages } from '../../src/widgets/backprop-stepper/backprop-stepper';
import { watchPage } from './page-watch';
import { seriousViolations } from './axe';

// The stepper's starting state: lesson 6's network, the example x = (1, 0), y = 1, squared error.
const sizes = [2, 2, 1];
const net = () => mlp(sizes, { activation: 'tanh', output: 'sigmoid', seed: 1 });
const x = [1, 0];
const y = [1];

const stepper = (page: Page) => page.getByRole('region', { name: 'Backprop stepper' });
const latest = (widget: Locator) =>
  widget.getByRole('list', { name: 'Steps of this stage' }).locator('.nn-sr-only');
const text = (steps: Parameters<typeof toText>[0][]) =>
  steps.map((s) => toText(s, { symbolic: true }));

async function open(page: Page, url = '/lessons/forward-and-backpropagation/') {
  await page.goto(url);
  await stepper(page).scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has([aria-label="Backprop stepper"])'),
  ).not.toHaveAttribute('ssr', '');
}

test("forward and backward steps, by keyboard, fill each stage with the engine's steps", async ({
  page,
}) => {
  await open(page);
  const widget = stepper(page);
  const g = net().gradients(x, y, 'mse');
  const stages = backpropStages(sizes, g);
  const forward = widget.getByRole('button', { name: 'Forward step' });
  const backward = widget.getByRole('button', { name: 'Backward step' });
  await expect(backward).toBeDisabled();
  await forward.focus();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Enter');
    await expect(latest(widget)).toHaveText(text(stages[i].steps));
  }
  await expect(forward).toBeDisabled();
  await expect(widget.getByRole('group', { name: /computational graph/ })).toHaveAttribute(
    'aria-label',
    new RegExp(`Loss L = ${formatNumber(g.loss)}`),
  );
  await backward.focus();
  for (let i = 4; i < stages.length; i++) {
    await page.keyboard.press('Enter');
    await expect(latest(widget)).toHaveText(text(stages[i].steps));
  }
  await expect(backward).toBeDisabled();
  // Every gradient in the table is the engine's.
  const table = widget.getByRole('table');
  await expect(
    table
      .getByRole('row', { name: /^w\(1\)21/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText(formatNumber(g.weights[0][1][0]));
  await expect(
    table
      .getByRole('row', { name: /^b\(2\)1/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText(formatNumber(g.biases[1][0]));
  await expect(table.getByText('not yet')).toHaveCount(0);
});

test('selecting a weight, by pointer and by arrow keys, shows its chain rule and numerical check', async ({
  page,
}) => {
  await open(page);
  const widget = stepper(page);
  const n = net();
  const check = gradientCheck(n, { inputs: [x], targets: [y] }, 'mse');
  const explain = (layer: number, j: number, k: number) =>
    n.explainGradient(x, y, 'mse', { type: 'weight', layer, j, k });

  // The example in the issue: each weight is a radio named by its symbol and value.
  const w211 = widget.getByRole('radio', {
    name: `weight w(2)11 = ${formatNumber(n.getWeight(2, 1, 1))}`,
  });
  await expect(w211).toHaveAttribute('aria-checked', 'true');
  // In the lesson the widget's title is an h3 under the section's h2, and its own headings h4.
  await expect(widget.getByRole('heading', { level: 3, name: 'Backprop stepper' })).toBeVisible();
  await expect(
    widget.getByRole('heading', { level: 4, name: 'One update: w ← w − η ∂L/∂w' }),
  ).toBeVisible();
  // At load the heading gives the gradient; its factors are built when the reader asks.
  await expect(widget.getByRole('heading', { level: 4, name: /^Why the gradient of/ })).toHaveText(
    `Why the gradient of w(2)11 is ${formatNumber(explain(2, 1, 1).value)}`,
  );
  const product = widget.getByTestId('chain-product');
  await expect(product).toHaveCount(0);
  const show = widget.getByRole('button', {
    name: 'Show the chain-rule factors and the numerical check',
  });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  await expect(product).toHaveText(toText(explain(2, 1, 1).steps.at(-1)!, { symbolic: true }));

  await widget.getByText(/The whole path from the loss to this parameter/).click();
  await widget.getByRole('radio', { name: /^weight w\(1\)11 = / }).click();
  await expect(widget.getByRole('radio', { name: /^weight w\(1\)11 = / })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  const e111 = explain(1, 1, 1);
  await expect(product).toHaveText(toText(e111.steps.at(-1)!, { symbolic: true }));
  await expect(
    widget.getByRole('list', { name: 'Chain-rule path for w(1)_11' }).locator('.nn-sr-only'),
  ).toHaveText(text(e111.steps));
  const entry = check.entries.find((e) => e.parameter === 'w(1)_11')!;
  const checked = widget.locator('.check');
  // Each figure is the <dd> that follows its <dt> name.
  const figure = (name: string) => checked.locator(`dt:text-is("${name}") + dd`);
  await expect(figure('numerical')).toHaveText(formatNumber(entry.numeric));
  await expect(figure('backpropagation')).toHaveText(formatNumber(entry.analytic));
  await expect(checked).toContainText('They agree');

  // Arrow keys move the selection: w(1)11 -> w(1)12, whose input x2 = 0 makes its gradient 0.
  await page.keyboard.press('ArrowRight');
  const w112 = widget.getByRole('radio', { name: /^weight w\(1\)12 = / });
  await expect(w112).toBeFocused();
  await expect(w112).toHaveAttribute('aria-checked', 'true');
  expect(explain(1, 1, 2).value).toBe(0);
  await expect(product).toHaveText(toText(explain(1, 1, 2).steps.at(-1)!, { symbolic: true }));

  // A bias, from the table.
  await widget.getByRole('button', { name: 'Explain the gradient of b(1)2' }).click();
  const bias = n.explainGradient(x, y, 'mse', { type: 'bias', layer: 1, j: 2 });
  await expect(product).toHaveText(toText(bias.steps.at(-1)!, { symbolic: true }));
  await expect(widget.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('selecting another parameter opens its chain rule', async ({ page }) => {
  await open(page);
  const widget = stepper(page);
  const show = widget.getByRole('button', {
    name: 'Show the chain-rule factors and the numerical check',
  });
  await widget.getByRole('button', { name: 'Explain the gradient of b(1)2' }).click();
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  const bias = net().explainGradient(x, y, 'mse', { type: 'bias', layer: 1, j: 2 });
  await expect(widget.getByTestId('chain-product')).toHaveText(
    toText(bias.steps.at(-1)!, { symbolic: true }),
  );
});

test('one update lowers the loss as the engine says, and the passes start again', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page);
  const widget = stepper(page);
  const apply = widget.getByRole('button', { name: 'Apply one update' });
  await expect(apply).toBeDisabled();
  await widget.getByRole('button', { name: 'Run both passes' }).click();
  await widget.getByRole('textbox', { name: 'learning rate eta' }).fill('2');
  await apply.click();

  const n = net();
  const before = n.gradients(x, y, 'mse').loss;
  const steps = createTrainer(
    n,
    { inputs: [x], targets: [y] },
    { loss: 'mse', learningRate: 2, batchSize: 1 },
  ).step({ explain: true }).steps;
  const after = n.gradients(x, y, 'mse').loss;
  await expect(widget.locator('.update .loss')).toContainText(
    `${formatNumber(before)} before, ${formatNumber(after)} after`,
  );
  await expect(
    widget.getByRole('list', { name: 'The update of every parameter' }).locator('.nn-sr-only'),
  ).toHaveText(text(steps.filter((s) => s.kind === 'update')));
  await expect(
    widget.getByRole('radio', { name: `weight w(2)11 = ${formatNumber(n.getWeight(2, 1, 1))}` }),
  ).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Backward step' })).toBeDisabled();
  await expect(widget.getByText('Nothing computed yet')).toBeVisible();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('updates stop at the 500 a link replays, the reason is given, and the link reopens the run', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page, '/lessons/forward-and-backpropagation/?backprop.updates=2-mse-1x499');
  const widget = stepper(page);
  const apply = widget.getByRole('button', { name: 'Apply one update' });
  await widget.getByRole('button', { name: 'Run both passes' }).click();
  await expect(widget.locator('.limit')).toHaveCount(0);
  await apply.click();

  // The engine's 500 updates on x = (1, 0) at the starting rate 1; the panel shows the last.
  const n = net();
  const trainer = createTrainer(
    n,
    { inputs: [x], targets: [y] },
    { loss: 'mse', learningRate: 1, batchSize: 1 },
  );
  for (let i = 0; i < 499; i++) trainer.step();
  const before = n.gradients(x, y, 'mse').loss;
  trainer.step();
  const after = n.gradients(x, y, 'mse').loss;
  await expect(widget.locator('.update .loss')).toContainText(
    `${formatNumber(before)} before, ${formatNumber(after)} after`,
  );
  await widget.getByRole('button', { name: 'Run both passes' }).click();
  await expect(apply).toBeDisabled();
  await expect(widget.locator('.limit')).toHaveText(
    'This run has made 500 updates, the most a link to it can replay, so it can go no further. Press Start again to begin a new run.',
  );
  await expect(page).toHaveURL(/backprop\.updates=2-mse-1x500(&|$)/);

  await open(page, page.url());
  const again = stepper(page);
  await expect(again.locator('[data-link-notice]')).toHaveCount(0);
  // The link holds the passes as they were (both run), so the reopened run is at the limit too.
  await expect(again.getByRole('button', { name: 'Run both passes' })).toBeDisabled();
  await expect(again.getByRole('button', { name: 'Apply one update' })).toBeDisabled();
  await expect(again.locator('.limit')).toBeVisible();
  await expect(
    again.getByRole('radio', { name: `weight w(2)11 = ${formatNumber(n.getWeight(2, 1, 1))}` }),
  ).toBeVisible();
  await again.getByRole('button', { name: 'Start again' }).click();
  await again.getByRole('button', { name: 'Run both passes' }).click();
  await expect(again.getByRole('button', { name: 'Apply one update' })).toBeEnabled();
  await expect(again.locator('.limit')).toHaveCount(0);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('another example and binary cross-entropy change only what they should', async ({ page }) => {
  await open(page);
  const widget = stepper(page);
  await widget
    .getByRole('combobox', { name: 'Example' })
    .selectOption({ label: 'x = (1, 1), y = 0' });
  await widget.getByRole('combobox', { name: 'Loss' }).selectOption('bce');
  await widget.getByRole('button', { name: 'Run both passes' }).click();
  const g = net().gradients([1, 1], [0], 'bce');
  const stages = backpropStages(sizes, g);
  await expect(latest(widget)).toHaveText(text(stages.at(-1)!.steps));
  await expect(
    widget
      .getByRole('table')
      .getByRole('row', { name: /^w\(2\)12/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText(formatNumber(g.weights[1][0][1]));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`after both passes, with the path open, the widget has no serious axe violations (${scheme})`, async ({
    page,
  }) => {
    // axe runs over the whole page; on a shared machine each run can take many seconds.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((s) => localStorage.setItem('starlight-theme', s), scheme);
    await open(page);
    const widget = stepper(page);
    await widget.getByRole('button', { name: 'Run both passes' }).click();
    await widget
      .getByRole('button', { name: 'Show the chain-rule factors and the numerical check' })
      .click();
    await widget.getByText(/The whole path from the loss to this parameter/).click();
    await widget.getByRole('button', { name: 'Apply one update' }).click();
    await widget.getByRole('button', { name: 'Forward step' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
