import { test, expect, type Page, type Locator } from '@playwright/test';
import { neuron, toText, formatNumber, type ActivationName } from '../../engine/index.ts';
import { watchPage } from './page-watch';

/** What the engine says the explorer must show for these settings. */
function expected(x: number[], w: number[], b: number, activation: ActivationName) {
  const out = neuron({ weights: w, bias: b, activation }).forward(x);
  return { ...out, lines: out.steps.map((step) => toText(step, { symbolic: true })) };
}

const explorer = (page: Page) => page.getByRole('region', { name: 'Neuron explorer' });
const stepLines = (widget: Locator) =>
  widget
    .getByRole('list', { name: "The neuron's computation, step by step" })
    .locator('.nn-sr-only');

async function expectShows(widget: Locator, e: ReturnType<typeof expected>) {
  await expect(stepLines(widget)).toHaveText(e.lines);
  await expect(widget.getByRole('img')).toHaveAttribute(
    'aria-label',
    new RegExp(`output a = .*= ${formatNumber(e.a).replace('.', '\\.')}\\.$`),
  );
  await expect(widget.locator('figcaption')).toContainText(`a = ${formatNumber(e.a)}`);
}

/** Opens the lesson and waits until the explorer's island has hydrated (Astro drops `ssr`). */
async function openExplorer(page: Page) {
  await page.goto('/lessons/the-neuron/');
  await explorer(page).scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has([aria-label="Neuron explorer"])'),
  ).not.toHaveAttribute('ssr', '');
}

test("the explorer first shows the engine's numbers for x = (1, 0), w = (0.5, -0.3), b = 0.1, sigmoid", async ({
  page,
}) => {
  await openExplorer(page);
  const widget = explorer(page);
  const e = expected([1, 0], [0.5, -0.3], 0.1, 'sigmoid');
  expect(e.lines).toEqual([
    'z = w1*x1 + w2*x2 + b = (0.5)(1) + (-0.3)(0) + 0.1 = 0.6',
    'a = sigmoid(z) = sigmoid(0.6) = 0.6457',
  ]);
  await expectShows(widget, e);
  // Typeset at build time, before any script ran.
  await expect(widget.locator('.math math')).toHaveCount(2);
});

test('arrow keys on the w1 slider change w1 and every number that depends on it', async ({
  page,
}) => {
  await openExplorer(page);
  const widget = explorer(page);
  const slider = widget.getByRole('slider', { name: 'weight w1 slider' });
  await slider.focus();
  for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
  await expect(widget.getByRole('textbox', { name: 'weight w1', exact: true })).toHaveValue('0.8');
  await expectShows(widget, expected([1, 0], [0.8, -0.3], 0.1, 'sigmoid'));
  // Temml was loaded on first focus, so the changed steps are typeset, not plain text.
  await expect(widget.locator('.math math')).toHaveCount(2);
  // Plot was loaded too, and the live chart marks z = 0.9, a = sigmoid(0.9).
  await expect(widget.locator('.plot:not([hidden]) svg')).toContainText('(0.9, 0.7109)');
});

test("dragging the bias slider with the pointer moves z and a to the engine's values", async ({
  page,
}) => {
  await openExplorer(page);
  const widget = explorer(page);
  const slider = widget.getByRole('slider', { name: 'bias b slider' });
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  const b = Number(await slider.inputValue());
  expect(b).toBeGreaterThan(1.5);
  await expect(widget.getByRole('textbox', { name: 'bias b' })).toHaveValue(String(b));
  await expectShows(widget, expected([1, 0], [0.5, -0.3], b, 'sigmoid'));
});

