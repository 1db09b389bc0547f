import { test, expect, type Page, type Locator } from '@playwright/test';
import { formatNumber, gates, perceptronStep, toText } from '../../engine/index.ts';
import { learnOne, learnUntilRight, startLearning, stepNeuron } from '../../src/lib/gate-learning';
import { watchPage } from './page-watch';

type GateName = keyof typeof gates;

/** The truth table the engine computes for this neuron and gate, as the widget's rows show it. */
function expectedRows(gate: GateName, w1: number, w2: number, b: number) {
  const n = stepNeuron(w1, w2, b);
  return gates[gate].inputs.map((x, i) => {
    const out = n.forward(x);
    const target = gates[gate].targets[i][0];
    return [
      `(${x[0]}, ${x[1]})`,
      formatNumber(out.z),
      formatNumber(out.a),
      String(target),
      out.a === target ? '✓right' : '✗wrong',
    ];
  });
}

const builder = (page: Page) => page.getByRole('region', { name: 'Gate builder' }).first();

async function expectTable(widget: Locator, gate: GateName, w1: number, w2: number, b: number) {
  const rows = expectedRows(gate, w1, w2, b);
  const body = widget.getByRole('table').locator('tbody tr');
  for (let i = 0; i < 4; i++) await expect(body.nth(i).locator('td')).toHaveText(rows[i]);
  const right = rows.filter((r) => r[4] === '✓right').length;
  await expect(widget.locator('.score')).toContainText(`${right} of 4 rows right`);
}

/** Opens the page's (first) gate builder, hydrated: lesson 4's unless another page is named. */
async function open(page: Page, path = '/lessons/logic-gates/') {
  await page.goto(path);
  await builder(page).scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has([aria-label="Gate builder"])').first(),
  ).not.toHaveAttribute('ssr', '');
}

const field = (widget: Locator, name: string) => widget.getByRole('textbox', { name, exact: true });

test("the builder first shows the engine's truth table for AND with w = (1, 1), b = -0.5", async ({
  page,
}) => {
  await open(page);
  const widget = builder(page);
  await expectTable(widget, 'AND', 1, 1, -0.5);
  await expect(widget.locator('figcaption')).toContainText('Wrong: (0, 1), (1, 0).');
  // The steps are built when the reader presses an input, not at load: no row is open yet.
  const list = widget.getByRole('list', { name: "The neuron's computation for x = (1, 1)" });
  await expect(list).toHaveCount(0);
  await expect(widget.getByRole('table').getByRole('button', { pressed: true })).toHaveCount(0);
  await widget.getByRole('button', { name: 'Show the steps for x = (1, 1)' }).click();
  const steps = stepNeuron(1, 1, -0.5)
    .forward([1, 1])
    .steps.map((s) => toText(s, { symbolic: true }));
  await expect(list.locator('.nn-sr-only')).toHaveText(steps);
});

test('arrow keys on the bias slider move the line until the neuron is an AND gate', async ({
  page,
}) => {
  await open(page);
  const widget = builder(page);
  const slider = widget.getByRole('slider', { name: 'bias b slider' });
  await slider.focus();
  for (let i = 0; i < 10; i++) await slider.press('ArrowLeft');
  await expect(field(widget, 'bias b')).toHaveValue('-1.5');
  await expectTable(widget, 'AND', 1, 1, -1.5);
  await expect(widget.locator('.score')).toContainText('this neuron is an AND gate');
  await expect(widget.locator('figcaption')).toContainText('Wrong: none.');
});

test("choosing a gate and a row by pointer shows that gate's targets and that row's steps", async ({
  page,
}) => {
  await open(page);
  const widget = builder(page);
  await widget.getByRole('radio', { name: 'NOR' }).click();
  await expectTable(widget, 'NOR', 1, 1, -0.5);
  await widget.getByRole('radio', { name: 'NOR' }).press('ArrowLeft');
  await expect(widget.getByRole('radio', { name: 'NAND' })).toBeChecked();
  await field(widget, 'weight w1').fill('-1');
  await field(widget, 'weight w2').fill('-1');
  await field(widget, 'bias b').fill('1.5');
  await expectTable(widget, 'NAND', -1, -1, 1.5);
  await widget.getByRole('button', { name: 'Show the steps for x = (0, 1)' }).click();
  const steps = stepNeuron(-1, -1, 1.5)
    .forward([0, 1])
    .steps.map((s) => toText(s, { symbolic: true }));
  await expect(
    widget
      .getByRole('list', { name: "The neuron's computation for x = (0, 1)" })
      .locator('.nn-sr-only'),
  ).toHaveText(steps);
});

