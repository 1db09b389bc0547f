import { test, expect } from '@playwright/test';
import { neuron, toText, formatNumber } from '../../engine/index.ts';

// The neuron lesson's numeric question: the same neuron the lesson builds with the engine.
const question = neuron({ weights: [2, -1], bias: -0.5, activation: 'sigmoid' }).forward([1, 1]);

test.beforeEach(async ({ page }) => {
  await page.goto('/lessons/the-neuron/');
});

test("a numeric question accepts the engine's answer, rejects others, and shows the worked steps", async ({
  page,
}) => {
  const form = page.getByRole('form', { name: /sigmoid neuron has weights/ });
  await form.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has(form[aria-labelledby="neuron-output-question"])'),
  ).not.toHaveAttribute('ssr', '');
  const answer = form.getByRole('textbox', { name: 'Your answer' });

  await answer.fill('half');
  await answer.press('Enter');
  await expect(form.getByText('Enter a number, such as 0.25 or -1.5.')).toBeVisible();

  await answer.fill('0.9');
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByText('0.9 is too high.')).toBeVisible();

  await answer.fill(question.a.toFixed(3));
  await answer.press('Enter');
  await expect(form.getByText('Right.')).toBeVisible();

  await form.getByRole('button', { name: 'Show the worked solution' }).click();
  const solution = form.getByRole('list', { name: 'Worked solution' });
  await expect(solution).toBeVisible();
  await expect(solution.locator('.nn-sr-only')).toHaveText(
    question.steps.map((s) => toText(s, { symbolic: true })),
  );
  await expect(solution).toContainText(formatNumber(question.a));
});

test('a multiple-choice question says why each answer is right or wrong, by keyboard too', async ({
  page,
}) => {
  const form = page.getByRole('form', { name: /outputs exactly 0.5/ });
  await form.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has(form[aria-labelledby="neuron-half-question"])'),
  ).not.toHaveAttribute('ssr', '');
  const check = form.getByRole('button', { name: 'Check' });
  await expect(check).toBeDisabled();

  await form.getByRole('radio', { name: 'Its bias is 0.' }).check();
  await check.click();
  await expect(form.getByText('Not quite.')).toBeVisible();

  // Arrow keys move through the options; Enter submits the form.
  await form.getByRole('radio', { name: 'Its bias is 0.' }).press('ArrowDown');
  await expect(form.getByRole('radio', { name: 'Its weighted sum z is exactly 0.' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(form.getByText('Right.')).toBeVisible();
});
