import { test, expect, type Locator, type Page } from '@playwright/test';
import { descentSetups } from '../../src/lib/descent';
import { engineRun, lossText, openPlayground, playground } from './playground-helpers';
import { scratchCell } from './notebook-helpers';
import { watchPage } from './page-watch';

// A learning rate of 1e6, everywhere a reader can give one: every learning-rate field refuses it
// with a message and keeps the rate in force; the highest rate a field takes trains without a
// broken number on screen (and where that run diverges, the widget says so in words); a lower
// rate then works again; a hand-edited playground link is refused; and a code cell, which takes
// any rate, trains at 1e6 and says in words that the run diverged. No console error anywhere.

const BROKEN = /\bNaN\b|Infinity|undefined/;

/** The visible text of `box` must hold no broken number. */
async function expectClean(box: Locator, where: string) {
  const text = await box.evaluate((node) => (node as HTMLElement).innerText);
  expect(text.match(BROKEN)?.[0], `${where}: broken value on screen`).toBeUndefined();
}

/** The learning-rate control named `name` inside the first island that has one, hydrated. */
async function rateControl(page: Page, path: string, name: string) {
  await page.goto(path);
  const field = page.getByRole('textbox', { name, exact: true }).first();
  await field.scrollIntoViewIfNeeded();
  const island = page.locator('astro-island', { has: field }).last();
  await expect(island).not.toHaveAttribute('ssr', '');
  const param = page.locator('.param', { has: field });
  return { island, field, param, slider: param.locator('input[type=range]') };
}

/** Types `text` into the rate field and leaves it: refused, with the rate in force kept. */
async function expectRefused(c: Awaited<ReturnType<typeof rateControl>>, text: string) {
  const kept = await c.slider.inputValue();
  await c.field.fill(text);
  await expect(c.field, `"${text}" is marked invalid`).toHaveAttribute('aria-invalid', 'true');
  await c.field.blur();
  await expect(c.param.getByRole('alert')).toContainText(`Kept ${kept}.`);
  await expect(c.slider).toHaveValue(kept);
  await expect(c.field).toHaveValue(kept);
}

/** Every learning-rate field, and how to train a little with it (where a widget trains). */
const FIELDS: { path: string; name: string; train?: (island: Locator) => Promise<void> }[] = [
  { path: '/embed/perceptron-xor/', name: 'learning rate eta' },
  { path: '/embed/gate-builder/', name: 'learning rate eta' },
  { path: '/embed/backprop-stepper/', name: 'learning rate eta' },
  { path: '/embed/batch-race/', name: 'learning rate eta' },
  { path: '/digits/', name: 'learning rate' },
  {
    path: '/embed/xor-network/',
    name: 'learning rate eta',
    async train(island) {
      for (let i = 0; i < 3; i++)
        await island.getByRole('button', { name: 'Step 1 epoch' }).click();
      await expect(island.locator('.readout')).toContainText(/Epoch 3 · loss \d/);
    },
  },
  {
    path: '/embed/training-loop-stepper/',
    name: 'learning rate eta',
    async train(island) {
      for (let i = 0; i < 3; i++)
        await island.getByRole('button', { name: 'Finish the epoch' }).click();
      await expect(island.locator('.status').first()).toContainText(/last epoch's loss: \d/);
    },
  },
];

for (const f of FIELDS) {
  test(`${f.path} ${f.name}: 1e6, -1e6 and 1e-9 are refused; the highest rate trains to finite numbers`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const problems = watchPage(page, new URL(baseURL!).origin);
    const c = await rateControl(page, f.path, f.name);
    for (const text of ['1e6', '-1e6', '1e-9']) await expectRefused(c, text);
    const max = (await c.slider.getAttribute('max'))!;
    await c.field.fill(max);
    await expect(c.slider).toHaveValue(max);
    await expect(c.param.getByRole('alert')).toHaveCount(0);
    await f.train?.(c.island);
    await expectClean(c.island, `${f.path} at η = ${max}`);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}

// At its highest rate the curve's descent overshoots further each step; the contour view's loss
// (a sigmoid's) has gradients too small to overshoot at its highest rate, so that run comes to rest.
for (const [view, path, atMax, said] of [
  ['curve', '/embed/descent-explorer/', /^Diverging/, 'Lower η and start again.'],
  ['contour', '/embed/descent-explorer-2d/', /^Stopped/, 'This is a minimum or a flat stretch'],
] as const) {
  const setup = descentSetups[view];
  test(`${path}: the highest rate runs to a status in words (${atMax.source.slice(1)}); a good rate descends again`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const problems = watchPage(page, new URL(baseURL!).origin);
    const c = await rateControl(page, path, 'learning rate eta');
    await expectRefused(c, '1e6');
    await c.field.fill(String(setup.eta.max));
    const status = c.island.locator('p.status');
    await c.island.getByRole('button', { name: 'Run' }).click();
    await expect(status).toContainText(atMax, { timeout: 60_000 });
    await expect(status).toContainText(said);
    await expect(c.island.getByRole('button', { name: 'Run' })).toBeVisible({ timeout: 30_000 });
    await expectClean(c.island, `${path} at η = ${setup.eta.max}`);

    await c.island.getByRole('button', { name: 'Reset' }).first().click();
    const good = setup.presets.find((p) => p.label === 'Good')!.eta;
    await c.field.fill(String(good));
    await c.island.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(status).toContainText(/^Descending/);
    await expectClean(c.island, `${path} at η = ${good}`);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}

test('playground: a link with learning rate 1e6 is refused with a notice and trains at the default', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openPlayground(page, '?pg.learningRate=1e6');
  const pg = playground(page);
  await expect(pg.getByRole('alert').first()).toContainText('learning rate');
  await expect(pg.getByRole('combobox', { name: 'Learning rate' })).toHaveValue('0.03');
  await pg.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(pg.getByTestId('train-loss')).toContainText(lossText(engineRun({}, 1)));
  expect(problems.consoleErrors, 'console errors').toEqual([]);
});

test('a code cell trained at learning rate 1e6 says in words that the run diverged', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/notebook/');
  const cell = await scratchCell(
    page,
    "const net = mlp([1, 1], { activation: 'linear', output: 'linear', seed: 1 });\n" +
      "const run = await train(net, { inputs: [[1], [2]], targets: [[1], [2]] }, { loss: 'mse', learningRate: 1e6, epochs: 100, batchSize: 2 });\n" +
      'plotLoss(run.history);',
  );
  await page.keyboard.press('Shift+Enter');
  await expect(cell.locator('.nb-output')).toContainText(
    /the loss stopped being a finite number in epoch \d+, so training stopped/,
  );
  await expect(cell.locator('.nb-output')).toContainText(
    'Try a smaller learning rate than 1000000.',
  );
  await expect(cell.locator('.nb-error')).toHaveCount(0);
  await expectClean(cell, 'the cell');
  expect(problems.consoleErrors, 'console errors').toEqual([]);
});
