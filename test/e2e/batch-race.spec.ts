import { test, expect, type Page, type Locator } from '@playwright/test';
import { createTrainer, formatNumber, mlp, updatesPerEpoch } from '../../engine/index.ts';
import {
  advanceLane,
  createLane,
  laneDone,
  raceData,
} from '../../src/widgets/batch-race/batch-race';
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
  // The engine trains a slice per animation frame, so the page keeps drawing frames while it trains
  // and the progress bars move a little on each one. Resume from the page and read the three bars'
  // total on every frame until the race ends: it must have moved on several frames, never backwards.
  // (How long the frames take is a speed figure, not a behaviour: `npm run bench:browser` prints it.)
  const frames = await widget.evaluate(
    (root) =>
      new Promise<{ value: number; at: number }[]>((resolve) => {
        const bars = [...root.querySelectorAll('progress')];
        const total = () => bars.reduce((sum, bar) => sum + bar.value / bar.max, 0);
        const out: { value: number; at: number }[] = [];
        const tick = (at: number) => {
          out.push({ value: total(), at });
          if (out.at(-1)!.value < bars.length && out.length < 10_000) requestAnimationFrame(tick);
          else resolve(out);
        };
        const resume = [...root.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Resume',
        )!;
        out.push({ value: total(), at: performance.now() });
        resume.click();
        requestAnimationFrame(tick);
      }),
  );
  const readings = frames.map((f) => f.value);
  if (process.env.BENCH === '1') {
    const gaps = frames.slice(2).map((f, i) => f.at - frames[i + 1].at);
    gaps.sort((a, b) => a - b);
    console.log(
      `batch race: ${gaps.length + 1} frames to finish; gaps between them median ${gaps[gaps.length >> 1].toFixed(1)} ms, longest ${gaps[gaps.length - 1].toFixed(1)} ms`,
    );
  }
  expect(readings.every((value, i) => i === 0 || value >= readings[i - 1])).toBe(true);
  expect(readings.at(-1)).toBeCloseTo(3, 12);
  // Totals strictly between the paused one and the end are frames drawn mid-race. The race takes
  // about 7 frames of 10 ms engine slices on a quiet 2-core machine, more on a busy one.
  expect(new Set(readings.slice(1, -1)).size).toBeGreaterThanOrEqual(2);
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
