import { test, expect, type Page } from '@playwright/test';
import { formatNumber, gates, mlp, neuron, perceptronStep, toText } from '../../engine/index.ts';
import { rightCount, stepNeuron } from '../../src/lib/gate-learning';

// The same computations the two lessons make with the engine for their questions.
const andSum = neuron({ weights: [1, 1], bias: -1.5, activation: 'step' }).forward([1, 0]);
const update = perceptronStep(stepNeuron(0.5, 0.5, 0), [0, 0], 0, 0.5);
const handNet = mlp([2, 2, 1], { activation: 'step', output: 'step' });
handNet.setWeights({
  weights: [
    [
      [1, 1],
      [-1, -1],
    ],
    [[1, 1]],
  ],
  biases: [[-0.5, 1.5], [-1.5]],
});
const handOut = handNet.forward([1, 1]);

async function question(page: Page, id: string) {
  const form = page.locator(`form[aria-labelledby="${id}-question"]`);
  await form.scrollIntoViewIfNeeded();
  await expect(
    page.locator(`astro-island:has(form[aria-labelledby="${id}-question"])`),
  ).not.toHaveAttribute('ssr', '');
  return form;
}

async function expectAnswer(
  page: Page,
  id: string,
  answer: number,
  steps: Parameters<typeof toText>[0][],
) {
  const form = await question(page, id);
  const field = form.getByRole('textbox', { name: 'Your answer' });
  await field.fill(String(answer + 1));
  await field.press('Enter');
  await expect(form.getByText('is too high.')).toBeVisible();
  await field.fill(formatNumber(answer));
  await field.press('Enter');
  await expect(form.getByText('Right.')).toBeVisible();
  await form.getByRole('button', { name: 'Show the worked solution' }).click();
  await expect(
    form.getByRole('list', { name: 'Worked solution' }).locator('.nn-sr-only'),
  ).toHaveText(steps.map((s) => toText(s, { symbolic: true })));
}

test("lesson 4: the weighted-sum and perceptron-update questions take the engine's answers", async ({
  page,
}) => {
  await page.goto('/lessons/logic-gates/');
  await expectAnswer(page, 'gates-and-sum', andSum.z, andSum.steps);
  await expectAnswer(page, 'gates-update', update.neuron.bias, update.steps);
});

test('lesson 4: the NAND question marks right exactly the neuron the engine finds to be NAND', async ({
  page,
}) => {
  await page.goto('/lessons/logic-gates/');
  const form = await question(page, 'gates-nand');
  const options = [
    ['w1 = −1, w2 = −1, b = 1.5', [-1, -1, 1.5]],
    ['w1 = 1, w2 = 1, b = 1.5', [1, 1, 1.5]],
    ['w1 = −1, w2 = −1, b = 0.5', [-1, -1, 0.5]],
  ] as const;
  for (const [name, [w1, w2, b]] of options) {
    await form.getByRole('radio', { name }).check();
    await form.getByRole('button', { name: 'Check' }).click();
    const isNand = rightCount(stepNeuron(w1, w2, b), gates.NAND) === 4;
    await expect(form.locator('.nn-verdict')).toContainText(isNand ? 'Right.' : 'Not quite.');
  }
});

test("lesson 5: the hand-built network question takes the engine's output sum, with all six steps", async ({
  page,
}) => {
  await page.goto('/lessons/the-xor-problem/');
  expect(handOut.steps).toHaveLength(6);
  await expectAnswer(page, 'xor-hidden-sum', handOut.z[1][0], handOut.steps);
  const form = await question(page, 'xor-why');
  await form.getByRole('radio', { name: /higher dimension/ }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.locator('.nn-verdict')).toContainText('Not quite.');
});
