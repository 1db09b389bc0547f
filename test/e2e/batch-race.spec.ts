import { test, expect, type Page, type Locator } from '@playwright/test';
import { createTrainer, formatNumber, mlp, updatesPerEpoch } from '../../engine/index.ts';
import { advanceLane, createLane, laneDone, raceData } from '../../src/lib/batch-race';
import { watchPage } from './page-watch';

const race = (page: Page) =>
  page.getByRole('region', { name: 'Stochastic, mini-batch and batch, side by side' });
const row = (widget: Locator, name: string) =>
  widget.getByRole('row', { name: new RegExp(`^${name}`) });
const count = (x: number) => x.toLocaleString('en-US');

async function open(page: Page) {
  await page.goto('/lessons/stochastic-batch-mini-batch/');
  await race(page).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has(#race-eta-number)')).not.toHaveAttribute('ssr', '');
}

/** What the engine gives for these settings, trained in one go in Node. */
function engineLanes(epochs: number, batchSize: number, eta: number) {
  const data = raceData();
  return [1, batchSize, 1000].map((B) => {
    const lane = createLane('x', data, B, epochs, eta);
    while (!laneDone(lane)) advanceLane(lane, 1000, data, () => 0);
    return lane;
  });
}

test('before training, the table plans 50,000 / 1,600 / 50 updates for 50 epochs, from the engine', async ({
  page,
}) => {
  await open(page);
  const widget = race(page);
  await expect(row(widget, 'updates per epoch')).toHaveText(
    new RegExp([1, 32, 1000].map((B) => count(updatesPerEpoch(1000, B))).join('\\s*')),
  );
  for (const B of [1, 32, 1000])
    await expect(row(widget, 'updates made')).toContainText(
      `0 of ${count(updatesPerEpoch(1000, B) * 50)}`,
    );
  await expect(widget.getByRole('button', { name: 'Train all three' })).toBeEnabled();
});

test("training 3 epochs by keyboard ends with the engine's counts, final losses and epoch losses", async ({
  page,
}) => {
  await open(page);
  const widget = race(page);
  await widget.getByRole('textbox', { name: 'epochs' }).fill('3');
  await widget.getByRole('button', { name: 'B = 128' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('textbox', { name: 'mini-batch size B' })).toHaveValue('128');
  await widget.getByRole('button', { name: 'Train all three' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('button', { name: 'Train again' })).toBeVisible({
    timeout: 30_000,
  });
  const lanes = engineLanes(3, 128, 0.5);
  for (const lane of lanes)
    await expect(row(widget, 'updates made')).toContainText(
      `${count(lane.total)} of ${count(lane.total)}`,
    );
  await expect(row(widget, 'loss on all data')).toHaveText(
    new RegExp(lanes.map((l) => formatNumber(l.finalLoss!).replace('.', '\\.')).join('\\s*')),
  );
  await expect(widget.locator('figcaption').first()).toContainText(
    lanes
      .map(
        (l, i) =>
          `${['Stochastic', 'Mini-batch', 'Batch'][i]}: epoch 3, loss ${formatNumber(l.trainer.history[2].loss)}`,
      )
      .join('; '),
  );
  await expect(row(widget, 'engine time')).toHaveText(
    /engine time \(s\)\s*[\d.e-]+\s*[\d.e-]+\s*[\d.e-]+/,
  );
  await expect(widget).not.toContainText('NaN');
});

test('a 100-epoch race keeps the page responsive, shows progress, and can be paused', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page);
  const widget = race(page);
  await widget.getByRole('textbox', { name: 'epochs' }).fill('100');
  // The whole race takes about a second, so Pause is pressed from the page, two frames after Train.
  await widget
    .locator('.actions button')
    .first()
    .evaluate(async (button: HTMLButtonElement) => {
      button.click();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      if (button.textContent?.trim() === 'Pause') button.click();
    });
  await expect(widget.getByRole('button', { name: 'Resume' })).toBeVisible();
  const bar = widget.getByRole('progressbar', { name: /^Stochastic/ });
  const paused = await bar.getAttribute('value');
  await page.waitForTimeout(300);
  expect(await bar.getAttribute('value')).toBe(paused);
  // Plot has loaded and drawn the three charts before the clock starts.
  await expect(widget.locator('.plot:not([hidden]) svg')).toHaveCount(3);
  await widget.getByRole('button', { name: 'Resume' }).click();
  // While training, a frame still comes round quickly: the engine works in slices.
  const gaps = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = performance.now();
        const tick = (now: number) => {
          out.push(now - last);
          last = now;
          if (out.length < 30) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      }),
  );
  // Most frames come round promptly; a chart redraw (once a second) may take longer on a loaded machine.
  const sorted = [...gaps].sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(50);
  expect(sorted[sorted.length - 1]).toBeLessThan(1000);
  await expect
    .poll(async () => Number(await bar.getAttribute('value')))
    .toBeGreaterThan(Number(paused));
  await expect(widget.getByRole('button', { name: 'Train again' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(row(widget, 'updates made')).toContainText('100,000 of 100,000');
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test("a batch size that is not a whole number is refused with the engine's reason; Reset recovers", async ({
  page,
}) => {
  await open(page);
  const widget = race(page);
  await widget.getByRole('textbox', { name: 'mini-batch size B' }).fill('2.5');
  await expect(widget.getByRole('alert')).toContainText('Cannot train with these settings');
  await expect(widget.getByRole('alert')).toContainText('batchSize');
  await expect(widget.getByRole('button', { name: 'Train all three' })).toBeDisabled();
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.getByRole('alert')).toHaveCount(0);
  await expect(row(widget, 'updates per epoch')).toContainText(count(updatesPerEpoch(1000, 32)));
});

test("the lesson's questions: the update count and the mini-batch update are the engine's", async ({
  page,
}) => {
  await page.goto('/lessons/stochastic-batch-mini-batch/');
  const count = page.getByRole('form', { name: /How many\s+updates are made/ });
  await count.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has(form[aria-labelledby="batch-count-question"])'),
  ).not.toHaveAttribute('ssr', '');
  await count
    .getByRole('radio', {
      name: (updatesPerEpoch(2000, 64) * 10).toLocaleString('en-US'),
      exact: true,
    })
    .check();
  await count.getByRole('button', { name: 'Check' }).click();
  await expect(count.getByText('Right.')).toBeVisible();

  const net = mlp([2, 1], { output: 'sigmoid', seed: 5 });
  const update = createTrainer(
    net,
    {
      inputs: [
        [1, 0],
        [0.5, 1],
        [-1, 0.5],
        [2, -1],
      ],
      targets: [[1], [1], [0], [1]],
    },
    { loss: 'bce', learningRate: 0.5, batchSize: 4 },
  )
    .step({ explain: true })
    .steps.find((s) => s.kind === 'update')!;
  const form = page.getByRole('form', { name: /mini-batch of four examples/ });
  await form.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has(form[aria-labelledby="batch-update-question"])'),
  ).not.toHaveAttribute('ssr', '');
  await expect(form).toContainText(`= ${formatNumber(update.old)}`);
  await form.getByRole('textbox', { name: 'Your answer' }).fill(update.result.toFixed(3));
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByText('Right.')).toBeVisible();
});
