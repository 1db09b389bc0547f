import { test, expect, type Page, type Locator } from '@playwright/test';
import { formatNumber, toText } from '../../engine/index.ts';
import { layerFlowModel, layerSteps, neuronSteps } from '../../src/lib/layer-flow';
import { watchPage } from './page-watch';

const { net } = layerFlowModel();
const sizes = net.sizes;
const forward = (x: number[]) => net.forward(x);

const widget = (page: Page) => page.getByRole('region', { name: 'Layer flow' });
const neuronButton = (w: Locator, name: string, j: number) =>
  w.getByRole('button', { name: new RegExp(`^${name}, neuron ${j}:`) });
const panel = (w: Locator) => w.locator('.panel');

async function open(page: Page) {
  await page.goto('/lessons/what-deep-learning-is/');
  await widget(page).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([aria-label="Layer flow"])')).not.toHaveAttribute(
    'ssr',
    '',
  );
}

/** Every neuron of layer l (1-based) says it holds the engine's activation for input x. */
async function expectLayerShows(w: Locator, name: string, l: number, x: number[]) {
  const out = forward(x);
  for (let j = 1; j <= sizes[l]; j++) {
    await expect(neuronButton(w, name, j)).toHaveAttribute(
      'aria-label',
      `${name}, neuron ${j}: a = ${formatNumber(out.a[l - 1][j - 1])}`,
    );
  }
}

test("at first only the input is known; Next computes one layer at a time with the engine's numbers", async ({
  page,
}) => {
  await open(page);
  const w = widget(page);
  const x = [0.3, 0.2];
  await expect(w.getByText('Step 0 of 3: only the input (0.3, 0.2) is known.')).toBeVisible();
  await expect(neuronButton(w, 'hidden layer 1', 1)).toHaveAttribute(
    'aria-label',
    'hidden layer 1, neuron 1: not computed yet',
  );
  await expect(w.getByRole('button', { name: 'Previous' })).toBeDisabled();

  const next = w.getByRole('button', { name: 'Next' });
  const names = ['hidden layer 1', 'hidden layer 2', 'output layer'];
  for (let l = 1; l <= 3; l++) {
    await next.click();
    await expectLayerShows(w, names[l - 1], l, x);
    // With nothing inspected, the panel shows the steps of the layer just computed.
    const lines = layerSteps(sizes, forward(x).steps, l).map((s) => toText(s));
    await expect(
      panel(w)
        .getByRole('list', { name: 'Steps of the layer just computed' })
        .locator('.nn-sr-only'),
    ).toHaveText(lines);
  }
  await expect(next).toBeDisabled();
  const y = forward(x).output[0];
  await expect(
    w.getByText(
      `Step 3 of 3: output ŷ = ${formatNumber(y)}. The network puts the point inside the circle (label 1).`,
    ),
  ).toBeVisible();
  await expect(w.locator('figcaption')).toContainText(`ŷ = ${formatNumber(y)}`);

  await w.getByRole('button', { name: 'Previous' }).click();
  await expect(neuronButton(w, 'output layer', 1)).toHaveAttribute(
    'aria-label',
    'output layer, neuron 1: not computed yet',
  );
});

test('focusing a neuron by keyboard shows its weighted sum and activation, typeset', async ({
  page,
}) => {
  await open(page);
  const w = widget(page);
  // Keyboard only: keep the pointer off the diagram.
  await page.mouse.move(0, 0);
  await w.getByRole('button', { name: 'Next' }).click();
  await w.getByRole('button', { name: 'Next' }).click();
  await neuronButton(w, 'hidden layer 2', 2).focus();
  const steps = neuronSteps(sizes, forward([0.3, 0.2]).steps, 2, 2);
  const list = panel(w).getByRole('list', { name: 'Steps of the chosen neuron' });
  await expect(list.locator('.nn-sr-only')).toHaveText(
    steps.map((s) => toText(s, { symbolic: true })),
  );
  await expect(list.locator('math')).toHaveCount(2);

  // Enter pins the neuron, so its steps stay after focus moves on.
  await page.keyboard.press('Enter');
  await expect(neuronButton(w, 'hidden layer 2', 2)).toHaveAttribute('aria-pressed', 'true');
  await w.getByRole('textbox', { name: 'input x1' }).focus();
  await expect(list.locator('.nn-sr-only')).toHaveText(
    steps.map((s) => toText(s, { symbolic: true })),
  );

  // A neuron the pass has not reached yet says so.
  await neuronButton(w, 'output layer', 1).focus();
  await expect(panel(w)).toContainText('Not computed yet');
  // An input neuron computes nothing.
  await neuronButton(w, 'input layer', 1).focus();
  await expect(panel(w)).toContainText('The input layer computes nothing: it hands x1 = 0.3');
});

