import { test, expect, type Page, type Locator } from '@playwright/test';
import {
  formatNumber,
  mlp,
  networkFromJSON,
  toText,
  type ActivationName,
} from '../../engine/index.ts';
import {
  activationSteps,
  noDerivativeAt,
  zAtFraction,
} from '../../src/widgets/activation-explorer/activation-steps';
import { EXPLORER_CHART } from '../../src/widgets/activation-explorer/activation-explorer-chart';
import {
  collapseText,
  composeAffine,
  layersOf,
} from '../../src/widgets/why-nonlinearity/affine-compose';
import { layerSteps } from '../../src/lib/layer-flow';
import { watchPage } from './page-watch';

const PATH = '/lessons/activation-functions/';

async function open(page: Page, title: string) {
  await page.goto(PATH);
  await page.getByRole('region', { name: title }).scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has([aria-label="${title}"])`)).not.toHaveAttribute(
    'ssr',
    '',
  );
  return page.getByRole('region', { name: title });
}

const explorerLines = (w: Locator) =>
  w.getByRole('list', { name: 'The function and its slope at z' }).locator('.nn-sr-only');
const expectExplorer = async (w: Locator, name: ActivationName, z: number) => {
  const steps = activationSteps(name, z);
  await expect(explorerLines(w)).toHaveText(steps.map((s) => toText(s, { symbolic: true })));
  const none = noDerivativeAt(name, z);
  await expect(w.locator('figcaption')).toContainText(
    `At z = ${formatNumber(z)} the function is ${formatNumber(steps[0].result)} and ${none ? 'it has no slope; the engine uses' : 'its slope is'} ${formatNumber(steps[1].result)}.`,
  );
  await (none
    ? expect(w.locator('.no-derivative')).toHaveText(none.note)
    : expect(w.locator('.no-derivative')).toHaveCount(0));
};

test("the explorer first shows sigmoid at z = 0.5 with the engine's f and f', typeset at build time", async ({
  page,
}) => {
  const w = await open(page, 'Activation explorer');
  await expectExplorer(w, 'sigmoid', 0.5);
  expect(toText(activationSteps('sigmoid', 0.5)[1], { symbolic: true })).toBe(
    "da/dz = sigmoid'(z) = sigmoid'(0.5) = 0.235",
  );
  await expect(w.locator('.math math')).toHaveCount(3);
});

test('keyboard: arrow keys move z and switch between the five functions', async ({ page }) => {
  const w = await open(page, 'Activation explorer');
  const slider = w.getByRole('slider', { name: 'weighted sum z slider' });
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(w.getByRole('textbox', { name: 'weighted sum z' })).toHaveValue('0.55');
  await expectExplorer(w, 'sigmoid', 0.55);

  await w.getByRole('radio', { name: 'Sigmoid' }).focus();
  const order: [string, ActivationName][] = [
    ['Tanh', 'tanh'],
    ['ReLU', 'relu'],
    ['Leaky ReLU', 'leakyRelu'],
    ['Step', 'step'],
  ];
  for (const [label, name] of order) {
    await page.keyboard.press('ArrowRight');
    await expect(w.getByRole('radio', { name: label, exact: true })).toBeChecked();
    await expectExplorer(w, name, 0.55);
  }
  // Typed values: ReLU and leaky ReLU on the negative side.
  await w.getByRole('radio', { name: 'ReLU', exact: true }).check();
  await w.getByRole('textbox', { name: 'weighted sum z' }).fill('-2');
  await expectExplorer(w, 'relu', -2);
  await w.getByRole('radio', { name: 'Leaky ReLU' }).check();
  await expectExplorer(w, 'leakyRelu', -2);
  expect(activationSteps('leakyRelu', -2)[1].result).toBeGreaterThan(0);
});

test('at z = 0 the step has no slope and no tangent, and the ReLUs a corner: the explorer says what the engine uses', async ({
  page,
}) => {
  const w = await open(page, 'Activation explorer');
  const tangent = w.locator('.plot:not([hidden]) [stroke="var(--nn-live)"] path');
  await w.getByRole('textbox', { name: 'weighted sum z' }).fill('0');
  await expectExplorer(w, 'sigmoid', 0);
  await expect(tangent).toHaveCount(1);
  await w.getByRole('radio', { name: 'Step' }).check();
  await expectExplorer(w, 'step', 0);
  await expect(tangent).toHaveCount(0);
  for (const [label, name] of [
    ['ReLU', 'relu'],
    ['Leaky ReLU', 'leakyRelu'],
  ] as const) {
    await w.getByRole('radio', { name: label, exact: true }).check();
    await expectExplorer(w, name, 0);
    await expect(tangent).toHaveCount(1);
  }
});

test('pointer: a click on the chart puts z there, and a drag follows the pointer', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page, 'Activation explorer');
  const chart = w.locator('.chart');
  await chart.hover();
  const plot = w.locator('.plot:not([hidden])');
  await expect(plot.locator('svg')).toHaveCount(1);
  // The figure may be drawn again once more as the page settles (a new element replaces the old):
  // measure the one that is there, not one that has just gone.
  const box = await settledBox(plot);
  const y = box.y + box.height / 2;
  await page.mouse.click(box.x + 0.75 * box.width, y);
  const clicked = zAtFraction(0.75, EXPLORER_CHART, 0.05);
  await expect(w.getByRole('textbox', { name: 'weighted sum z' })).toHaveValue(String(clicked));
  await expectExplorer(w, 'sigmoid', clicked);

  await page.mouse.move(box.x + 0.6 * box.width, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 0.2 * box.width, y, { steps: 6 });
  await page.mouse.up();
  const dragged = zAtFraction(0.2, EXPLORER_CHART, 0.05);
  await expect(w.getByRole('textbox', { name: 'weighted sum z' })).toHaveValue(String(dragged));
  await expectExplorer(w, 'sigmoid', dragged);
  expect(problems.consoleErrors).toEqual([]);
});

test.describe('by touch', () => {
  test.use({ hasTouch: true });

  test('a finger pressed on the chart and moved across it picks z, as the mouse does', async ({
    page,
  }) => {
    const w = await open(page, 'Activation explorer');
    const chart = w.locator('.chart');
    await chart.tap();
    const plot = w.locator('.plot:not([hidden])');
    await expect(plot.locator('svg')).toHaveCount(1);
    const box = await settledBox(plot);
    const y = Math.round(box.y + box.height / 2);
    const at = (f: number) => [{ x: Math.round(box.x + f * box.width), y }];
    // Touch events through the DevTools protocol, so the page gets pointer events of type touch.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.6) });
    for (const f of [0.5, 0.4, 0.3, 0.2])
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(f) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const fraction = (at(0.2)[0].x - box.x) / box.width;
    const dragged = zAtFraction(fraction, EXPLORER_CHART, 0.05);
    await expect(w.getByRole('textbox', { name: 'weighted sum z' })).toHaveValue(String(dragged));
    await expectExplorer(w, 'sigmoid', dragged);
  });
});

/** The element's box, once it has one (null while a redraw swaps the element). */
async function settledBox(locator: import('@playwright/test').Locator) {
  for (let tries = 0; tries < 50; tries++) {
    const box = await locator.boundingBox();
    if (box) return box;
    await locator.page().waitForTimeout(100);
  }
  throw new Error('the chart never settled on screen');
}

test('bad z is refused with a message and the last good value stays', async ({ page }) => {
  const w = await open(page, 'Activation explorer');
  const field = w.getByRole('textbox', { name: 'weighted sum z' });
  await field.fill('abc');
  await expect(w.getByRole('alert')).toContainText('is not a number');
  await field.fill('12');
  await expect(w.getByRole('alert')).toContainText('between -5 and 5');
  await expectExplorer(w, 'sigmoid', 0.5);
});

/** The widget's network, built the same way with the engine. */
function nets(biases: number[]) {
  const linear = mlp([1, 3, 1], { activation: 'linear', output: 'linear', seed: 2 });
  biases.forEach((b, j) => linear.setBias(1, j + 1, b));
  const relu = networkFromJSON({ ...linear.toJSON(), activations: ['relu', 'linear'] });
  const [l1, l2] = layersOf(linear.getWeights());
  return { linear, relu, said: collapseText(l1, l2), collapsed: composeAffine(l1, l2) };
}

async function expectWhy(w: Locator, biases: number[], x: number) {
  const { linear, relu, said, collapsed } = nets(biases);
  const lines = w
    .getByRole('list', { name: 'The two layers multiplied into one' })
    .locator('.nn-sr-only');
  // The single map is shown at load; the two products behind it once the reader asks (and stay).
  const products = w.getByRole('button', { name: 'Show the two matrix products' });
  if ((await products.getAttribute('aria-expanded')) === 'false') {
    await expect(lines).toHaveCount(1);
    await expect(lines).toContainText(`ŷ = W x + b = ${formatNumber(collapsed.W[0][0])} x `);
    await products.click();
    await expect(products).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toHaveText(said.weight);
  await expect(lines.nth(1)).toHaveText(said.bias);
  const y = linear.predict([x])[0];
  await expect(
    w.getByText(
      `the network, layer by layer, gives ŷ = ${formatNumber(y)}; the single map gives W x + b = ${formatNumber(collapsed.W[0][0] * x + collapsed.b[0])}.`,
    ),
  ).toBeVisible();
  const out = relu.forward([x]);
  const shown = [
    ...layerSteps(relu.sizes, out.steps, 1).filter((s) => s.kind === 'activation'),
    ...layerSteps(relu.sizes, out.steps, 2).filter((s) => s.kind === 'weightedSum'),
  ];
  const reluSteps = w
    .getByRole('list', { name: "The ReLU network's hidden activations and output at x" })
    .locator('.nn-sr-only');
  // The output's step is shown at load; the whole list once the reader asks for it (and stays).
  const all = w.getByRole('button', { name: `Show all ${shown.length} steps` });
  if ((await all.getAttribute('aria-expanded')) === 'false') {
    await expect(reluSteps).toHaveText([toText(shown.at(-1)!)]);
    await all.click();
    await expect(all).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(reluSteps).toHaveText(shown.map((s) => toText(s)));
  await expect(w.locator('figcaption')).toContainText(
    `linear ŷ = ${formatNumber(y)}, ReLU ŷ = ${formatNumber(out.output[0])}`,
  );
}

test("Why non-linearity multiplies the engine network's matrices into one map that matches it", async ({
  page,
}) => {
  const w = await open(page, 'Why non-linearity');
  await expectWhy(w, [0.5, -0.5, 0.3], 1);
  await expect(w.locator('.tex .math-display')).toHaveCount(3);
});

test('changing a bias and the probe x updates the product, both networks and the chart', async ({
  page,
}) => {
  const w = await open(page, 'Why non-linearity');
  await w.getByRole('textbox', { name: 'hidden bias b2' }).fill('1.2');
  await expectWhy(w, [0.5, 1.2, 0.3], 1);
  const slider = w.getByRole('slider', { name: 'input x slider' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expectWhy(w, [0.5, 1.2, 0.3], -3);
  // The ReLU network bends: its outputs at three inputs do not lie on one line, the linear ones do.
  const { linear, relu } = nets([0.5, 1.2, 0.3]);
  const bend = (f: (x: number) => number) => f(-2) - 2 * f(0) + f(2);
  expect(Math.abs(bend((x) => linear.predict([x])[0]))).toBeLessThan(1e-12);
  expect(Math.abs(bend((x) => relu.predict([x])[0]))).toBeGreaterThan(0.05);
  await w.getByRole('button', { name: 'Reset' }).click();
  await expectWhy(w, [0.5, -0.5, 0.3], 1);
});

test("the lesson's questions check the engine's answers", async ({ page }) => {
  await page.goto(PATH);
  const slope = activationSteps('sigmoid', 1);
  const stackedNet = mlp([1, 2, 1], { activation: 'linear', output: 'linear' });
  stackedNet.setWeights({ weights: [[[2], [-1]], [[1, 3]]], biases: [[1, 0.5], [-1]] });
  const stacked = stackedNet.forward([2]);
  for (const [id, answer] of [
    ['act-slope', slope[1].result.toFixed(4)],
    ['act-stacked', formatNumber(stacked.output[0])],
  ] as const) {
    const form = page.locator(`form[aria-labelledby="${id}-question"]`);
    await form.scrollIntoViewIfNeeded();
    await expect(
      page.locator(`astro-island:has(form[aria-labelledby="${id}-question"])`),
    ).not.toHaveAttribute('ssr', '');
    await form.getByRole('textbox', { name: 'Your answer' }).fill('3');
    await form.getByRole('textbox', { name: 'Your answer' }).press('Enter');
    await expect(form.getByText('Not quite')).toBeVisible();
    await form.getByRole('textbox', { name: 'Your answer' }).fill(answer);
    await form.getByRole('textbox', { name: 'Your answer' }).press('Enter');
    await expect(form.getByText('Right.')).toBeVisible();
  }
  const choice = page.locator('form[aria-labelledby="act-deep-linear-question"]');
  await choice.getByRole('radio', { name: /affine map/ }).check();
  await choice.getByRole('button', { name: 'Check' }).click();
  await expect(choice.getByText('Right.')).toBeVisible();
});
