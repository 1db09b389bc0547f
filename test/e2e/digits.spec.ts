import { test, expect, type Page } from '@playwright/test';
import { drawStroke, lab } from './digit-pad';
import { chooseLongRun, untilTraining } from './digit-run';
import { accuracy, createTrainer, decodeDigits, formatNumber, mlp } from '../../engine/index.ts';
import { digitsBytes } from '../../src/integrations/digits-data.ts';

const ASSET = /\/data\/digits-v1\.bin$/;

/** Opens the lab's page and waits until its island has hydrated (Astro drops `ssr`). */
async function openLab(page: Page, path = '/digits/') {
  await page.goto(path);
  await lab(page).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([aria-label^="Digit lab"])')).not.toHaveAttribute(
    'ssr',
    '',
  );
}

/** The ten probabilities as the table shows them. */
async function shownProbabilities(page: Page): Promise<number[]> {
  const cells = lab(page).locator('tr[data-digit] .value');
  await expect(cells).toHaveCount(10);
  return (await cells.allTextContents()).map(Number);
}

test('training in the page reaches 90% test accuracy, epoch for epoch as the engine does in Node', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const assetRequests: string[] = [];
  page.on('request', (r) => {
    if (ASSET.test(r.url())) assetRequests.push(r.url());
  });
  await openLab(page);
  expect(assetRequests, 'nothing is downloaded before Train').toEqual([]);
  const [response] = await Promise.all([
    page.waitForResponse(ASSET),
    lab(page).getByRole('button', { name: 'Train', exact: true }).click(),
  ]);
  expect(new URL(response.url()).origin).toBe(new URL(page.url()).origin);
  const body = await response.body();
  expect(body.length, 'the asset is under 1.5 MB as sent').toBeLessThan(1.5e6);

  // Live read-outs while the worker trains, and a Stop button that the page answers at once.
  await expect(lab(page).getByTestId('live-loss')).toBeVisible({ timeout: 60_000 });
  const rows = lab(page).getByRole('table', { name: 'After each epoch' }).locator('tbody tr');
  await expect(rows).toHaveCount(3, { timeout: 150_000 });

  // The same run in Node: same data, seed, shape and settings.
  const data = decodeDigits(digitsBytes());
  const net = mlp([784, 32, 10], { activation: 'relu', output: 'softmax', seed: 1 });
  const trainer = createTrainer(net, data.train, {
    loss: 'crossEntropy',
    learningRate: 0.1,
    batchSize: 32,
    seed: 1,
  });
  const pct = (x: number) => `${formatNumber(Math.round(x * 1000) / 10)}%`;
  for (let e = 0; e < 3; e++) {
    const h = trainer.runEpoch()!;
    await expect(rows.nth(e).locator('td')).toHaveText([
      String(e + 1),
      formatNumber(h.loss),
      pct(h.accuracy!),
      pct(accuracy(net, data.test)),
    ]);
  }
  expect(accuracy(net, data.test)).toBeGreaterThanOrEqual(0.9);
  await expect(lab(page).getByRole('button', { name: 'Train 3 more epochs' })).toBeVisible();
  // The confusion matrix accounts for all 2,000 test digits; the mistakes strip shows some.
  const counts = (await lab(page).locator('table.confusion tbody td').allTextContents()).map(
    Number,
  );
  expect(counts.reduce((s, c) => s + c, 0)).toBe(2000);
  await expect(lab(page).locator('.mistakes li').first()).toContainText('read as');
  expect(assetRequests).toHaveLength(1);
});

test('Stop pauses training and Continue carries on from there', async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page);
  await chooseLongRun(lab(page));
  await lab(page).getByRole('button', { name: 'Train', exact: true }).click();
  await untilTraining(page);
  await lab(page).getByRole('button', { name: 'Stop' }).click();
  await expect(lab(page).getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(lab(page).getByRole('status').filter({ hasText: 'Stopped.' })).toBeVisible();
  await lab(page).getByRole('button', { name: 'Continue' }).click();
  await expect(lab(page).getByRole('button', { name: 'Stop' })).toBeVisible();
  // Start over while it runs: back to an untrained network, and no stale report revives the run.
  await lab(page).getByRole('button', { name: 'Start over' }).click();
  await expect(lab(page).getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(lab(page).getByRole('button', { name: 'Stop' })).toHaveCount(0);
  await expect(lab(page).getByText('Not trained yet')).toBeVisible();
});

test('a drawn stroke gives ten probabilities that sum to 1, and the softmax step explains one', async ({
  page,
}) => {
  await openLab(page);
  // On the lab's page, under an h2 as in a lesson, the lab's title is an h3, its steps h4 and the
  // hidden layer under "3. Look inside" an h5.
  await expect(lab(page).getByRole('heading', { level: 3, name: /^Digit lab/ })).toBeVisible();
  for (const step of ['1. Train', '2. Draw a digit', '3. Look inside'])
    await expect(lab(page).getByRole('heading', { level: 4, name: step })).toBeVisible();
  await expect(
    lab(page).getByRole('heading', { level: 5, name: 'The hidden layer for your drawing' }),
  ).toBeVisible();
  await drawStroke(page, [
    [0.5, 0.2],
    [0.5, 0.8],
  ]);
  await expect(lab(page).getByText(/^It reads \d/)).toBeVisible();
  const p = await shownProbabilities(page);
  expect(p.every((v) => v >= 0 && v <= 1)).toBe(true);
  expect(Math.abs(p.reduce((s, v) => s + v, 0) - 1)).toBeLessThan(0.001 * 10);
  await expect(lab(page).getByTestId('probability-sum')).toHaveText('1');
  await lab(page).getByRole('radio', { name: '4', exact: true }).check();
  const steps = lab(page)
    .getByRole('list', { name: 'Output neuron 5: weighted sum and softmax' })
    .locator('.nn-sr-only');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(1)).toContainText(
    'a(2)_5 = (exp(z(2)_5))/(exp(z(2)_1) + ... + exp(z(2)_10))',
  );
  await expect(steps.nth(1)).toContainText(`= ${formatNumber(p[4])}`);
});

test('keyboard only: move, ink pixels, draw a line with Shift, and clear', async ({ page }) => {
  await openLab(page);
  const pad = lab(page).getByRole('application', { name: /Drawing pad/ });
  await pad.focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect(lab(page).getByText(/^It reads \d/)).toBeVisible();
  const p = await shownProbabilities(page);
  expect(Math.abs(p.reduce((s, v) => s + v, 0) - 1)).toBeLessThan(0.01);
  await lab(page).getByRole('button', { name: 'Clear' }).focus();
  await page.keyboard.press('Enter');
  await expect(lab(page).getByText('Draw a digit to see what the network reads.')).toBeVisible();
});

test('the digits asset is requested only by a page that trains, never by other lessons', async ({
  page,
}) => {
  const assetRequests: string[] = [];
  page.on('request', (r) => {
    if (ASSET.test(r.url())) assetRequests.push(r.url());
  });
  await page.goto('/lessons/the-neuron/');
  await page.mouse.wheel(0, 20_000);
  await page.waitForLoadState('networkidle');
  // Lesson 1 holds the lab; scrolling to it hydrates it but downloads nothing until Train.
  await openLab(page, '/lessons/what-deep-learning-is/');
  await page.waitForLoadState('networkidle');
  expect(assetRequests).toEqual([]);
});