test('hovering a neuron with the pointer shows its steps; leaving it goes back to the layer', async ({
  page,
}) => {
  await open(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Next' }).click();
  await neuronButton(w, 'hidden layer 1', 3).hover();
  const steps = neuronSteps(sizes, forward([0.3, 0.2]).steps, 1, 3);
  await expect(
    panel(w).getByRole('list', { name: 'Steps of the chosen neuron' }).locator('.nn-sr-only'),
  ).toHaveText(steps.map((s) => toText(s, { symbolic: true })));
  await w.getByRole('heading', { name: 'Layer flow' }).hover();
  await expect(
    panel(w).getByRole('list', { name: 'Steps of the layer just computed' }),
  ).toBeVisible();

  // A click pins the neuron: its steps stay after the pointer leaves; a second click unpins it.
  await neuronButton(w, 'hidden layer 1', 3).click();
  await expect(neuronButton(w, 'hidden layer 1', 3)).toHaveAttribute('aria-pressed', 'true');
  await w.getByRole('heading', { name: 'Layer flow' }).hover();
  await expect(
    panel(w).getByRole('list', { name: 'Steps of the chosen neuron' }).locator('.nn-sr-only'),
  ).toHaveText(steps.map((s) => toText(s, { symbolic: true })));
  await neuronButton(w, 'hidden layer 1', 3).click();
  await w.getByRole('heading', { name: 'Layer flow' }).hover();
  await expect(
    panel(w).getByRole('list', { name: 'Steps of the layer just computed' }),
  ).toBeVisible();
});

test('Forward plays the pass layer by layer to the output', async ({ page }) => {
  await open(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Forward' }).click();
  await expect(w.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(w.getByText(/^Step 1 of 3/)).toBeVisible();
  await expect(w.getByText(/^Step 3 of 3/)).toBeVisible({ timeout: 5000 });
  await expectLayerShows(w, 'output layer', 3, [0.3, 0.2]);
  await expect(w.getByRole('button', { name: 'Forward' })).toBeVisible();
});

test('with reduced motion, Forward shows the finished pass at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Forward' }).click();
  await expect(w.getByText(/^Step 3 of 3/)).toBeVisible({ timeout: 500 });
});

test("moving the point changes every neuron to the engine's new values; bad input is refused", async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page);
  const w = widget(page);
  const slider = w.getByRole('slider', { name: 'input x1 slider' });
  await slider.focus();
  await page.keyboard.press('End');
  await w.getByRole('textbox', { name: 'input x2' }).fill('-0.5');
  for (let i = 0; i < 3; i++) await w.getByRole('button', { name: 'Next' }).click();
  await expectLayerShows(w, 'hidden layer 1', 1, [1.5, -0.5]);
  await expectLayerShows(w, 'hidden layer 2', 2, [1.5, -0.5]);
  await expectLayerShows(w, 'output layer', 3, [1.5, -0.5]);
  await expect(w.getByText(/outside the circle \(label 0\)/)).toBeVisible();

  await w.getByRole('textbox', { name: 'input x2' }).fill('9');
  await expect(w.getByRole('alert')).toContainText('between -1.5 and 1.5');
  await expectLayerShows(w, 'output layer', 3, [1.5, -0.5]);

  await w.getByRole('button', { name: 'Reset' }).click();
  await expect(w.getByText('Step 0 of 3: only the input (0.3, 0.2) is known.')).toBeVisible();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test("the lesson's numeric question takes the engine's answer and shows its steps", async ({
  page,
}) => {
  await page.goto('/lessons/what-deep-learning-is/');
  const steps = neuronSteps(sizes, forward([0.2, 0.4]).steps, 1, 1).slice(0, 1);
  const form = page.getByRole('form', { name: /neuron 1 of hidden layer 1/ });
  await form.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has(form[aria-labelledby="flow-hidden-question"])'),
  ).not.toHaveAttribute('ssr', '');
  // The question states the engine's own weights and bias for that neuron.
  await expect(form).toContainText(formatNumber(net.getWeight(1, 1, 1)));
  await expect(form).toContainText(formatNumber(net.getWeight(1, 1, 2)));
  await expect(form).toContainText(formatNumber(net.getBias(1, 1)));
  await expect(form).not.toContainText('q.w1');
  const answer = form.getByRole('textbox', { name: 'Your answer' });
  await answer.fill(String(steps[0].result + 0.1));
  await answer.press('Enter');
  await expect(form.getByText('Not quite')).toBeVisible();
  await answer.fill(steps[0].result.toFixed(3));
  await answer.press('Enter');
  await expect(form.getByText('Right.')).toBeVisible();
  await form.getByRole('button', { name: 'Show the worked solution' }).click();
  await expect(
    form.getByRole('list', { name: 'Worked solution' }).locator('.nn-sr-only'),
  ).toHaveText(steps.map((s) => toText(s, { symbolic: true })));
});
