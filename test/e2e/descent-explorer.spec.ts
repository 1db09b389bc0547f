import { test, expect, type Page, type Locator } from '@playwright/test';
import { formatNumber, toText } from '../../engine/index.ts';
import {
  descentSetups,
  descentStep,
  lossFunction,
  startDescent,
  type DescentRecord,
  type DescentSetup,
} from '../../src/lib/descent';
import { watchPage } from './page-watch';

/** The engine's records for `steps` updates from (w, b), as the widget makes them. */
function engineRun(
  setup: DescentSetup,
  w: number,
  b: number,
  eta: number,
  steps: number,
): DescentRecord[] {
  const out: DescentRecord[] = [];
  for (let k = 1; k <= steps; k++) {
    const r = descentStep(startDescent(setup, w, b, eta), k)!;
    out.push(r);
    ({ wNext: w, bNext: b } = r);
  }
  return out;
}

const curve = (page: Page) => page.getByRole('region', { name: 'Gradient descent on one weight' });
const contour = (page: Page) =>
  page.getByRole('region', { name: 'Gradient descent on two parameters' });
const table = (widget: Locator) =>
  widget.getByRole('region', { name: 'Every step so far, newest first' });

async function open(page: Page, widget: (page: Page) => Locator, id: string) {
  await page.goto('/lessons/gradient-descent/');
  await widget(page).scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has(#${id}-eta-number)`)).not.toHaveAttribute('ssr', '');
  // Reaching for the widget loads Plot; the build-time chart then gives way to the live one.
  await widget(page).hover();
  await expect(widget(page).locator('.plot').first()).toBeHidden();
}

/** The table's rows, newest first, and the last step's lines must be the engine's. */
async function expectRecords(widget: Locator, records: DescentRecord[], withBias: boolean) {
  const rows = [...records].reverse().map((r) => {
    const cells = withBias
      ? [r.w, r.b, r.loss!, r.dw, r.db, r.wNext, r.bNext]
      : [r.w, r.loss!, r.dw, r.wNext];
    return [String(r.k), ...cells.map(formatNumber)].join(' ');
  });
  await expect(table(widget).locator('tbody tr')).toHaveText(
    rows.map((r) => new RegExp(`^\\s*${r.replace(/ /g, '\\s*').replace(/\./g, '\\.')}\\s*$`)),
  );
  const last = records[records.length - 1];
  await expect(
    widget
      .getByRole('list', { name: 'The last step, computed by the engine' })
      .locator('.nn-sr-only'),
  ).toHaveText(last.steps.map((s) => toText(s, { symbolic: true })));
}

test("the curve explorer starts at w = -1 with the engine's loss, and Step by keyboard makes the engine's updates", async ({
  page,
}) => {
  await open(page, curve, 'curve');
  const widget = curve(page);
  const L = lossFunction(descentSetups.curve)(-1, 0)!;
  await expect(widget.getByText(`Ready at w = -1, where L = ${formatNumber(L)}.`)).toBeVisible();
  await expect(table(widget)).toContainText('No steps yet.');
  const step = widget.getByRole('button', { name: 'Step' });
  await step.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  const records = engineRun(descentSetups.curve, -1, 0, 0.1, 3);
  await expectRecords(widget, records, false);
  await expect(
    widget.getByText(
      `Descending: after 3 steps the ball is at w = ${formatNumber(records[2].wNext)}`,
    ),
  ).toBeVisible();
  await expect(widget.locator('figcaption')).toContainText(
    `The ball is at w = ${formatNumber(records[2].wNext)}`,
  );
});

test('the Oscillates preset makes w jump across the minimum, and the status says so', async ({
  page,
}) => {
  await open(page, curve, 'curve');
  const widget = curve(page);
  await widget.getByRole('button', { name: /Oscillates/ }).click();
  await expect(widget.getByRole('textbox', { name: 'learning rate eta' })).toHaveValue('0.85');
  for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: 'Step' }).click();
  await expectRecords(widget, engineRun(descentSetups.curve, -1, 0, 0.85, 3), false);
  await expect(widget.getByText(/^Oscillating:/)).toBeVisible();
});

test('at the edge rate η = 1 the ball bounces between two points, and the status says the loss stays', async ({
  page,
}) => {
  await open(page, curve, 'curve');
  const widget = curve(page);
  await widget.getByRole('textbox', { name: 'learning rate eta' }).fill('1');
  for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: 'Step' }).click();
  await expectRecords(widget, engineRun(descentSetups.curve, -1, 0, 1, 3), false);
  await expect(widget.getByText(/^Bouncing:/)).toBeVisible();
});

