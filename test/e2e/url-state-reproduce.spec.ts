import { test, expect, type Locator, type Page } from '@playwright/test';
import {
  activations,
  createTrainer,
  formatNumber,
  gates,
  mlp,
  trainPerceptron,
  updatesPerEpoch,
} from '../../engine/index.ts';
import { layerFlowModel } from '../../src/lib/layer-flow';
import { learnOne, learnUntilRight, startLearning, stepNeuron } from '../../src/lib/gate-learning';
import { raceData } from '../../src/widgets/batch-race/batch-race';
import { descentSetups, descentStep, startDescent } from '../../src/lib/descent';
import { groupName } from '../../src/widgets/compute-graph/fold-view';
import { MAX_OPEN } from '../../src/widgets/compute-graph/graph-fold';
import { lessonGraph, NETWORKS, snapshot } from '../../src/widgets/compute-graph/lesson-graph';
import { openWidget, widgetByNs, type PlacedWidget } from './url-state-widgets';

/**
 * What the widget shows, as text: its numbers, captions and read-outs (charts and timings left out,
 * and the graph's zoom, which a link leaves to the screen that opens it: it fits the whole graph).
 */
const shown = (region: Locator) =>
  region.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll(
        '[data-link-notice], .plot, figure svg, [role="status"]:empty, .zoom .percent',
      )
      .forEach((n) => n.remove());
    copy.querySelectorAll('tr').forEach((row) => {
      if (/engine time/.test(row.textContent ?? '')) row.remove();
    });
    return copy.innerText.replace(/Link copied\./, '');
  });

const field = (region: Locator, name: string) => region.getByRole('textbox', { name, exact: true });

/**
 * Sets a widget by hand, takes the address bar as the shared link, opens it in a fresh tab and
 * checks the widget there shows exactly the same (no notice), then returns the fresh copy.
 */
async function shareAndReopen(
  page: Page,
  w: PlacedWidget,
  act: (region: Locator) => Promise<void>,
): Promise<Locator> {
  const region = await openWidget(page, w.path, w);
  await act(region);
  await page.mouse.move(0, 0);
  const before = await shown(region);
  const link = page.url();
  expect(link).toContain(`${w.ns}.`);
  const fresh = await page.context().newPage();
  const copy = await openWidget(fresh, link, w);
  await fresh.mouse.move(0, 0);
  await expect(copy.locator('[data-link-notice]')).toHaveCount(0);
  await expect.poll(() => shown(copy), { timeout: 15_000 }).toBe(before);
  return copy;
}

test('neuron explorer: a shared link reproduces inputs, weights, bias and activation', async ({
  page,
}) => {
  const copy = await shareAndReopen(page, widgetByNs('neuron'), async (r) => {
    await field(r, 'weight w1').fill('-1.3');
    await field(r, 'input x2').fill('1.5');
    await r.locator('input[value="tanh"]').check();
  });
  const a = activations.tanh.f(-1.3 * 1 + -0.3 * 1.5 + 0.1);
  await expect(copy).toContainText(`= ${formatNumber(a)}`);
});

test('layer flow: a shared link reproduces the point and the layer reached', async ({ page }) => {
  const copy = await shareAndReopen(page, widgetByNs('flow'), async (r) => {
    await field(r, 'input x1').fill('0.6');
    await field(r, 'input x2').fill('-0.4');
    for (let i = 0; i < 3; i++) await r.getByRole('button', { name: 'Next' }).click();
  });
  const y = layerFlowModel().net.forward([0.6, -0.4]).output[0];
  await expect(copy).toContainText(`Step 3 of 3: output ŷ = ${formatNumber(y)}.`);
});

test('activation explorer: a shared link reproduces the function and z', async ({ page }) => {
  const copy = await shareAndReopen(page, widgetByNs('act'), async (r) => {
    await r.locator('input[value="tanh"]').check();
    await field(r, 'weighted sum z').fill('1.25');
  });
  await expect(copy).toContainText(formatNumber(activations.tanh.df(1.25)));
});

test('why non-linearity: a shared link reproduces the biases and the probe', async ({ page }) => {
  const copy = await shareAndReopen(page, widgetByNs('why'), async (r) => {
    await field(r, 'hidden bias b2').fill('-1');
    await field(r, 'input x').fill('2.2');
  });
  const net = mlp([1, 3, 1], { activation: 'linear', output: 'linear', seed: 2 });
  [0.5, -1, 0.3].forEach((b, j) => net.setBias(1, j + 1, b));
  await expect(copy).toContainText(`gives ŷ = ${formatNumber(net.forward([2.2]).output[0])}`);
});

