import { test, expect, type Locator, type Page } from '@playwright/test';
import { STOP_GRACE_MS } from '../../src/notebook/kernel-client';
import { chooseLongRun, untilTraining } from './digit-run';
import { cellOf, expectCount, scratchCell } from './notebook-helpers';
import { openPlayground, playground } from './playground-helpers';
import { watchPage, type PageProblems } from './page-watch';

// Stop pressed twice, Stop pressed while a run is starting, and Run/Train/Play pressed twice
// quickly, on every widget or page that trains or runs. Each press pair is made from inside the
// page in one task, so no render can come between them: the harshest timing a reader can produce.

/** Clicks a button twice in the same task. */
const clickTwice = (button: Locator) =>
  button.evaluate((b: HTMLButtonElement) => {
    b.click();
    b.click();
  });

const noProblems = (problems: PageProblems) =>
  expect(problems.consoleErrors, 'console errors').toEqual([]);

test('notebook cell: Shift+Enter twice runs once; Stop twice stops once and keeps the kernel for later runs', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/notebook/');
  const keep = await scratchCell(page, 'const kept = 7; kept');
  await page.keyboard.press('Shift+Enter');
  await expect(keep.locator('.nb-value')).toHaveText('7');

  const cell = await scratchCell(
    page,
    "const net = mlp([2, 16, 1], { seed: 1 });\nconst run = await train(net, datasets.spiral({ n: 400 }), { loss: 'bce', learningRate: 0.1, epochs: 100000 });\nrun.stopped",
  );
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(cell.locator('.nb-progress [role=status]')).toContainText(/Epoch \d+ of 100000/);
  await clickTwice(cell.getByRole('button', { name: 'Stop' }));
  await expect(cell.locator('.nb-notice')).toHaveText(
    'Stopped. The kernel kept everything defined so far.',
  );
  await expect(cell.locator('.nb-value')).toHaveText('true');
  await expect(cell.getByRole('button', { name: 'Stop' })).toBeHidden();
  await expect(cell.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  // The one run was counted once: [1] for the first cell, [2] for this one.
  await expectCount(cell, 2);

  // A run that outlasts the Stop grace period is not cut short by anything the second Stop left.
  const later = await scratchCell(
    page,
    `await new Promise((r) => setTimeout(r, ${STOP_GRACE_MS + 300}));\nkept + run.history.length * 0`,
  );
  await page.keyboard.press('Shift+Enter');
  await expect(later.locator('.nb-value')).toHaveText('7', { timeout: STOP_GRACE_MS + 10_000 });
  await expect(later.locator('.nb-notice')).toBeHidden();
  noProblems(problems);
});

test('lesson cell: Stop pressed when nothing runs any more does nothing', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/lessons/the-neuron/');
  const cell = cellOf(page, 1);
  // Hidden once the run ended; clicked anyway from the page, as a late second press would be.
  const stop = cell.locator('button', { hasText: 'Stop' });
  await clickTwice(cell.getByRole('button', { name: 'Run', exact: true }));
  await expect(cell.locator('.nb-value')).toBeVisible();
  await expectCount(cell, 1);
  await stop.evaluate((b: HTMLButtonElement) => b.click());
  await expect(cell.locator('.nb-notice')).toBeHidden();
  await expect(cell.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  noProblems(problems);
});

const lab = (page: Page) => page.getByRole('region', { name: /^Digit lab/ });

test('digit lab: Stop while the data still downloads goes back to Train; Train twice, Stop twice, Continue', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const problems = watchPage(page, new URL(baseURL!).origin);
  // Hold the download until Stop has been pressed.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/data\/digits-v1\.bin$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/digits/');
  await lab(page).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([aria-label^="Digit lab"])')).not.toHaveAttribute(
    'ssr',
    '',
  );
  const widget = lab(page);
  await chooseLongRun(widget);
  const trainButton = widget.getByRole('button', { name: 'Train', exact: true });
  await trainButton.click();
  await clickTwice(widget.getByRole('button', { name: 'Stop' }));
  await expect(trainButton).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  // Presses made while the first download is still under way wait for it rather than start their own.
  const requests: string[] = [];
  page.on('request', (r) => {
    if (/digits-v1\.bin$/.test(r.url())) requests.push(r.url());
  });
  release();

  await clickTwice(trainButton);
  await untilTraining(page);
  await clickTwice(widget.getByRole('button', { name: 'Stop' }));
  await expect(widget.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(widget.getByRole('status').filter({ hasText: 'Stopped.' })).toBeVisible();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await expect(widget.getByRole('button', { name: 'Stop' })).toBeVisible();
  await widget.getByRole('button', { name: 'Stop' }).click();
  await expect(widget.getByRole('button', { name: 'Continue' })).toBeVisible();
  expect(requests, 'presses after the first join its download').toEqual([]);
  noProblems(problems);
});

