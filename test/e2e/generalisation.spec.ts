import { test, expect, type Locator, type Page } from '@playwright/test';
import { formatNumber, toText } from '../../engine/index.ts';
import {
  exampleAt,
  nearestExample,
  OVERFIT_LAB,
  runLab,
  type LabRun,
  type LabSet,
} from '../../src/widgets/overfit-lab/overfit-lab';
import { epochAtFraction, MAP_CHART } from '../../src/widgets/overfit-lab/overfit-lab-chart';
import { expectEarlyInputKept } from './early-input-helpers';
import { watchPage } from './page-watch';

const PATH = '/lessons/generalisation/';
const LAB = 'Overfit lab';
const island = (page: Page) => page.locator(`astro-island:has([aria-label="${LAB}"])`);

async function open(page: Page) {
  await page.goto(PATH);
  await page.getByRole('region', { name: LAB }).scrollIntoViewIfNeeded();
  await expect(island(page)).not.toHaveAttribute('ssr', '', { timeout: 30_000 });
  return page.getByRole('region', { name: LAB });
}

/** The element's box, once it has one (null while a redraw swaps the element). */
async function settledBox(locator: Locator) {
  for (let tries = 0; tries < 50; tries++) {
    const box = await locator.boundingBox();
    if (box) return box;
    await locator.page().waitForTimeout(100);
  }
  throw new Error('the chart never settled on screen');
}

const runs = new Map<number, LabRun>();
const lab = (decay: number) => {
  if (!runs.has(decay)) runs.set(decay, runLab(decay));
  return runs.get(decay)!;
};

/** The example's step list, opened in full, is the engine's steps for it at that epoch. */
async function expectSteps(w: Locator, decay: number, epoch: number, set: LabSet, i: number) {
  const steps = exampleAt(lab(decay), epoch, set, i).steps.map((s) => toText(s));
  const list = w.getByRole('list', {
    name: `From the output neuron to this example's loss at epoch ${epoch}`,
  });
  await expect(list.locator('.nn-sr-only')).toHaveText(steps.slice(-1));
  const all = w.getByRole('button', { name: `Show all ${steps.length} steps` });
  await all.press('Enter');
  await expect(list.locator('.nn-sr-only')).toHaveText(steps);
  await all.press('Enter');
}

test.describe.configure({ timeout: 120_000 });

test('the lab first shows the last epoch without decay: early stopping and the loss from the engine', async ({
  page,
}) => {
  const w = await open(page);
  const run = lab(0);
  await expect(
    w.getByText(
      `gave up at epoch ${run.earlyStop.stoppedAt} and kept epoch ${run.earlyStop.bestEpoch}`,
    ),
  ).toBeVisible();
  const m = exampleAt(run, OVERFIT_LAB.epochs, 'train', 0);
  await expect(w.getByText(`L = ${formatNumber(m.loss)}`)).toBeVisible();
  await expectSteps(w, 0, OVERFIT_LAB.epochs, 'train', 0);
});

test('keyboard: the epoch slider, the jump to the kept epoch, the set, the example and the decay', async ({
  page,
}) => {
  const w = await open(page);
  const epochField = w.getByRole('textbox', { name: 'epoch', exact: true });
  const slider = w.getByRole('slider', { name: 'epoch slider' });
  await slider.focus();
  await slider.press('ArrowLeft');
  await expect(epochField).toHaveValue(String(OVERFIT_LAB.epochs - 1));
  await expectSteps(w, 0, OVERFIT_LAB.epochs - 1, 'train', 0);

  const kept = lab(0).earlyStop.bestEpoch;
  await w.getByRole('button', { name: `Go to epoch ${kept}` }).press('Enter');
  await expect(epochField).toHaveValue(String(kept));

  await w.getByRole('radio', { name: 'validation set' }).check();
  await w.getByRole('textbox', { name: 'example number' }).fill('5');
  await expectSteps(w, 0, kept, 'validation', 4);

  await w.getByRole('radio', { name: '0.01', exact: true }).check();
  const decayed = lab(0.01);
  await expect(
    w.getByText(
      `gave up at epoch ${decayed.earlyStop.stoppedAt} and kept epoch ${decayed.earlyStop.bestEpoch}`,
    ),
  ).toBeVisible();
  await expectSteps(w, 0.01, kept, 'validation', 4);
});