test('"One update" applies the engine\'s perceptron rule and shows its steps and counters', async ({
  page,
}) => {
  await open(page);
  const widget = builder(page);
  for (const name of ['weight w1', 'weight w2', 'bias b']) await field(widget, name).fill('0');
  await widget.getByRole('button', { name: 'One update' }).click();
  const first = perceptronStep(stepNeuron(0, 0, 0), [0, 0], 0, 0.5);
  const list = widget.getByRole('list', { name: 'The last perceptron update, step by step' });
  await expect(list.locator('.nn-sr-only')).toHaveText(
    first.steps.map((s) => toText(s, { symbolic: true })),
  );
  await expect(field(widget, 'bias b')).toHaveValue(String(first.neuron.bias));
  await expect(widget.locator('.counters')).toContainText(
    'next sample x = (0, 1) · mistakes this epoch 1 · updates 1',
  );

  // By keyboard: three more updates finish epoch 1.
  await widget.getByRole('button', { name: 'One update' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  let s = startLearning(stepNeuron(0, 0, 0));
  for (let i = 0; i < 4; i++) s = learnOne(s, gates.AND, 0.5);
  await expect(widget.locator('.counters')).toContainText(
    `Epoch 2 · next sample x = (0, 0) · mistakes this epoch 0 · updates 4`,
  );
  await expect(widget.locator('.history')).toHaveText(
    `Mistakes in each finished epoch: ${s.history.join(', ')}`,
  );
  await expect(field(widget, 'weight w1')).toHaveValue(String(s.neuron.weights[0]));

  await widget.getByRole('button', { name: 'Run until all right' }).click();
  const done = learnUntilRight(s, gates.AND, 0.5, 100).state;
  await expect(widget.getByText(`All four right after ${done.updates} updates`)).toBeVisible();
  await expectTable(
    widget,
    'AND',
    done.neuron.weights[0],
    done.neuron.weights[1],
    done.neuron.bias,
  );
  await expect(widget.locator('.score')).toContainText('4 of 4 rows right');
});

test('a hand edit starts a new run, and typing nonsense is refused with the table unchanged', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page);
  const widget = builder(page);
  await widget.getByRole('button', { name: 'Finish the epoch' }).click();
  await expect(widget.locator('.counters')).toContainText('Epoch 2');
  await field(widget, 'weight w2').fill('0.7');
  await expect(widget.locator('.counters')).toContainText(
    'Epoch 1 · next sample x = (0, 0) · mistakes this epoch 0 · updates 0',
  );
  const w1 = Number(await field(widget, 'weight w1').inputValue());
  const b = Number(await field(widget, 'bias b').inputValue());
  await field(widget, 'weight w2').fill('abc');
  await expect(widget.getByRole('alert')).toHaveText(
    '“abc” is not a number. weight w2 takes a number between -4 and 4.',
  );
  await expectTable(widget, 'AND', w1, 0.7, b);
  // Leaving the field adds "Kept 0.7." below it, which moves the buttons: leave it first.
  await field(widget, 'weight w2').press('Tab');
  await expect(widget.getByRole('alert')).toContainText('Kept 0.7.');
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expectTable(widget, 'AND', 1, 1, -0.5);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('the open row of the truth table goes into the link and comes back; a bad row is refused with a notice', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page);
  let widget = builder(page);
  const stepsOf = (w: Locator, x: string) =>
    w.getByRole('list', { name: `The neuron's computation for x = ${x}` }).locator('.nn-sr-only');
  await field(widget, 'weight w2').fill('-2');
  // By keyboard: Enter on the (1, 0) button opens its steps.
  await widget.getByRole('button', { name: 'Show the steps for x = (1, 0)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/gate\.row=2/);
  const link = page.url();

  await page.goto(link);
  widget = builder(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(
    widget.getByRole('button', { name: 'Show the steps for x = (1, 0)' }),
  ).toHaveAttribute('aria-pressed', 'true');
  const steps = stepNeuron(1, -2, -0.5)
    .forward([1, 0])
    .steps.map((s) => toText(s, { symbolic: true }));
  await expect(stepsOf(widget, '(1, 0)')).toHaveText(steps);
  await expect(field(widget, 'weight w2')).toHaveValue('-2');
  // Picking another row by pointer moves the link with it; Reset closes the steps and goes back
  // to the last row.
  await widget.getByRole('button', { name: 'Show the steps for x = (0, 0)' }).click();
  await expect(page).toHaveURL(/gate\.row=0/);
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(stepsOf(widget, '(0, 0)')).toHaveCount(0);
  await expect(widget.getByRole('table').getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(page).not.toHaveURL(/gate\.row/);

  const lastRow = stepNeuron(1, 1, -0.5)
    .forward([1, 1])
    .steps.map((s) => toText(s, { symbolic: true }));
  for (const bad of ['7', '-1', '1.5', 'NaN', '<b>1</b>']) {
    await page.goto(`/lessons/logic-gates/?gate.row=${encodeURIComponent(bad)}`);
    widget = builder(page);
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.locator('[data-link-notice]')).toContainText(
      `truth-table row whose steps are open: “${bad}” is not a whole number between 0 and 3; kept 3.`,
    );
    // The value is shown as text: "<b>1</b>" in the link makes no bold element anywhere.
    await expect(widget.locator('b').filter({ hasText: /^1$/ })).toHaveCount(0);
    await expect(widget.locator('[data-link-notice] b')).toHaveCount(0);
    // The kept row is the default one, which a link never names: its steps stay closed until asked.
    await expect(widget.getByRole('table').getByRole('button', { pressed: true })).toHaveCount(0);
  }
  await widget.getByRole('button', { name: 'Show the steps for x = (1, 1)' }).click();
  await expect(stepsOf(widget, '(1, 1)')).toHaveText(lastRow);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('a run never grows past what its link can replay: at the limit the larger steps turn off, say why, and the link reopens the run', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  // Lesson 5's builder on XOR, which the rule never settles: each press of Run makes updates.
  await open(page, '/lessons/the-xor-problem/');
  const widget = builder(page);
  // The engine's run from the same start: presses while a whole press still fits in 4,000 updates.
  const MAX = 4000;
  const EPOCHS = 50;
  let state = startLearning(stepNeuron(1, 1, -0.5));
  let presses = 0;
  while (MAX - state.updates >= 4 * EPOCHS) {
    state = learnUntilRight(state, gates.XOR, 0.5, state.epoch - 1 + EPOCHS).state;
    presses++;
  }
  const run = widget.getByRole('button', { name: 'Run until all right' });
  for (let i = 0; i < presses; i++) await run.click();
  await expect(run).toBeDisabled();
  const left = MAX - state.updates;
  const finish = widget.getByRole('button', { name: 'Finish the epoch' });
  const one = widget.getByRole('button', { name: 'One update' });
  await (left >= 4 ? expect(finish).toBeEnabled() : expect(finish).toBeDisabled());
  await (left >= 1 ? expect(one).toBeEnabled() : expect(one).toBeDisabled());
  await expect(widget.locator('.counters')).toContainText(`updates ${state.updates}`);
  await expect(widget.locator('.limit')).toHaveText(
    `This run has made ${state.updates.toLocaleString('en-US')} updates, and a link to it can replay at most 4,000, so ${left >= 1 ? 'only the smaller steps are left' : 'it can go no further'}. Press Reset, or change a weight, to start a new run.`,
  );

  // The address bar holds the run: one rate, every update.
  await expect(page).toHaveURL(new RegExp(`xor-gate\\.learned=0\\.5x${state.updates}(&|$)`));
  await open(page, page.url());
  const again = builder(page);
  await expect(again.locator('.counters')).toContainText(`updates ${state.updates}`);
  await expect(again.locator('[data-link-notice]')).toHaveCount(0);
  await expect(again.getByRole('button', { name: 'Run until all right' })).toBeDisabled();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('a perceptron run that takes a weight past the sliders stretches its slider, and the link reopens the run', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page, '/lessons/logic-gates/?gate.gate=OR&gate.w1=4&gate.w2=-4&gate.b=-4&gate.eta=1');
  const widget = builder(page);
  const { state } = learnUntilRight(startLearning(stepNeuron(4, -4, -4)), gates.OR, 1, 50);
  const [w1, w2] = state.neuron.weights;
  expect(w1, 'the engine takes w1 past 4').toBeGreaterThan(4);
  await widget.getByRole('button', { name: 'Run until all right' }).click();
  await expect(field(widget, 'weight w1')).toHaveValue(String(w1));
  const slider = widget.getByRole('slider', { name: 'weight w1 slider' });
  await expect(slider).toHaveAttribute('max', String(Math.ceil(w1)));
  await expect(slider).toHaveValue(String(w1));
  await expectTable(widget, 'OR', w1, w2, state.neuron.bias);
  await expect(widget.locator('.counters')).toContainText(`updates ${state.updates}`);
  await expect(page).toHaveURL(new RegExp(`gate\\.w1=${w1}(&|$)`));
  const link = page.url();

  // The stretched range stays while the reader brings the weight back by hand, until Reset.
  await slider.focus();
  for (let i = 0; i < 20; i++) await slider.press('ArrowLeft');
  await expect(slider).toHaveValue(String(Math.round((w1 - 2) * 10) / 10));
  await expect(slider).toHaveAttribute('max', String(Math.ceil(w1)));
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(slider).toHaveAttribute('max', '4');
  await expect(slider).toHaveValue('1');

  await open(page, link);
  const again = builder(page);
  await expect(again.locator('[data-link-notice]')).toHaveCount(0);
  await expect(field(again, 'weight w1')).toHaveValue(String(w1));
  await expect(again.getByRole('slider', { name: 'weight w1 slider' })).toHaveValue(String(w1));
  await expect(again.locator('.counters')).toContainText(`updates ${state.updates}`);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});