test('typing an exact value works; typing nonsense is refused with a message and loses nothing', async ({
  page,
}) => {
  await openExplorer(page);
  const widget = explorer(page);
  const field = widget.getByRole('textbox', { name: 'input x2' });
  await field.fill('1.5');
  await expectShows(widget, expected([1, 1.5], [0.5, -0.3], 0.1, 'sigmoid'));

  await field.fill('abc');
  await expect(widget.getByRole('alert')).toHaveText(
    '“abc” is not a number. input x2 takes a number between -2 and 2.',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectShows(widget, expected([1, 1.5], [0.5, -0.3], 0.1, 'sigmoid'));

  await field.fill('7');
  await expect(widget.getByRole('alert')).toHaveText(
    'input x2 must be between -2 and 2; 7 is outside.',
  );
  await field.press('Tab');
  await expect(widget.getByRole('alert')).toHaveText(
    'input x2 must be between -2 and 2; 7 is outside. Kept 1.5.',
  );
  await expect(field).toHaveValue('1.5');
  // Visiting the field again without typing says it once, not once per visit.
  await field.focus();
  await field.press('Tab');
  await expect(widget.getByRole('alert')).toHaveText(
    'input x2 must be between -2 and 2; 7 is outside. Kept 1.5.',
  );
});

test('choosing an activation by keyboard and by pointer switches the second step', async ({
  page,
}) => {
  await openExplorer(page);
  const widget = explorer(page);
  await widget.getByRole('radio', { name: 'Step' }).click();
  await expectShows(widget, expected([1, 0], [0.5, -0.3], 0.1, 'step'));
  await widget.getByRole('radio', { name: 'Step' }).press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'Sigmoid' })).toBeChecked();
  await widget.getByRole('radio', { name: 'Sigmoid' }).press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'Tanh' })).toBeChecked();
  await expectShows(widget, expected([1, 0], [0.5, -0.3], 0.1, 'tanh'));
  await widget.getByRole('radio', { name: 'ReLU' }).click();
  await widget.getByRole('textbox', { name: 'bias b' }).fill('-2');
  const e = expected([1, 0], [0.5, -0.3], -2, 'relu');
  expect(e.a).toBe(0);
  await expectShows(widget, e);
});

test("Reset puts every control back to the lesson's starting values", async ({ page }) => {
  await openExplorer(page);
  const widget = explorer(page);
  await widget.getByRole('textbox', { name: 'weight w2' }).fill('2');
  await widget.getByRole('radio', { name: 'Tanh' }).click();
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.getByRole('textbox', { name: 'weight w2' })).toHaveValue('-0.3');
  await expect(widget.getByRole('radio', { name: 'Sigmoid' })).toBeChecked();
  await expectShows(widget, expected([1, 0], [0.5, -0.3], 0.1, 'sigmoid'));
});

test('the explorer makes no console errors and no off-site requests while used', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openExplorer(page);
  const widget = explorer(page);
  await widget.getByRole('slider', { name: 'weight w2 slider' }).focus();
  await page.keyboard.press('End');
  await expectShows(widget, expected([1, 0], [0.5, 3], 0.1, 'sigmoid'));
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('a shared link restores the exact state it describes', async ({ page }) => {
  await page.goto(
    '/lessons/the-neuron/?neuron.w1=-1.5&neuron.x2=1&neuron.activation=relu&neuron.b=2',
  );
  const widget = explorer(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole('textbox', { name: 'weight w1' })).toHaveValue('-1.5');
  await expect(widget.getByRole('radio', { name: 'ReLU' })).toBeChecked();
  await expectShows(widget, expected([1, 1], [-1.5, -0.3], 2, 'relu'));
  await expect(widget.locator('.math math')).toHaveCount(2);
});

test('a hostile or malformed link loads the defaults with a notice, and runs nothing', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  await page.goto(
    `/lessons/the-neuron/?neuron.w1=${hostile}&neuron.activation=evil&neuron.b=1e999&neuron.x1=0.7`,
  );
  const widget = explorer(page);
  await widget.scrollIntoViewIfNeeded();
  const notice = widget.getByRole('status').filter({ hasText: 'cannot use' });
  await expect(notice).toContainText(
    'weight w1: “<img src=x onerror=alert(1)>” is not a number between -3 and 3; kept 0.5.',
  );
  await expect(notice).toContainText(
    'activation: “evil” is not one of step, sigmoid, tanh, relu; kept sigmoid.',
  );
  await expect(notice).toContainText('bias b: “1e999” is not a number');
  // The one good value was applied; the rest kept their defaults.
  await expectShows(widget, expected([0.7, 0], [0.5, -0.3], 0.1, 'sigmoid'));
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(problems.consoleErrors).toEqual([]);
});

test('the address bar follows the controls, and "Copy link to this state" copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page);
  const widget = explorer(page);
  await widget.getByRole('textbox', { name: 'weight w2' }).fill('1.5');
  await widget.getByRole('radio', { name: 'Tanh' }).check();
  await expect(page).toHaveURL(/neuron\.w2=1\.5/);
  await expect(page).toHaveURL(/neuron\.activation=tanh/);
  await widget.getByRole('button', { name: 'Copy link to this state' }).click();
  await expect(widget.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  // Reset drops the parameters again: the defaults need none.
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(page).not.toHaveURL(/neuron\./);
});
