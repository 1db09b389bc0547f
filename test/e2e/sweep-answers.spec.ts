import { test, expect, type Locator, type Page } from '@playwright/test';
import { neuron } from '../../engine/index.ts';
import { checkNumber } from '../../src/lib/check-number';
import { watchPage } from './page-watch';

// What a reader may type as a numeric answer, in the real page, for both kinds of question that
// take one: a "check yourself" question (CheckNumber) and an exercise. Each text gets a message in
// the feedback the field points to, nothing throws, and the field keeps exactly what was typed.

/** The neuron lesson's values, built as the lesson builds them with the engine. */
const outputAnswer = neuron({ weights: [2, -1], bias: -0.5, activation: 'sigmoid' }).forward([
  1, 1,
]).a;
const biasAnswer = -neuron({ weights: [0.8, -0.3], bias: 0, activation: 'linear' }).forward([1, 2])
  .z;

const TYPED = [
  '',
  'half',
  'Infinity',
  '0x10',
  '1e6',
  '1e400',
  '-0',
  '  0.5  ',
  '0,5',
  '1,000.5',
  '1,000',
];

/** What the page must say for `text`: the verdict's own words, framed as each question frames them. */
function expected(text: string, answer: number, tolerance: number, kind: 'check' | 'exercise') {
  const v = checkNumber(text, answer, tolerance);
  if (v.kind === 'invalid') return v.message;
  if (kind === 'check')
    return v.kind === 'right'
      ? 'Right. The engine gets the same.'
      : `Not quite: ${v.message} Try again, or open the worked solution.`;
  return v.kind === 'right' ? 'Right: the engine gets the same.' : `Not yet: ${v.message}`;
}

/** The form holding the answer field `id`, once its island has hydrated. */
async function question(page: Page, id: string): Promise<Locator> {
  const field = page.locator(`#${id}-answer`);
  await field.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has(#${id}-answer)`)).not.toHaveAttribute('ssr', '');
  return page.locator(`form:has(#${id}-answer)`);
}

for (const q of [
  { id: 'neuron-output', kind: 'check', answer: outputAnswer, tolerance: 0.005 },
  { id: 'neuron-ex-half', kind: 'exercise', answer: biasAnswer, tolerance: 0.001 },
] as const) {
  test(`${q.id}: empty, words, Infinity, hex, 1e6, -0, spaces and commas each get a message and keep the text`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto('/lessons/the-neuron/');
    const form = await question(page, q.id);
    const field = form.getByRole('textbox', { name: 'Your answer' });
    const feedback = page.locator(`#${q.id}-feedback`);
    await expect(field).toHaveAttribute('aria-describedby', `${q.id}-feedback`);
    for (const text of TYPED) {
      await field.fill(text);
      await form.getByRole('button', { name: 'Check' }).click();
      const said = expected(text, q.answer, q.tolerance, q.kind);
      await expect(feedback, `typed ${JSON.stringify(text)}`).toHaveText(said);
      const invalid = checkNumber(text, q.answer, q.tolerance).kind === 'invalid';
      await expect(field).toHaveAttribute('aria-invalid', String(invalid));
      await expect(field, `typed ${JSON.stringify(text)} is kept`).toHaveValue(text);
    }
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}
