import { test, expect, type Page, type Locator } from '@playwright/test';
import {
  createTrainer,
  formatNumber,
  gates,
  mlp,
  trainPerceptron,
  type Network,
} from '../../engine/index.ts';
import { learnUntilRight, startLearning, stepNeuron } from '../../src/lib/gate-learning';
import { hiddenRows } from '../../src/widgets/xor-network/xor-views';
import { watchPage } from './page-watch';

const region = (page: Page, name: string) => page.getByRole('region', { name });

async function open(page: Page, name: string) {
  await page.goto('/lessons/the-xor-problem/');
  await region(page, name).scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has([aria-label="${name}"])`)).not.toHaveAttribute(
    'ssr',
    '',
  );
  return region(page, name);
}

/** The network widget's table rows as the engine computes them for `net`. */
function networkRows(net: Network) {
  return hiddenRows(net, gates.XOR).map((r) => [
    `(${r.x[0]}, ${r.x[1]})`,
    formatNumber(r.h[0]),
    formatNumber(r.h[1]),
    formatNumber(r.output),
    String(r.target),
    r.output >= 0.5 === (r.target === 1) ? '✓right' : '✗wrong',
  ]);
}

async function expectRows(widget: Locator, rows: string[][]) {
  const body = widget.getByRole('table').locator('tbody tr');
  for (let i = 0; i < rows.length; i++) await expect(body.nth(i).locator('td')).toHaveText(rows[i]);
}

const xorNet = (seed: number) => mlp([2, 2, 1], { activation: 'sigmoid', output: 'sigmoid', seed });

test('in the gate builder no line gets XOR right, and the perceptron rule gives up', async ({
  page,
}) => {
  const widget = await open(page, 'Gate builder');
  await expect(widget.locator('.score')).toContainText('3 of 4 rows right');
  await expect(widget.locator('.score')).toContainText('No line gets all four XOR rows right');
  await widget.getByRole('button', { name: 'Run until all right' }).click();
  const { state, solved } = learnUntilRight(
    startLearning(stepNeuron(1, 1, -0.5)),
    gates.XOR,
    0.5,
    50,
  );
  expect(solved).toBe(false);
  await expect(
    widget.getByText('Stopped after 50 more epochs with XOR still wrong somewhere'),
  ).toBeVisible();
  await expect(widget.getByRole('textbox', { name: 'weight w1', exact: true })).toHaveValue(
    String(state.neuron.weights[0]),
  );
  await expect(widget.getByRole('textbox', { name: 'bias b', exact: true })).toHaveValue(
    String(state.neuron.bias),
  );
  await expect(widget.locator('.history')).toContainText(state.history.slice(-12).join(', '));
});

test("the perceptron chart lists the engine's mistakes per epoch for XOR and AND, and follows its controls", async ({
  page,
}) => {
  const widget = await open(page, 'The perceptron rule on XOR');
  const caption = widget.locator('figcaption');
  const run = (gate: 'XOR' | 'AND', epochs: number, seed = 1) =>
    trainPerceptron(gates[gate], { learningRate: 0.1, seed, epochs });
  await expect(caption).toContainText(
    `XOR: ${run('XOR', 30).history.join(', ')}. AND: ${run('AND', 30).history.join(', ')}.`,
  );
  await expect(widget.getByRole('listitem').first()).toContainText(
    `still ${run('XOR', 30).history.at(-1)} wrong after 30 epochs`,
  );

  const epochs = widget.getByRole('spinbutton', { name: 'Epochs' });
  await epochs.fill('60');
  await expect(caption).toContainText(`XOR: ${run('XOR', 60).history.join(', ')}.`);
  const seed = widget.getByRole('spinbutton', { name: 'Seed' });
  await seed.focus();
  await page.keyboard.press('ArrowUp');
  await expect(caption).toContainText(
    `XOR: ${run('XOR', 60, 2).history.join(', ')}. AND: ${run('AND', 60, 2).history.join(', ')}.`,
  );
  await seed.fill('2.5');
  await expect(widget.getByRole('alert')).toHaveText(
    'Seed must be a whole number; 2.5 is not. Still using 2.',
  );
});

test("the XOR network starts at the engine's seeded weights and one epoch moves it as the trainer does", async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const widget = await open(page, 'XOR network and its hidden space');
  const net = xorNet(1);
  await expectRows(widget, networkRows(net));
  await expect(widget.locator('.readout')).toContainText('Epoch 0 · loss not trained yet');

  const trainer = createTrainer(net, gates.XOR, { loss: 'mse', learningRate: 2, batchSize: 4 });
  const entry = trainer.runEpoch()!;
  await widget.getByRole('button', { name: 'Step 1 epoch' }).click();
  await expect(widget.locator('.readout')).toContainText(
    `Epoch 1 · loss ${formatNumber(entry.loss)}`,
  );
  await expectRows(widget, networkRows(net));

  await widget.getByRole('button', { name: 'Show the forward pass for x = (1, 1)' }).click();
  const steps = widget
    .getByRole('list', { name: 'The forward pass for x = (1, 1)' })
    .locator('.nn-sr-only');
  // The last step (the output) is shown at once; the whole pass when the reader asks for it.
  await expect(steps).toHaveCount(1);
  await expect(steps.last()).toContainText(formatNumber(net.predict([1, 1])[0]));
  const all = widget.getByRole('button', { name: 'Show all 6 steps' });
  await expect(all).toHaveAttribute('aria-expanded', 'false');
  await all.click();
  await expect(all).toHaveAttribute('aria-expanded', 'true');
  await expect(steps).toHaveCount(6);
  await expect(steps.last()).toContainText(formatNumber(net.predict([1, 1])[0]));
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('Train runs until XOR is learned, and the hidden space and table match the engine trained as long', async ({
  page,
}) => {
  const widget = await open(page, 'XOR network and its hidden space');
  await widget.getByRole('button', { name: 'Train' }).click();
  await expect(widget.getByText(/^Learned: all four outputs/)).toBeVisible({ timeout: 30_000 });
  const epochs = Number((await widget.locator('.readout strong').first().textContent())!);
  const net = xorNet(1);
  const trainer = createTrainer(net, gates.XOR, { loss: 'mse', learningRate: 2, batchSize: 4 });
  for (let i = 0; i < epochs; i++) trainer.runEpoch();
  await expectRows(widget, networkRows(net));
  await expect(widget.locator('.readout')).toContainText('4 of 4 right');
  await expect(widget.locator('figcaption').nth(1)).toContainText(
    "puts 4 of the 4 on their target's side",
  );
});

test('seed 8 gets stuck, and the widget says so', async ({ page }) => {
  test.setTimeout(180_000);
  const widget = await open(page, 'XOR network and its hidden space');
  await widget.getByRole('spinbutton', { name: 'Seed' }).fill('8');
  await expectRows(widget, networkRows(xorNet(8)));
  await widget.getByRole('button', { name: 'Train' }).click();
  await expect(widget.getByText(/after 3,000 epochs: this run is stuck/)).toBeVisible({
    timeout: 60_000,
  });
  const net = xorNet(8);
  const trainer = createTrainer(net, gates.XOR, { loss: 'mse', learningRate: 2, batchSize: 4 });
  for (let i = 0; i < 3000; i++) trainer.runEpoch();
  await expectRows(widget, networkRows(net));
  // 3,000 epochs is also the most its link replays: stepping on is off, and the link reopens the run.
  await expect(widget.getByRole('button', { name: 'Step 1 epoch' })).toBeDisabled();
  await expect(page).toHaveURL(/xor\.trained=2x3000(&|$)/);
});
