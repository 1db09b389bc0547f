import { test, expect, type Locator, type Page } from '@playwright/test';
import { formatNumber, toText } from '../../engine/index.ts';
import { chartEpochs, LOSS_RACE, momentOf, runRace } from '../../src/widgets/loss-race/loss-race';
import { epochAtFraction } from '../../src/widgets/loss-race/loss-race-chart';
import { pointAt } from '../../src/widgets/loss-surface/loss-surface';
import { pointAtFraction } from '../../src/widgets/loss-surface/loss-surface-chart';
import { watchPage } from './page-watch';

const PATH = '/lessons/loss-functions/';
const RACE = 'Loss race';
const SURFACE = 'Loss surfaces of one neuron';

async function open(page: Page, title: string) {
  await page.goto(PATH);
  await page.getByRole('region', { name: title }).scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has([aria-label="${title}"])`)).not.toHaveAttribute(
    'ssr',
    '',
  );
  return page.getByRole('region', { name: title });
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

const lessonStart = { ...LOSS_RACE.start, eta: LOSS_RACE.eta.start };

/** Both lanes' step lists at `epoch` for example `s` are the engine's steps, as text. */
async function expectLanes(w: Locator, settings: typeof lessonStart, epoch: number, s: number) {
  const lanes = runRace(settings);
  const names = ['Squared error', 'Cross-entropy'];
  for (const [i, lane] of lanes.entries()) {
    const steps = momentOf(lane, epoch, s).steps.map((step) => toText(step));
    // A lane states its push and builds its steps when asked: the list is there after the press.
    const section = w.getByRole('region', { name: `${names[i]} at epoch ${epoch}` });
    const more = section.getByRole('button', { name: `Show all ${steps.length} steps` });
    if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
    const list = w.getByRole('list', {
      name: `${names[i]}: from the input to dL/dz at epoch ${epoch}`,
    });
    await expect(list.locator('.nn-sr-only')).toHaveText(steps);
  }
}

test("the race first shows the lesson's start: both verdicts and both lanes' steps from the engine", async ({
  page,
}) => {
  const w = await open(page, RACE);
  const [se, ce] = runRace(lessonStart);
  await expect(
    w.getByText(`all four right after ${se.solvedAt!.toLocaleString('en-US')} epochs`),
  ).toBeVisible();
  await expect(w.getByText(`all four right after ${ce.solvedAt} epochs`)).toBeVisible();
  await expectLanes(w, lessonStart, 0, 3);
  await expect(w.getByText(`∂L/∂z = ${formatNumber(momentOf(ce, 0, 3).dz)}`)).toBeVisible();
});

test('keyboard: the epoch slider, the jump buttons, the example choice and a typed learning rate', async ({
  page,
}) => {
  const w = await open(page, RACE);
  const slider = w.getByRole('slider', { name: 'epoch slider' });
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(w.getByRole('textbox', { name: 'epoch' })).toHaveValue('1');
  await expectLanes(w, lessonStart, 1, 3);

  const [, ce] = runRace(lessonStart);
  await w.getByRole('button', { name: `Go to epoch ${ce.solvedAt}` }).press('Enter');
  await expect(w.getByRole('textbox', { name: 'epoch' })).toHaveValue(String(ce.solvedAt));
  await expectLanes(w, lessonStart, ce.solvedAt!, 3);

  await w.getByRole('radio', { name: '(0, 0), y = 0' }).check();
  await expectLanes(w, lessonStart, ce.solvedAt!, 0);

  await w.getByRole('textbox', { name: 'learning rate η' }).fill('2');
  const faster = { ...lessonStart, eta: 2 };
  const [se2] = runRace(faster);
  await expect(
    w.getByText(`all four right after ${se2.solvedAt!.toLocaleString('en-US')} epochs`),
  ).toBeVisible();
  await expectLanes(w, faster, ce.solvedAt!, 0);
});

test('pointer: a click on the chart picks the epoch under it', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page, RACE);
  await w.locator('.chart').hover();
  const plot = w.locator('.chart .plot:not([hidden])');
  await expect(plot.locator('svg')).toHaveCount(1);
  const box = await settledBox(plot);
  await page.mouse.click(box.x + 0.5 * box.width, box.y + box.height / 2);
  const epoch = epochAtFraction(0.5, chartEpochs(runRace(lessonStart)));
  await expect(w.getByRole('textbox', { name: 'epoch' })).toHaveValue(String(epoch));
  await expectLanes(w, lessonStart, epoch, 3);
  expect(problems.consoleErrors).toEqual([]);
});

test('the race refuses a learning rate out of range and keeps the last good one', async ({
  page,
}) => {
  const w = await open(page, RACE);
  const field = w.getByRole('textbox', { name: 'learning rate η' });
  await field.fill('99');
  await expect(w.getByRole('alert')).toBeVisible();
  await expect(w.getByRole('slider', { name: 'learning rate η slider' })).toHaveValue(
    String(LOSS_RACE.eta.start),
  );
  await expectLanes(w, lessonStart, 0, 3);
});

/** The table's mean row and gradient row are the engine's values at (w, b). */
async function expectSurface(w: Locator, wv: number, bv: number) {
  const p = pointAt(wv, bv);
  const f = formatNumber;
  await expect(w.locator('caption')).toContainText(`at w = ${f(wv)}, b = ${f(bv)}`);
  await expect(w.locator('tfoot tr').first()).toContainText(`${f(p.loss.mse)}${f(p.loss.bce)}`);
  await expect(w.locator('tbody tr')).toHaveCount(p.terms.length);
  await expect(w.locator('tbody tr').first()).toContainText(
    [p.terms[0].x, p.terms[0].y, p.terms[0].z, p.terms[0].yHat].map((v) => f(v)).join(''),
  );
}

test('surfaces: the sliders move the point and the table follows, by keyboard', async ({
  page,
}) => {
  const w = await open(page, SURFACE);
  await expectSurface(w, -4, 4);
  const slider = w.getByRole('slider', { name: 'weight w slider' });
  await slider.focus();
  await slider.press('ArrowRight');
  await expectSurface(w, -3.9, 4);
  await w.getByRole('textbox', { name: 'bias b' }).fill('-1.5');
  await expectSurface(w, -3.9, -1.5);
});

test('surfaces: a click on either map puts the point there', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page, SURFACE);
  const maps = w.locator('.map');
  await expect(maps).toHaveCount(2);
  for (const [i, [fx, fy]] of [
    [0.7, 0.5],
    [0.3, 0.25],
  ].entries()) {
    await maps.nth(i).hover();
    const plot = maps.nth(i).locator('.plot:not([hidden])');
    await expect(plot.locator('svg')).toHaveCount(1);
    const box = await settledBox(plot);
    await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
    const p = pointAtFraction(fx, fy);
    await expect(w.getByRole('textbox', { name: 'weight w' })).toHaveValue(String(p.w));
    await expect(w.getByRole('textbox', { name: 'bias b' })).toHaveValue(String(p.b));
    await expectSurface(w, p.w, p.b);
  }
  expect(problems.consoleErrors).toEqual([]);
});
