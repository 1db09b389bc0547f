import { test, expect, type Locator, type Page } from '@playwright/test';
import { formatNumber, toText, type OptimizerName } from '../../engine/index.ts';
import {
  allPaths,
  OPTIMISER_NAMES,
  RAVINE,
  ravineLoss,
} from '../../src/widgets/optimiser-paths/optimiser-paths';
import { startAtFraction } from '../../src/widgets/optimiser-paths/optimiser-paths-chart';
import { watchPage } from './page-watch';

const PATH = '/lessons/optimisers/';
const TITLE = 'Optimiser paths on a ravine';
const f = formatNumber;

async function open(page: Page) {
  await page.goto(PATH);
  const w = page.getByRole('region', { name: TITLE });
  await w.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has([aria-label="${TITLE}"])`)).not.toHaveAttribute(
    'ssr',
    '',
  );
  return w;
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

interface State {
  w1: number;
  w2: number;
  eta: number;
  step: number;
  optimizer: OptimizerName;
}

/** The table and the chosen update's steps are the engine's, for this state. */
async function expectState(w: Locator, s: State) {
  const paths = allPaths(s.w1, s.w2, s.eta, RAVINE.maxSteps);
  const rows = w.locator('tbody tr');
  await expect(rows).toHaveCount(paths.length);
  for (const [i, p] of paths.entries()) {
    const q = p.points[Math.min(s.step, p.points.length - 1)];
    await expect(rows.nth(i)).toHaveText(
      `${OPTIMISER_NAMES[p.optimizer]}${f(q.w1)}${f(q.w2)}${f(ravineLoss(q.w1, q.w2))}`,
    );
  }
  const chosen = paths.find((p) => p.optimizer === s.optimizer)!;
  if (s.step === 0) {
    await expect(w.getByText('Step 0 is the start.')).toBeVisible();
    return;
  }
  const update = chosen.updates[s.step - 1];
  await expect(
    w.getByText(`${OPTIMISER_NAMES[s.optimizer]}, update ${s.step}: from (${f(update.w1)}`),
  ).toBeVisible();
  // The steps are built when asked for: the list is there after the press.
  const more = w.getByRole('button', { name: `Show all ${update.steps.length} steps` });
  if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
  const list = w.getByRole('list', {
    name: `${OPTIMISER_NAMES[s.optimizer]}: update ${s.step} of w1 and w2`,
  });
  await expect(list.locator('.nn-sr-only')).toHaveText(
    update.steps.map((step) => toText(step, { symbolic: true })),
  );
}

const first: State = { ...RAVINE.start, step: RAVINE.start.steps, optimizer: 'momentum' };

test('the first state is the engine’s: four paths from the default start, momentum’s update', async ({
  page,
}) => {
  const w = await open(page);
  await expectState(w, first);
});

test('keyboard: the step slider, the optimiser choice, a typed start and learning rate', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page);
  const slider = w.getByRole('slider', { name: 'step slider' });
  await slider.focus();
  await slider.press('ArrowLeft');
  let s: State = { ...first, step: first.step - 1 };
  await expectState(w, s);

  await w.getByRole('radio', { name: 'Adam' }).focus();
  await page.keyboard.press('Space');
  s = { ...s, optimizer: 'adam' };
  await expectState(w, s);

  await w.getByRole('textbox', { name: 'start w2' }).fill('2.5');
  s = { ...s, w2: 2.5 };
  await expectState(w, s);

  await w.getByRole('textbox', { name: 'learning rate η' }).fill('0.45');
  s = { ...s, eta: 0.45 };
  await expectState(w, s);

  const w1 = w.getByRole('slider', { name: 'start w1 slider' });
  await w1.focus();
  await w1.press('ArrowRight');
  s = { ...s, w1: Number((first.w1 + 0.1).toFixed(1)) };
  await expectState(w, s);
  expect(problems.consoleErrors).toEqual([]);
});

test('pointer: a drag and a click on the map move the start', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page);
  const map = w.locator('.map');
  await map.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await map.hover();
  const plot = map.locator('.plot:not([hidden])');
  await expect(plot.locator('svg')).toHaveCount(1);
  let box = await settledBox(plot);
  const at = (fx: number, fy: number) => [box.x + fx * box.width, box.y + fy * box.height] as const;
  const expectStart = async (p: { w1: number; w2: number }) => {
    await expect(w.getByRole('textbox', { name: 'start w1' })).toHaveValue(String(p.w1));
    await expect(w.getByRole('textbox', { name: 'start w2' })).toHaveValue(String(p.w2));
    await expectState(w, { ...first, ...p });
  };

  await page.mouse.move(...at(0.7, 0.3));
  await page.mouse.down();
  await page.mouse.move(...at(0.25, 0.8), { steps: 5 });
  await page.mouse.up();
  await expectStart(startAtFraction(0.25, 0.8));

  // Opening the step list above moved the page: bring the map back and measure it again.
  await map.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  box = await settledBox(plot);
  await page.mouse.click(...at(0.7, 0.3));
  await expectStart(startAtFraction(0.7, 0.3));
  expect(problems.consoleErrors).toEqual([]);
});

test('the lesson’s spiral and schedule figures are drawn into the page with no script', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  await expect(page.locator('figure.plot-figure svg')).toHaveCount(3);
  await expect(page.getByText('Training loss against epochs on the spiral.')).toBeVisible();
  await context.close();
});
