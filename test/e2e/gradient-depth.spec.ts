import { test, expect, type Locator, type Page } from '@playwright/test';
import { toText } from '../../engine/index.ts';
import {
  depthRun,
  GRADIENT_DEPTH,
  layerChain,
  type DepthActivation,
  type DepthInit,
} from '../../src/widgets/gradient-depth/gradient-depth';
import { layerAtFraction } from '../../src/widgets/gradient-depth/gradient-depth-chart';
import { expectEarlyInputKept } from './early-input-helpers';
import { watchPage } from './page-watch';

const PATH = '/lessons/initialisation-and-depth/';
const NAME = 'Gradient size by depth';
const island = (page: Page) => page.locator(`astro-island:has([aria-label="${NAME}"])`);

async function open(page: Page) {
  await page.goto(PATH);
  await page.getByRole('region', { name: NAME }).scrollIntoViewIfNeeded();
  await expect(island(page)).not.toHaveAttribute('ssr', '', { timeout: 30_000 });
  return page.getByRole('region', { name: NAME });
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

/** The readout and the step list, opened in full, are the engine's numbers for that layer. */
async function expectLayer(
  w: Locator,
  activation: DepthActivation,
  depth: number,
  init: DepthInit,
  layer: number,
) {
  const run = depthRun(activation, depth, init);
  const rms = run.stats[layer - 1].weightGradient.rms;
  const tick = layer === depth + 1 ? 'out' : String(layer);
  await expect(w.locator('.verdict')).toContainText(
    `Layer ${tick}: gradient size ${rms.toExponential(2)}`,
  );
  const steps = layerChain(run, layer).steps.map((s) => toText(s));
  const list = w.getByRole('list', {
    name: `The chain-rule steps from the loss down to a weight of layer ${layer}`,
  });
  await expect(list.locator('.nn-sr-only')).toHaveText(steps.slice(-1));
  const all = w.getByRole('button', { name: `Show all ${steps.length} steps` });
  await all.press('Enter');
  await expect(list.locator('.nn-sr-only')).toHaveText(steps);
  await all.press('Enter');
}

test.describe.configure({ timeout: 120_000 });

test('the widget opens on deep sigmoid layers with Xavier weights, the first layer from the engine', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page);
  const { activation, depth, init } = GRADIENT_DEPTH.start;
  await expectLayer(w, activation, depth, init, 1);
  const run = depthRun(activation, depth, init);
  const ratio = run.stats[0].weightGradient.rms / run.stats[depth].weightGradient.rms;
  await expect(w.locator('.verdict')).toContainText(
    `${ratio.toExponential(2)} times the output layer's`,
  );
  expect(problems.consoleErrors).toEqual([]);
});

test('keyboard: activation, starting weights, depth and the layer looked at', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page);
  const layerSlider = w.getByRole('slider', { name: 'layer looked at slider' });
  await layerSlider.focus();
  await layerSlider.press('ArrowRight');
  await expectLayer(w, 'sigmoid', GRADIENT_DEPTH.start.depth, 'xavier', 2);

  await w.getByRole('radio', { name: 'relu' }).check();
  await w.getByRole('radio', { name: 'He' }).check();
  await expectLayer(w, 'relu', GRADIENT_DEPTH.start.depth, 'he', 2);

  const depthSlider = w.getByRole('slider', { name: 'hidden layers slider' });
  await depthSlider.focus();
  await depthSlider.press('Home');
  await expect(w.getByRole('textbox', { name: 'hidden layers' })).toHaveValue(
    String(GRADIENT_DEPTH.minDepth),
  );
  await expectLayer(w, 'relu', GRADIENT_DEPTH.minDepth, 'he', 2);

  await w.getByRole('radio', { name: 'tanh' }).press('Space');
  await w.getByRole('textbox', { name: 'layer looked at' }).fill('3');
  await expectLayer(w, 'tanh', GRADIENT_DEPTH.minDepth, 'he', 3);
  expect(problems.consoleErrors).toEqual([]);
});

test('pointer: a click on the chart picks the layer under it', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page);
  const chart = w.locator('.chart');
  const plot = chart.locator('.plot:not([hidden])');
  const layers = GRADIENT_DEPTH.start.depth + 1;
  for (const fraction of [0.95, 0.55]) {
    // Measured before each click: opening the step list below may have scrolled the page.
    await chart.hover();
    await expect(plot.locator('svg')).toHaveCount(1);
    const box = await settledBox(plot);
    await page.mouse.click(box.x + fraction * box.width, box.y + box.height / 2);
    const layer = layerAtFraction(fraction, layers);
    await expect(w.getByRole('textbox', { name: 'layer looked at' })).toHaveValue(String(layer));
    await expectLayer(w, 'sigmoid', GRADIENT_DEPTH.start.depth, 'xavier', layer);
  }
  expect(problems.consoleErrors).toEqual([]);
});

test('input before hydration ends where the hydrated widget does', async ({ browser, baseURL }) => {
  await expectEarlyInputKept(browser, baseURL, PATH, island);
});