test('playground: Play pressed twice quickly leaves it paused and consistent; Play and Pause carry on', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openPlayground(page);
  const pg = playground(page);
  const play = pg.locator('button.play');
  await clickTwice(play);
  await expect(play).toHaveText('Play');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('playground')).toHaveAttribute('data-training-busy', 'false');
  const epoch = await pg.getByTestId('epoch').textContent();
  await page.waitForTimeout(300);
  await expect(pg.getByTestId('epoch')).toHaveText(epoch!);

  await play.click();
  await expect
    .poll(async () => Number(await pg.getByTestId('epoch').textContent()), { timeout: 30_000 })
    .toBeGreaterThan(Number(epoch));
  await clickTwice(play); // Pause, then Play again at once
  await expect(play).toHaveText('Pause');
  await play.click();
  await expect(play).toHaveText('Play');
  await expect(page.getByTestId('playground')).toHaveAttribute('data-training-busy', 'false');
  const paused = await pg.getByTestId('epoch').textContent();
  await page.waitForTimeout(300);
  await expect(pg.getByTestId('epoch')).toHaveText(paused!);
  noProblems(problems);
});

test('batch race: Train pressed twice quickly, then Pause twice, leaves a consistent race that can resume', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/lessons/stochastic-batch-mini-batch/');
  const widget = page.getByRole('region', {
    name: 'Stochastic, mini-batch and batch, side by side',
  });
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has(#race-eta-number)')).not.toHaveAttribute('ssr', '');
  await widget.getByRole('textbox', { name: 'epochs' }).fill('100');
  const main = widget.locator('.actions button').first();
  // Train, Train (now Pause), and once more: it trains; then Pause twice from the next frame.
  await main.evaluate(async (button: HTMLButtonElement) => {
    button.click();
    button.click();
    button.click();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (button.textContent?.trim() === 'Pause') {
      button.click();
      button.click();
    }
  });
  // Whatever the last press was, the label says what the race is doing.
  const bar = widget.getByRole('progressbar', { name: /^Stochastic/ });
  const label = (await main.textContent())!.trim();
  if (label === 'Pause') {
    await main.click();
  }
  await expect(main).toHaveText(/^(Resume|Train again)$/);
  const value = await bar.getAttribute('value');
  await page.waitForTimeout(300);
  expect(await bar.getAttribute('value')).toBe(value);
  if ((await main.textContent())!.trim() === 'Resume') {
    await main.click();
    await expect(main).toHaveText('Train again', { timeout: 30_000 });
  }
  noProblems(problems);
});

test('training-loop stepper: Play pressed twice quickly stays paused; Play then Pause twice is consistent', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/lessons/how-a-network-learns/');
  const widget = page.getByRole('region', { name: 'Training loop stepper' });
  await widget.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has([aria-label="Training loop stepper"])'),
  ).not.toHaveAttribute('ssr', '');
  const play = widget.getByRole('button', { name: /^(Play|Pause)$/ });
  await clickTwice(play);
  await expect(play).toHaveText('Play');
  await play.click();
  await expect(play).toHaveText('Pause');
  await clickTwice(play);
  await expect(play).toHaveText('Pause');
  await play.click();
  await expect(play).toHaveText('Play');
  const status = await widget.locator('p.status').textContent();
  await page.waitForTimeout(500);
  await expect(widget.locator('p.status')).toHaveText(status!);
  await play.click();
  await expect(play).toHaveText('Pause');
  noProblems(problems);
});
