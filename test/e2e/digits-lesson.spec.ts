import { test, expect, type Page } from '@playwright/test';
import { drawStroke, lab } from './digit-pad';
import { formatNumber, mlp } from '../../engine/index.ts';
import { digitRun } from '../../src/lib/digits/built-runs.ts';
import {
  DEFAULT_RATES,
  DIGIT_OPTIMISERS,
  OPTIMISER_LABELS,
  type DigitRunSettings,
} from '../../src/lib/digits/digit-run.ts';
import { topConfusions } from '../../src/lib/digits/confusions.ts';
import { DIGIT_LAB_START } from '../../src/lib/run-claims.ts';
import { centerLikeMnist } from '../../src/widgets/digit-lab/drawing';
import { decodeDrawing } from '../../src/widgets/digit-lab/drawing-link';
import { widgets } from '../../src/widgets/registry';
import { watchPage } from './page-watch';

// Lesson 14: its numbers are the engine's (recomputed here through the module the build used),
// and its lab trains with a chosen optimiser, shares it in its link and explains its hidden layer.

const entry = widgets.find((w) => w.slug === 'digit-lab')!;
const PATH = `/lessons/${entry.lesson}/`;
const EPOCHS = Number(entry.props!.epochs);
const settingsOf = (optimizer: DigitRunSettings['optimizer']): DigitRunSettings => ({
  hidden: DIGIT_LAB_START.hidden,
  seed: DIGIT_LAB_START.seed,
  optimizer,
  learningRate: DEFAULT_RATES[optimizer],
});
const pct = (x: number) => `${formatNumber(Math.round(x * 1000) / 10)}%`;
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(`digits.${key}`);

/** Opens the lesson (with `query`) and waits until the lab has hydrated and read its link. */
async function openLab(page: Page, query = '') {
  await page.goto(`${PATH}${query}`);
  await lab(page).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([aria-label^="Digit lab"])')).not.toHaveAttribute(
    'ssr',
    '',
  );
  await expect(
    lab(page)
      .getByRole('button', { name: 'Copy link to this state' })
      .or(lab(page).locator('[data-link-notice]'))
      .first(),
  ).toBeVisible();
}

/** The lab's table of epochs, row by row, as the page shows it. */
const epochRows = (page: Page) =>
  lab(page).getByRole('table', { name: 'After each epoch' }).locator('tbody tr');

/** What the lab's table must show for the engine's run with these settings. */
const expectedRows = (settings: DigitRunSettings) =>
  digitRun(settings, EPOCHS).map((e) => [
    String(e.epoch),
    formatNumber(e.loss),
    pct(e.trainAccuracy),
    pct(e.test.accuracy),
  ]);

test('the lesson’s optimiser table and confusions are the engine’s runs', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(PATH);
  const table = page.locator('#four-optimisers-on-the-digits ~ table').first();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(DIGIT_OPTIMISERS.length);
  for (const [i, o] of DIGIT_OPTIMISERS.entries()) {
    const [first, last] = digitRun(settingsOf(o), EPOCHS);
    await expect(rows.nth(i).locator('td')).toHaveText([
      OPTIMISER_LABELS[o],
      formatNumber(DEFAULT_RATES[o]),
      formatNumber(first.loss),
      pct(first.test.accuracy),
      formatNumber(last.loss),
      pct(last.test.accuracy),
    ]);
  }
  const confusion = digitRun(settingsOf('sgd'), EPOCHS)[EPOCHS - 1].confusion;
  const top = topConfusions(confusion, 3);
  const confused = page.locator('#which-digits-get-confused ~ table').first().locator('tbody tr');
  for (const [i, c] of top.entries())
    await expect(confused.nth(i).locator('td')).toHaveText([
      String(c.actual),
      String(c.read),
      String(c.count),
    ]);
});