test('gate builder: a shared link reproduces the gate, the weights, the bias and the learning rate', async ({
  page,
}) => {
  const copy = await shareAndReopen(page, widgetByNs('gate'), async (r) => {
    await r.locator('input[value="NAND"]').check();
    await field(r, 'weight w1').fill('-1');
    await field(r, 'weight w2').fill('-1');
    await field(r, 'bias b').fill('1.5');
    await field(r, 'learning rate eta').fill('0.25');
  });
  await expect(copy).toContainText('4 of 4 rows right: this neuron is an NAND gate.');
  await expect(field(copy, 'learning rate eta')).toHaveValue('0.25');
});

test('gate builder: a shared link reproduces a perceptron run, its counters, last update and verdict', async ({
  page,
}) => {
  const copy = await shareAndReopen(page, widgetByNs('gate'), async (r) => {
    await r.locator('input[value="NAND"]').check();
    await r.getByRole('button', { name: 'One update' }).click();
    await field(r, 'learning rate eta').fill('0.25');
    await r.getByRole('button', { name: 'Finish the epoch' }).click();
    await r.getByRole('button', { name: 'Run until all right' }).click();
  });
  // The engine, the same way: from the default neuron, one update at 0.5, then at 0.25 on.
  let s = startLearning(stepNeuron(1, 1, -0.5));
  s = learnOne(s, gates.NAND, 0.5);
  while (s.next !== 0) s = learnOne(s, gates.NAND, 0.25);
  s = learnUntilRight(s, gates.NAND, 0.25, s.epoch - 1 + 50).state;
  await expect(copy).toContainText(`updates ${s.updates}`);
  await expect(copy).toContainText(`All four right after ${s.updates} updates`);
  await expect(field(copy, 'bias b')).toHaveValue(String(s.neuron.bias));
  await expect(page).toHaveURL(/gate\.learned=0\.5x1%2C0\.25x\d+/);
});

test('perceptron on XOR: a shared link reproduces the learning rate, seed and epochs', async ({
  page,
}) => {
  const copy = await shareAndReopen(page, widgetByNs('perceptron-xor'), async (r) => {
    await field(r, 'learning rate eta').fill('0.5');
    await r.locator('#perceptron-xor-seed-int').fill('7');
    await r.locator('#perceptron-xor-epochs-int').fill('60');
  });
  const and = trainPerceptron(gates.AND, { learningRate: 0.5, seed: 7, epochs: 60 });
  await expect(copy).toContainText(`b = ${formatNumber(and.neuron.bias)}.`);
});

test('XOR network: a shared link replays training, across a change of learning rate', async ({
  page,
}) => {
  const copy = await shareAndReopen(page, widgetByNs('xor'), async (r) => {
    await r.locator('#xor-seed-int').fill('3');
    for (let i = 0; i < 3; i++) await r.getByRole('button', { name: 'Step 1 epoch' }).click();
    await field(r, 'learning rate eta').fill('5');
    for (let i = 0; i < 2; i++) await r.getByRole('button', { name: 'Step 1 epoch' }).click();
  });
  // The engine, the same way: 3 epochs at eta 2, then 2 at eta 5, full batch.
  const net = mlp([2, 2, 1], { activation: 'sigmoid', output: 'sigmoid', seed: 3 });
  const first = createTrainer(net, gates.XOR, { loss: 'mse', learningRate: 2, batchSize: 4 });
  for (let i = 0; i < 3; i++) first.runEpoch();
  const second = createTrainer(net, gates.XOR, { loss: 'mse', learningRate: 5, batchSize: 4 });
  second.runEpoch();
  const last = second.runEpoch()!;
  await expect(copy).toContainText(`Epoch 5 · loss ${formatNumber(last.loss)}`);
});

test('training loop stepper: a shared link reproduces the updates made and the stage reached', async ({
  page,
}) => {
  await shareAndReopen(page, widgetByNs('loop'), async (r) => {
    await r.getByRole('button', { name: 'Finish the epoch' }).click();
    for (let i = 0; i < 6; i++) await r.getByRole('button', { name: 'Next stage' }).click();
  });
  await expect(page).toHaveURL(/loop\.updates=5&loop\.stage=loss/);
});

