import { test, expect, type Page, type Locator } from '@playwright/test';
import { createTrainer, formatNumber, gates, mlp, toText, train } from '../../engine/index.ts';
import { watchPage } from './page-watch';
import { seriousViolations } from './axe';

// The stepper's network and settings, built again here with the engine to know what it must show.
const net = () => mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
const options = { loss: 'mse', learningRate: 0.5, batchSize: 1, shuffle: false } as const;

const stepper = (page: Page) => page.getByRole('region', { name: 'Training loop stepper' });
const stageLines = (widget: Locator) => widget.locator('.steps ol.steps .nn-sr-only');

async function open(page: Page) {
  await page.goto('/lessons/how-a-network-learns/');
  await stepper(page).scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has([aria-label="Training loop stepper"])'),
  ).not.toHaveAttribute('ssr', '');
}

test("Next stage, by keyboard, shows each stage with the engine's numbers for the first example", async ({
  page,
}) => {
  await open(page);
  const widget = stepper(page);
  const x = gates.XOR.inputs[0];
  const y = gates.XOR.targets[0];
  const g = net().gradients(x, y, 'mse');
  const forward = net().forward(x);
  const next = widget.getByRole('button', { name: 'Next stage' });
  await next.focus();

  await page.keyboard.press('Enter');
  await expect(widget.getByRole('listitem').filter({ hasText: 'Feedforward' })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(stageLines(widget)).toHaveText(
    forward.steps.map((s) => toText(s, { symbolic: true })),
  );
  await expect(widget.getByRole('img')).toHaveAttribute(
    'aria-label',
    new RegExp(`a\\(2\\)1 = ${formatNumber(forward.output[0])}`),
  );

  await page.keyboard.press('Enter');
  await expect(stageLines(widget)).toHaveText(
    g.steps.filter((s) => s.kind === 'loss').map((s) => toText(s, { symbolic: true })),
  );
  await expect(widget.getByRole('img')).toHaveAttribute(
    'aria-label',
    new RegExp(`Loss L = ${formatNumber(g.loss)}`),
  );

  await page.keyboard.press('Enter');
  const backward = g.steps.slice(forward.steps.length).filter((s) => s.kind !== 'loss');
  await expect(stageLines(widget)).toHaveText(backward.map((s) => toText(s)));
  await expect(widget.getByRole('img')).toHaveAttribute(
    'aria-label',
    /Numbers on the connections are the gradients/,
  );

  await page.keyboard.press('Enter');
  const trained = net();
  const update = createTrainer(trained, gates.XOR, options).step({ explain: true });
  const updates = update.steps.filter((s) => s.kind === 'update');
  await expect(stageLines(widget)).toHaveText(updates.map((s) => toText(s, { symbolic: true })));
  const w = trained.getWeights().weights;
  await expect(widget.getByRole('img')).toHaveAttribute(
    'aria-label',
    new RegExp(`w\\(2\\)11 = ${formatNumber(w[1][0][0])}`),
  );
  await expect(widget.getByText('updates so far: 1')).toBeVisible();
});

test("Finish the epoch, by pointer, records the epoch's loss as the engine's train() does", async ({
  page,
}) => {
  await open(page);
  const widget = stepper(page);
  await widget.getByRole('button', { name: 'Finish the epoch' }).click();
  await widget.getByRole('button', { name: 'Finish the epoch' }).click();
  const run = train(net(), gates.XOR, { ...options, epochs: 2 });
  await expect(widget.locator('.status')).toContainText('Epoch 3, sample 1 of 4');
  await expect(widget.locator('.status')).toContainText('updates so far: 8');
  await expect(widget.locator('figcaption')).toContainText(
    `${formatNumber(run.history[0].loss)} after epoch 1, ${formatNumber(run.history[1].loss)} after epoch 2`,
  );
});

test('Play runs epochs until the loss is below the target, and says why it stopped', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page);
  const widget = stepper(page);
  await widget.getByRole('combobox', { name: 'Play speed' }).selectOption('fast');
  await widget.getByRole('button', { name: 'Play' }).click();
  // The engine's own run says which epoch first gets below 0.02.
  const run = train(net(), gates.XOR, { ...options, epochs: 2000 });
  const stop = run.history.find((h) => h.loss < 0.02)!;
  await expect(widget.getByRole('status')).toHaveText(
    `Stopped: epoch ${stop.epoch}'s loss, ${formatNumber(stop.loss)}, is below the target 0.02. The network has learned XOR to that standard.`,
    { timeout: 30_000 },
  );
  await expect(widget.getByRole('button', { name: 'Play' })).toBeDisabled();
  await expect(widget.getByRole('table').getByText('✓ yes')).toHaveCount(4);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('a new learning rate starts again; a bad one is refused and changes nothing', async ({
  page,
}) => {
  await open(page);
  const widget = stepper(page);
  await widget.getByRole('button', { name: 'Finish the epoch' }).click();
  await expect(widget.locator('.status')).toContainText('updates so far: 4');
  const field = widget.getByRole('textbox', { name: 'learning rate eta' });
  await field.fill('-3');
  await expect(widget.getByRole('alert')).toContainText('between 0.05 and 10');
  await expect(widget.locator('.status')).toContainText('updates so far: 4');
  await field.fill('2');
  await expect(widget.locator('.status')).toContainText('updates so far: 0');
  await widget.getByRole('button', { name: 'Finish the epoch' }).click();
  const run = train(net(), gates.XOR, { ...options, learningRate: 2, epochs: 1 });
  await expect(widget.locator('figcaption')).toContainText(
    `The mean loss of epoch 1: ${formatNumber(run.history[0].loss)}`,
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every stage of the stepper passes axe's serious checks (${scheme})`, async ({ page }) => {
    // axe runs over the whole page; on a shared machine each run can take many seconds.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((s) => localStorage.setItem('starlight-theme', s), scheme);
    await open(page);
    const widget = stepper(page);
    await widget.getByRole('button', { name: 'Finish the epoch' }).click();
    for (let i = 0; i < 4; i++) {
      await widget.getByRole('button', { name: 'Next stage' }).click();
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
}