test('Adam and its rate chosen by keyboard train as the engine does, and the link brings them back', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openLab(page);
  const sgd = lab(page).getByRole('radio', { name: OPTIMISER_LABELS.sgd, exact: true });
  await expect(sgd).toBeChecked();
  await sgd.focus();
  // Arrow keys move through a radio group: SGD, Momentum, RMSProp, Adam.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const adam = lab(page).getByRole('radio', { name: OPTIMISER_LABELS.adam, exact: true });
  await expect(adam).toBeChecked();
  // Picking an optimiser leaves η alone; a button offers the rate that suits it.
  const rate = lab(page).getByRole('textbox', { name: /learning rate/ });
  await expect(rate).toHaveValue(String(DIGIT_LAB_START.learningRate));
  await lab(page)
    .getByRole('button', { name: `Use η = ${formatNumber(DEFAULT_RATES.adam)}` })
    .focus();
  await page.keyboard.press('Enter');
  await expect(rate).toHaveValue(String(DEFAULT_RATES.adam));
  await expect(lab(page).getByRole('button', { name: /^Use η/ })).toHaveCount(0);
  await expect.poll(() => param(page, 'optimizer')).toBe('adam');

  await lab(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(epochRows(page)).toHaveCount(EPOCHS, { timeout: 240_000 });
  const rows = expectedRows(settingsOf('adam'));
  for (const [i, cells] of rows.entries())
    await expect(epochRows(page).nth(i).locator('td')).toHaveText(cells);
  await expect.poll(() => param(page, 'trained')).toBe(String(EPOCHS));

  // The link, opened afresh, has Adam and its rate, and replays the run to the same table.
  const link = page.url();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
  const other = await (await browser.newContext({ baseURL })).newPage();
  const otherProblems = watchPage(other, new URL(baseURL!).origin);
  await openLab(other, new URL(link).search);
  await expect(
    lab(other).getByRole('radio', { name: OPTIMISER_LABELS.adam, exact: true }),
  ).toBeChecked();
  await expect(lab(other).getByRole('textbox', { name: /learning rate/ })).toHaveValue(
    String(DEFAULT_RATES.adam),
  );
  await expect(epochRows(other)).toHaveCount(EPOCHS, { timeout: 240_000 });
  await expect(
    epochRows(other)
      .nth(EPOCHS - 1)
      .locator('td'),
  ).toHaveText(rows[EPOCHS - 1]);
  expect(otherProblems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
  await other.context().close();
});

test('a link from before the optimiser opens as SGD; an unknown optimiser is refused, the rest kept', async ({
  page,
}) => {
  await openLab(page, '?digits.learningRate=0.2&digits.seed=7');
  await expect(
    lab(page).getByRole('radio', { name: OPTIMISER_LABELS.sgd, exact: true }),
  ).toBeChecked();
  await expect(lab(page).locator('[data-link-notice]')).toHaveCount(0);
  await expect(lab(page).getByRole('textbox', { name: /learning rate/ })).toHaveValue('0.2');

  await openLab(page, '?digits.optimizer=adagrad&digits.seed=7');
  await expect(lab(page).locator('[data-link-notice]')).toContainText(
    'optimiser: “adagrad” is not one of sgd, momentum, rmsprop, adam; kept sgd.',
  );
  await expect(
    lab(page).getByRole('radio', { name: OPTIMISER_LABELS.sgd, exact: true }),
  ).toBeChecked();
  await expect(lab(page).getByRole('spinbutton', { name: 'Seed' })).toHaveValue('7');
});

test('a drawn digit shows the hidden layer: the neuron under the pointer, and by keyboard, with the engine’s numbers', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openLab(page);
  await drawStroke(page, [
    [0.5, 0.2],
    [0.45, 0.8],
  ]);
  await expect.poll(() => param(page, 'drawing')).not.toBeNull();

  // The untrained network's hidden layer for the drawing the link holds, computed here.
  const pixels = decodeDrawing(param(page, 'drawing')!) as Float64Array;
  const net = mlp([784, DIGIT_LAB_START.hidden, 10], {
    activation: 'relu',
    output: 'softmax',
    seed: DIGIT_LAB_START.seed,
  });
  const hidden = net.forward(Array.from(centerLikeMnist(pixels)!)).a[0];
  const cells = lab(page).getByRole('radio', { name: /^hidden neuron \d+, activation/ });
  await expect(cells).toHaveCount(DIGIT_LAB_START.hidden);
  const math = lab(page).getByTestId('hidden-unit-math');
  const value = lab(page).getByTestId('hidden-unit-value');

  // Pointer: the neuron under it is explained.
  await cells.nth(4).locator('xpath=..').hover();
  await expect(math).toHaveAttribute('data-unit', '5');
  await expect(value).toHaveText(formatNumber(hidden[4]));
  await expect(
    lab(page).getByRole('list', { name: 'Hidden neuron 5: weighted sum and ReLU' }),
  ).toContainText('relu(z(1)_5)');

  // Keyboard: away from the cells, the chosen neuron is explained; arrow keys choose the next.
  await page.mouse.move(0, 0);
  await cells.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(cells.nth(1)).toBeChecked();
  await expect(math).toHaveAttribute('data-unit', '2');
  await expect(value).toHaveText(formatNumber(hidden[1]));
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});