test('descent explorers: a shared link replays every step at the learning rate it was taken with', async ({
  page,
}) => {
  await shareAndReopen(page, widgetByNs('curve'), async (r) => {
    for (let i = 0; i < 2; i++) await r.getByRole('button', { name: 'Step', exact: true }).click();
    await r.getByRole('button', { name: 'Oscillates (0.85)' }).click();
    for (let i = 0; i < 3; i++) await r.getByRole('button', { name: 'Step', exact: true }).click();
  });
  await expect(page).toHaveURL(/curve\.steps=0\.1x2%2C0\.85x3|curve\.steps=0\.1x2,0\.85x3/);
  await shareAndReopen(page, widgetByNs('contour'), async (r) => {
    await field(r, 'learning rate eta').fill('12');
    for (let i = 0; i < 4; i++) await r.getByRole('button', { name: 'Step', exact: true }).click();
  });
});

test('descent explorer: a run that diverged comes back diverged, with the same notice', async ({
  page,
}) => {
  const w = widgetByNs('curve');
  // Where the engine stops at eta 1.2: the step whose loss is no longer a finite number.
  const setup = descentSetups.curve;
  let at = { w: setup.start.w, b: setup.start.b };
  let k = 1;
  for (let r = descentStep(startDescent(setup, at.w, at.b, 1.2), k); r; k++) {
    at = { w: r.wNext, b: r.bNext };
    r = descentStep(startDescent(setup, at.w, at.b, 1.2), k + 1);
  }
  // A link asking for more steps than the run can make: the replay stops at that step, and the
  // address bar then holds the run as it really went, diverging step included.
  const region = await openWidget(page, `${w.path}?curve.eta=1.2&curve.steps=1.2x2000`, w);
  const status = region.locator('.status');
  await expect(status).toContainText('Diverged: the loss stopped being a finite number');
  await expect(page).toHaveURL(new RegExp(`curve\\.steps=1\\.2x${k}(&|$)`));
  await page.mouse.move(0, 0);
  const before = await shown(region);
  const fresh = await page.context().newPage();
  const copy = await openWidget(fresh, page.url(), w);
  await expect(copy.locator('[data-link-notice]')).toHaveCount(0);
  await expect.poll(() => shown(copy)).toBe(before);
  await expect(copy.locator('.status')).toContainText(
    `Diverged: the loss stopped being a finite number, so the engine stopped and kept the last finite weights (w = ${formatNumber(at.w)})`,
  );
  await expect(copy.getByRole('button', { name: 'Step', exact: true })).toBeDisabled();
  await expect(copy.getByRole('button', { name: 'Run' })).toBeDisabled();
});