test('pointer: a click on the loss chart picks the epoch, a click on the map the example', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page);
  const charts = w.locator('.chart');
  await charts.first().hover();
  const lossPlot = charts.first().locator('.plot:not([hidden])');
  await expect(lossPlot.locator('svg')).toHaveCount(1);
  const box = await settledBox(lossPlot);
  await page.mouse.click(box.x + 0.5 * box.width, box.y + box.height / 2);
  const epoch = epochAtFraction(0.5, OVERFIT_LAB.epochs);
  await expect(w.getByRole('textbox', { name: 'epoch', exact: true })).toHaveValue(String(epoch));

  // The training point farthest from the others, so the click cannot land nearer another one.
  const run = lab(0);
  const points = run.data.train.inputs;
  const lonely = points
    .map((p, i) => ({
      i,
      gap: Math.min(
        ...points.filter((_, j) => j !== i).map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])),
      ),
    }))
    .reduce((a, b) => (b.gap > a.gap ? b : a)).i;
  const [x1, x2] = points[lonely];
  const { x, y } = OVERFIT_LAB.map;
  const c = MAP_CHART;
  const fx =
    (c.marginLeft + ((x1 - x[0]) / (x[1] - x[0])) * (c.width - c.marginLeft - c.marginRight)) /
    c.width;
  const fy =
    (c.marginTop + ((y[1] - x2) / (y[1] - y[0])) * (c.height - c.marginTop - c.marginBottom)) /
    c.height;
  await charts.nth(1).hover();
  const mapPlot = charts.nth(1).locator('.plot:not([hidden])');
  await expect(mapPlot.locator('svg')).toHaveCount(1);
  const mapBox = await settledBox(mapPlot);
  await page.mouse.click(mapBox.x + fx * mapBox.width, mapBox.y + fy * mapBox.height);
  expect(nearestExample(run, 'train', x1, x2)).toBe(lonely);
  await expect(w.getByRole('textbox', { name: 'example number' })).toHaveValue(String(lonely + 1));
  await expectSteps(w, 0, epoch, 'train', lonely);
  expect(problems.consoleErrors).toEqual([]);
});

test('input before hydration ends where the hydrated lab does', async ({ browser, baseURL }) => {
  await expectEarlyInputKept(browser, baseURL, PATH, island);
});

test('while the worker trains, the lab says so and stays usable, and the latest decay wins', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  // The worker's script waits until the test lets it through, so every run stays pending.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/lab-worker[^/]*\.js/, async (route) => {
    await held;
    await route.continue();
  });
  const w = await open(page);
  await w.getByRole('radio', { name: '0.001', exact: true }).check();
  await w.getByRole('radio', { name: '0.03', exact: true }).check();
  await expect(w.getByText('Training with λ = 0.03…')).toBeVisible();
  await expect(w.getByText(/gave up at epoch/)).toHaveCount(0);
  await expect(w.locator('[aria-busy="true"]')).toHaveCount(1);

  await w.getByRole('radio', { name: 'validation set' }).check();
  await w.getByRole('textbox', { name: 'example number' }).fill('5');
  await expect(w.getByText(/validation example 5, x =/)).toBeVisible();

  release();
  const run = lab(0.03);
  // Two runs of 1,500 epochs in the worker (the skipped 0.001, then 0.03): seconds on a busy machine.
  await expect(
    w.getByText(
      `gave up at epoch ${run.earlyStop.stoppedAt} and kept epoch ${run.earlyStop.bestEpoch}`,
    ),
  ).toBeVisible({ timeout: 60_000 });
  await expect(w.getByText(/Training with/)).toHaveCount(0);
  await expect(w.locator('[aria-busy="true"]')).toHaveCount(0);
  await expectSteps(w, 0.03, OVERFIT_LAB.epochs, 'validation', 4);
  expect(problems.consoleErrors).toEqual([]);
});
