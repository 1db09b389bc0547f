import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { neuron } from '../../engine/index.ts';
import { seriousViolations } from './axe';
import { holdIslands, settled } from './early-input-helpers';

// The neuron lesson's numeric question, worked by the engine as the lesson does.
const answer = neuron({ weights: [2, -1], bias: -0.5, activation: 'sigmoid' })
  .forward([1, 1])
  .a.toFixed(3);

async function hydrated(page: Page, id: string) {
  const form = page.locator(`form[aria-labelledby="${id}-question"]`);
  await form.scrollIntoViewIfNeeded();
  await expect(
    page.locator(`astro-island:has(form[aria-labelledby="${id}-question"])`),
  ).not.toHaveAttribute('ssr', '');
  return form;
}

/** Answers lesson 2's numeric question right and its choice question wrong. */
async function answerLessonTwo(page: Page) {
  // Every test that starts here visits a lesson and one or two more pages: long, not slow pages.
  test.slow();
  await page.goto('/lessons/the-neuron/');
  const number = await hydrated(page, 'neuron-output');
  await number.getByRole('textbox', { name: 'Your answer' }).fill(answer);
  await number.getByRole('button', { name: 'Check' }).click();
  await expect(number.getByText('Right.')).toBeVisible();
  const choice = await hydrated(page, 'neuron-half');
  await choice.getByText('Its bias is 0.').click();
  await choice.getByRole('button', { name: 'Check' }).click();
  await expect(choice.getByText('Not quite.')).toBeVisible();
}

const lessonTwo = (page: Page) => page.locator('[data-progress-lesson="the-neuron"]');

test('answers are kept, listed on the progress page, exported, cleared and imported back', async ({
  page,
}, testInfo) => {
  await answerLessonTwo(page);
  // The lesson's end gives the completion code; a reload restores both answers and verdicts.
  await page.locator('.lesson-completion').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-lesson-summary]')).toContainText(
    '2 of 4 questions and exercises answered, 1 right',
  );
  await expect(page.locator('#lesson-completion-code')).toHaveValue(/^NN1-L2-/);
  await page.reload();
  const number = await hydrated(page, 'neuron-output');
  await expect(number.getByRole('textbox', { name: 'Your answer' })).toHaveValue(answer);
  await expect(number.getByText('Right.')).toBeVisible();
  const choice = await hydrated(page, 'neuron-half');
  await expect(choice.getByRole('radio', { name: 'Its bias is 0.' })).toBeChecked();

  await page.goto('/progress/');
  await expect(lessonTwo(page).locator('[data-summary]')).toHaveText('2 of 4 answered, 1 right');
  await expect(lessonTwo(page).locator('[data-question="neuron-output"]')).toContainText('right');
  await expect(lessonTwo(page).locator('[data-question="neuron-half"]')).toContainText(
    'not right yet',
  );
  await expect(lessonTwo(page).getByRole('link', { name: 'Question 1' })).toHaveAttribute(
    'href',
    '/lessons/the-neuron/#neuron-output-question',
  );
  await expect(page.locator('[data-progress-lesson="logic-gates"] [data-summary]')).toHaveText(
    /^0 of \d+ answered, 0 right$/,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).lessons['the-neuron']['neuron-output'].right).toBe(
    true,
  );

  await page.getByRole('button', { name: 'Clear progress' }).click();
  await page.getByRole('button', { name: 'Yes, clear' }).click();
  await expect(lessonTwo(page).locator('[data-summary]')).toHaveText('0 of 4 answered, 0 right');

  // A foreign file changes nothing and says why.
  const picker = page.getByLabel('Import progress');
  await picker.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"cells": []}'),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'not a Neural Notebook progress file' }),
  ).toBeVisible();
  await expect(lessonTwo(page).locator('[data-summary]')).toHaveText('0 of 4 answered, 0 right');

  await picker.setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 answers' })).toBeVisible();
  await expect(lessonTwo(page).locator('[data-summary]')).toHaveText('2 of 4 answered, 1 right');
  await page.reload();
  await expect(lessonTwo(page).locator('[data-summary]')).toHaveText('2 of 4 answered, 1 right');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a completion code pasted into the instructor page shows who answered what', async ({
  page,
}) => {
  await answerLessonTwo(page);
  await page.goto('/progress/');
  // Typed after hydration, so the code is made with it (input before is replayed a moment later).
  await expect(page.locator('astro-island:has(#progress-name)')).not.toHaveAttribute('ssr', '');
  const codeWithoutName = await page.locator('#code-the-neuron').inputValue();
  await page.getByLabel('Your name on completion codes (optional)').fill('Ada');
  await expect(page.locator('#code-the-neuron')).not.toHaveValue(codeWithoutName);
  const code = await page.locator('#code-the-neuron').inputValue();
  expect(code).toMatch(/^NN1-L2-[0-9A-Z]+-[0-9A-Z]{4}$/);

  await page.goto('/instructor-guide/completion-codes/');
  const typo = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
  await page
    .getByLabel(/Completion codes/)
    .fill(`Name,Code\n"Lovelace, Ada",${code}\nBo,${typo}\nnot a code`);
  await page.getByRole('button', { name: 'Check the codes' }).click();
  const table = page.getByRole('table', { name: 'Lesson 2. The neuron' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Line',
    'Student',
    'Question 1',
    'Question 2',
    'Exercise: Write the weighted sum',
    'Exercise: Find the bias that makes the output one half',
    'Right',
  ]);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '2',
    'right',
    'wrong',
    '—',
    '—',
    '1 of 4',
  ]);
  await expect(table.getByRole('rowheader')).toHaveText('Lovelace, Ada (code says Ada)');
  const bad = page.getByRole('list', { name: 'Lines not read' }).getByRole('listitem');
  await expect(bad).toHaveText([/^Line 3: This code has a typo/, /^Line 4: no completion code/]);
  expect(await seriousViolations(page)).toEqual([]);
});