test('batch race: a shared link reproduces the settings, and a run link trains again', async ({
  page,
}) => {
  const w = widgetByNs('race');
  const region = await openWidget(page, w.path, w);
  await field(region, 'mini-batch size B').fill('8');
  await field(region, 'epochs').fill('3');
  await region.getByRole('button', { name: 'Train all three' }).click();
  await expect(region.getByRole('button', { name: 'Train again' })).toBeVisible({
    timeout: 30_000,
  });
  const before = await shown(region);
  const fresh = await page.context().newPage();
  const copy = await openWidget(fresh, page.url(), w);
  await expect(copy.getByRole('button', { name: 'Train again' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => shown(copy)).toBe(before);
  await expect(copy).toContainText(`${updatesPerEpoch(raceData().inputs.length, 8) * 3}`);
});

test('batch race: a link to a paused race brings each lane to the update it had reached', async ({
  page,
}) => {
  const w = widgetByNs('race');
  const region = await openWidget(page, w.path, w);
  await field(region, 'mini-batch size B').fill('16');
  await field(region, 'epochs').fill('100');
  await field(region, 'learning rate eta').fill('0.8');
  // Paused after a few frames: the engine makes all 100 epochs in well under a second.
  await region.evaluate(async (el) => {
    const button = [...el.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Train all three',
    )!;
    button.click();
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    button.click();
  });
  await expect(region.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page).toHaveURL(/race\.sgd=\d+/);
  const before = await shown(region);
  const reached = new URL(page.url()).searchParams;
  const fresh = await page.context().newPage();
  const copy = await openWidget(fresh, page.url(), w);
  await expect(copy.locator('[data-link-notice]')).toHaveCount(0);
  await expect.poll(() => shown(copy)).toBe(before);
  await expect(copy.getByRole('button', { name: 'Resume' })).toBeVisible();
  // The stochastic lane's count, from the engine: updates per epoch times 100 epochs in all.
  const sgd = Number(reached.get('race.sgd'));
  expect(sgd).toBeGreaterThan(0);
  await expect(copy).toContainText(`${sgd.toLocaleString('en-US')}`);
  await expect(copy).toContainText(
    `${(updatesPerEpoch(raceData().inputs.length, 1) * 100).toLocaleString('en-US')}`,
  );
});

test('backprop stepper: a shared link reproduces the example, loss, stages done and selected weight', async ({
  page,
}) => {
  const copy = await shareAndReopen(page, widgetByNs('backprop'), async (r) => {
    await r.getByRole('combobox', { name: 'Example' }).selectOption('1');
    await r.getByRole('combobox', { name: 'Loss' }).selectOption('bce');
    await r.getByRole('button', { name: 'Run both passes' }).click();
    await r.locator('.nn-button.link[aria-pressed]').nth(2).click();
  });
  const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
  // The third "explain" button is w(1)21's: its chain-rule product for x = (0, 1), y = 1, cross-entropy.
  const g = net.explainGradient([0, 1], [1], 'bce', { type: 'weight', layer: 1, j: 2, k: 1 });
  await expect(copy).toContainText(`Why the gradient of w(1)21 is ${formatNumber(g.value)}`);
  await expect(copy.getByText('Stage 9 of 9.')).toBeVisible();
});

test('backprop stepper: a shared link replays the updates applied, each at its eta, and keeps the next eta', async ({
  page,
}) => {
  const copy = await shareAndReopen(page, widgetByNs('backprop'), async (r) => {
    const runBoth = r.getByRole('button', { name: 'Run both passes' });
    const apply = r.getByRole('button', { name: 'Apply one update' });
    await field(r, 'learning rate eta').fill('0.5');
    for (let i = 0; i < 2; i++) {
      await runBoth.click();
      await apply.click();
    }
    await r.getByRole('combobox', { name: 'Loss' }).selectOption('bce');
    await field(r, 'learning rate eta').fill('2');
    await runBoth.click();
    await apply.click();
    await field(r, 'learning rate eta').fill('0.25');
    await runBoth.click();
  });
  await expect(page).toHaveURL(/backprop\.updates=2-mse-0\.5x2%2C2-bce-2x1/);
  await expect(page).toHaveURL(/backprop\.lr=0\.25/);
  await expect(copy.getByRole('textbox', { name: 'learning rate eta', exact: true })).toHaveValue(
    '0.25',
  );
  // The engine, the same way: two squared-error updates at 0.5, one cross-entropy update at 2.
  const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
  const [x, y] = [gates.XOR.inputs[2], gates.XOR.targets[2]];
  const one = (loss: 'mse' | 'bce', learningRate: number) =>
    createTrainer(net, { inputs: [x], targets: [y] }, { loss, learningRate, batchSize: 1 }).step();
  one('mse', 0.5);
  one('mse', 0.5);
  const before = net.gradients(x, y, 'bce').loss;
  one('bce', 2);
  const after = net.gradients(x, y, 'bce').loss;
  await expect(copy.locator('.update .loss')).toContainText(
    `${formatNumber(before)} before, ${formatNumber(after)} after (η = 2)`,
  );
});

test('autograd’s graph: a shared link reproduces the network and its open neurons, in the order opened', async ({
  page,
}) => {
  const w = widgetByNs('compute-graph');
  const copy = await shareAndReopen(page, w, async (r) => {
    await r.getByRole('radio', { name: /^2-4-4-1/ }).check();
    for (const key of ['L2N3', 'L1N1']) {
      await r.locator(`[data-group="${key}"]`).click();
      await expect(r.locator(`[data-group="${key}"]`)).toHaveAttribute('aria-expanded', 'true');
    }
  });
  await expect(page).toHaveURL(/compute-graph\.net=2-4-4-1&compute-graph\.open=L2N3%2CL1N1/);
  await expect(copy.getByRole('radio', { name: /^2-4-4-1/ })).toBeChecked();
  await expect(copy.locator('svg [data-group][aria-expanded="true"]')).toHaveCount(MAX_OPEN);
  // Opening a third in the reopened link folds the one opened first, as it would have in the first.
  await copy.locator('[data-group="L3N1"]').click();
  await expect(copy.locator('[data-group="L2N3"]')).toHaveAttribute('aria-expanded', 'false');
  await expect(copy.locator('[data-group="L1N1"]')).toHaveAttribute('aria-expanded', 'true');
  const graph = snapshot(lessonGraph(undefined, undefined, undefined, NETWORKS['2-4-4-1']));
  await expect(copy.getByTestId('graph-step')).toHaveText(
    `${groupName(graph, 'L3N1')} is open; ${groupName(graph, 'L2N3')} folded again, as at most ${MAX_OPEN} groups are open at once.`,
  );
});