test('the Diverges preset runs away, stops with a clear message, and never shows NaN', async ({
  page,
}) => {
  await open(page, curve, 'curve');
  const widget = curve(page);
  await widget.getByRole('button', { name: /Diverges/ }).click();
  await widget.getByRole('button', { name: 'Run' }).click();
  await expect(widget.getByText(/^Diverging: the loss rose for \d+ steps running/)).toBeVisible({
    timeout: 20_000,
  });
  await expect(widget.getByRole('button', { name: 'Run' })).toBeVisible({ timeout: 20_000 });
  const n = await table(widget).locator('tbody tr').count();
  await expectRecords(widget, engineRun(descentSetups.curve, -1, 0, 1.05, n), false);
  // From w = -1 at this rate every step raised the loss, so the count is every step taken.
  await expect(widget.locator('.status')).toContainText(
    `Diverging: the loss rose for ${n} steps running, to `,
  );
  await expect(widget).not.toContainText('NaN');
  await expect(widget.locator('.plot:not([hidden]) svg')).not.toContainText('NaN');
});

test('clicking the curve places the start there; typing a bad learning rate is refused', async ({
  page,
}) => {
  await open(page, curve, 'curve');
  const widget = curve(page);
  await widget.getByRole('button', { name: 'Step' }).click();
  const svg = widget.locator('.plot:not([hidden]) svg');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.5);
  const w0 = Number(await widget.getByRole('textbox', { name: 'starting weight w0' }).inputValue());
  expect(w0).toBeGreaterThan(3);
  await expect(table(widget)).toContainText('No steps yet.');
  await widget.getByRole('button', { name: 'Step' }).click();
  await expectRecords(widget, engineRun(descentSetups.curve, w0, 0, 0.1, 1), false);

  const eta = widget.getByRole('textbox', { name: 'learning rate eta' });
  await eta.fill('-1');
  await expect(widget.getByRole('alert')).toHaveText(
    'learning rate eta must be between 0.01 and 1.2; -1 is outside.',
  );
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(eta).toHaveValue('0.1');
  await expect(widget.getByRole('textbox', { name: 'starting weight w0' })).toHaveValue('-1');
});

test("the contour explorer moves w and b together by the engine's gradients, from a start set by keyboard or click", async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page, contour, 'contour');
  const widget = contour(page);
  await widget.getByRole('textbox', { name: 'starting bias b0' }).fill('-5');
  await widget.getByRole('textbox', { name: 'starting weight w0' }).fill('8');
  for (let i = 0; i < 2; i++) await widget.getByRole('button', { name: 'Step' }).click();
  await expectRecords(widget, engineRun(descentSetups.contour, 8, -5, 2, 2), true);

  const map = widget.locator('.plot:not([hidden]) svg');
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
  const w0 = Number(await widget.getByRole('textbox', { name: 'starting weight w0' }).inputValue());
  const b0 = Number(await widget.getByRole('textbox', { name: 'starting bias b0' }).inputValue());
  expect(w0).toBeLessThan(0);
  expect(b0).toBeGreaterThan(0);
  await widget.getByRole('button', { name: 'Step' }).click();
  await expectRecords(widget, engineRun(descentSetups.contour, w0, b0, 2, 1), true);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test("the lesson's numeric question accepts the engine's step and shows the engine's worked steps", async ({
  page,
}) => {
  const first = descentStep(startDescent(descentSetups.curve, 2, 0, 0.2), 1)!;
  await page.goto('/lessons/gradient-descent/');
  const form = page.getByRole('form', { name: /where is w after one step/ });
  await form.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has(form[aria-labelledby="descent-step-question"])'),
  ).not.toHaveAttribute('ssr', '');
  await expect(form).toContainText(`= ${formatNumber(first.dw)}`);
  const answer = form.getByRole('textbox', { name: 'Your answer' });
  await answer.fill(first.w.toFixed(3));
  await answer.press('Enter');
  await expect(form.getByText('Not quite:')).toBeVisible();
  await answer.fill(first.wNext.toFixed(3));
  await answer.press('Enter');
  await expect(form.getByText('Right.')).toBeVisible();
  await form.getByRole('button', { name: 'Show the worked solution' }).click();
  await expect(
    form.getByRole('list', { name: 'Worked solution' }).locator('.nn-sr-only'),
  ).toHaveText(first.steps.map((s) => toText(s, { symbolic: true })));
});

test('a run ends at the 2,000 steps its link can replay: Step and Run turn off and the status says why', async ({
  page,
}) => {
  const { eta } = descentSetups.curve.start;
  await page.goto(`/lessons/gradient-descent/?curve.steps=${eta}x2000`);
  const widget = curve(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.status')).toContainText(
    '2,000 steps is the most one run takes (its link replays no more): press Reset to start again.',
  );
  await expect(widget.getByRole('button', { name: 'Step', exact: true })).toBeDisabled();
  await expect(widget.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  await expect(widget.locator('[data-link-notice]')).toHaveCount(0);
  await widget.getByRole('button', { name: 'Reset' }).first().click();
  await expect(widget.getByRole('button', { name: 'Step', exact: true })).toBeEnabled();
});