test('with storage blocked, questions still check and say their answers will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await answerLessonTwo(page);
  const number = page.locator('form[aria-labelledby="neuron-output-question"]');
  await expect(number.getByRole('note')).toContainText('kept only until you leave this page');
  await page.goto('/progress/');
  await expect(page.getByRole('note')).toContainText('storage is full or blocked');
  await expect(lessonTwo(page).locator('[data-summary]')).toHaveText('0 of 4 answered, 0 right');
});

test('the progress page and the checker work with the keyboard alone', async ({ page }) => {
  await answerLessonTwo(page);
  await page.goto('/progress/');
  const name = page.getByLabel('Your name on completion codes (optional)');
  await name.focus();
  await page.keyboard.type('Bo');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Export progress' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Import progress')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The question takes the focus, on Cancel; Cancel gives it back.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Clear progress' })).toBeFocused();
  await expect(lessonTwo(page).locator('[data-summary]')).toHaveText('2 of 4 answered, 1 right');
  const code = await page.locator('#code-the-neuron').inputValue();

  await page.goto('/instructor-guide/completion-codes/');
  await page.getByLabel(/Completion codes/).focus();
  await page.keyboard.insertText(code);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check the codes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('table', { name: 'Lesson 2. The neuron' }).getByRole('rowheader'),
  ).toHaveText('Bo');
});

test("a name in the field when the page's script starts is kept and saved, not replaced by the stored one", async ({
  page,
}) => {
  const { release } = await holdIslands(page, '/progress/');
  await page.goto('/progress/');
  const field = page.getByLabel('Your name on completion codes (optional)');
  // Text that no early-input replay will restore: a reader typing on across hydration leaves the
  // field holding the first letters, and the letters after hydration supersede the queued value.
  await field.evaluate((el) => ((el as HTMLInputElement).value = 'Bo'));
  release();
  await settled(page.locator('astro-island:has(#progress-name)'));
  await expect(field).toHaveValue('Bo');
  await page.reload();
  await expect(page.locator('astro-island:has(#progress-name)')).not.toHaveAttribute('ssr', '');
  await expect(field).toHaveValue('Bo');
});

test("an answer in a question's field when it hydrates wins over the answer stored last time", async ({
  page,
}) => {
  await answerLessonTwo(page);
  const { release } = await holdIslands(page, '/lessons/the-neuron/');
  await page.goto('/lessons/the-neuron/');
  const form = page.locator('form[aria-labelledby="neuron-output-question"]');
  await form.scrollIntoViewIfNeeded();
  const field = form.getByRole('textbox', { name: 'Your answer' });
  // As above: text in the field that no replay restores.
  await field.evaluate((el) => ((el as HTMLInputElement).value = '0.5'));
  release();
  await settled(page.locator('astro-island:has(form[aria-labelledby="neuron-output-question"])'));
  await expect(field).toHaveValue('0.5');
  await expect(form.getByText('Right.')).toHaveCount(0);
});
