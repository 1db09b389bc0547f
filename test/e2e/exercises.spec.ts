import { test, expect, type Page, type Locator } from '@playwright/test';
import { activationSteps } from '../../src/widgets/activation-explorer/activation-steps';
import { gates, neuron } from '../../engine/index.ts';
import { rightCount, stepNeuron } from '../../src/lib/gate-learning';
import { writtenLessons, lessonId } from '../../src/course/outline';

/** The exercise with this id, once its island has hydrated. */
async function openExercise(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  const box = page.locator(`[data-exercise="${id}"]`);
  await box.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has([data-exercise="${id}"])`)).not.toHaveAttribute(
    'ssr',
    '',
  );
  return box;
}

const verdict = (box: Locator) => box.locator('.feedback .nn-verdict');

test('every lesson has at least two exercises, each with a check button', async ({ page }) => {
  for (const lesson of writtenLessons) {
    await page.goto(`/${lessonId(lesson)}/`);
    const boxes = page.locator('[data-exercise]');
    expect(await boxes.count(), lesson.slug).toBeGreaterThanOrEqual(2);
    for (const box of await boxes.all())
      await expect(box.getByRole('button', { name: 'Check' })).toBeVisible();
  }
});

test('a gate exercise rejects a wrong neuron, accepts NAND, and remembers it across a reload', async ({
  page,
}) => {
  const box = await openExercise(page, '/lessons/logic-gates/', 'gates-ex-nand');
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(verdict(box)).toHaveClass(/wrong/);
  await expect(verdict(box)).toContainText('rows match NAND');
  // The AND neuron: the engine says how many NAND rows it gets right (none: AND is NAND flipped).
  const andRight = rightCount(stepNeuron(1, 1, -1.5), gates.NAND);
  await box.getByRole('textbox', { name: 'weight w1' }).fill('1');
  await box.getByRole('textbox', { name: 'weight w2' }).fill('1');
  await box.getByRole('textbox', { name: 'bias b' }).fill('-1.5');
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(verdict(box)).toHaveText(
    `Not yet: ${andRight} of 4 rows match NAND; the red rows are wrong.`,
  );
  await box.getByRole('textbox', { name: 'weight w1' }).fill('-1');
  await box.getByRole('textbox', { name: 'weight w2' }).fill('-1');
  await box.getByRole('textbox', { name: 'bias b' }).fill('1.5');
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(verdict(box)).toHaveText('Right: all 4 rows match NAND.');
  await expect(box.locator('[data-solved]')).toContainText('Solved');

  const again = await openExercise(page, '/lessons/logic-gates/', 'gates-ex-nand');
  await expect(again.locator('[data-solved]')).toHaveText('✓ Solved (remembered in this browser)');
  // Another exercise is not marked.
  await expect(page.locator('[data-exercise="gates-ex-nor"] [data-solved]')).toHaveCount(0);
});

test('hints are revealed one at a time, and the solution only on request', async ({ page }) => {
  const box = await openExercise(page, '/lessons/logic-gates/', 'gates-ex-nand');
  const hints = box.getByRole('list', { name: 'Hints' }).getByRole('listitem');
  await expect(hints).toHaveCount(0);
  await box.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
  await expect(hints).toHaveCount(1);
  await expect(hints.first()).toContainText('Hint 1.');
  await expect(hints.first()).toBeFocused();
  await box.getByRole('button', { name: 'Show the next hint (2 of 3)' }).click();
  await expect(hints).toHaveCount(2);
  await box.getByRole('button', { name: 'Show the next hint (3 of 3)' }).click();
  await expect(hints).toHaveCount(3);
  await expect(box.getByRole('button', { name: /Show (a|the next) hint/ })).toHaveCount(0);

  const solution = box.locator('#gates-ex-nand-solution');
  await expect(solution).toBeHidden();
  await box.getByRole('button', { name: 'Show the solution' }).click();
  await expect(solution).toBeVisible();
  await expect(solution).toContainText('1.5');
});

test("a number exercise refuses text, rejects a wrong value and accepts the engine's", async ({
  page,
}) => {
  const box = await openExercise(page, '/lessons/the-neuron/', 'neuron-ex-half');
  const answer = -neuron({ weights: [0.8, -0.3], bias: 0, activation: 'linear' }).forward([1, 2]).z;
  const field = box.getByRole('textbox', { name: 'Your answer' });
  await field.fill('half');
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill(String(-answer));
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(verdict(box)).toHaveClass(/wrong/);
  await field.fill(String(answer));
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(verdict(box)).toHaveText('Right: the engine gets the same.');
  // The worked solution is the engine's steps: the sigmoid of z = 0 is 0.5.
  await box.getByRole('button', { name: 'Show the solution' }).click();
  await expect(box.locator('#neuron-ex-half-solution')).toContainText('0.5');
});

test('a slope read off the activation explorer is checked against the engine', async ({ page }) => {
  const box = await openExercise(page, '/lessons/activation-functions/', 'act-ex-tanh-slope');
  const slope = activationSteps('tanh', 1)[1].result;
  await box.getByRole('textbox', { name: 'Your answer' }).fill(slope.toFixed(3));
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(verdict(box)).toHaveClass(/right/);
});

test("a code exercise runs the reader's function in a worker and compares it with the engine", async ({
  page,
}) => {
  const box = await openExercise(page, '/lessons/gradient-descent/', 'descent-ex-rule');
  const code = box.getByRole('textbox', { name: /Your code/ });
  const check = box.getByRole('button', { name: 'Check' });
  // The starting code returns w unchanged: wrong, with the first failing case.
  await check.click();
  await expect(verdict(box)).toContainText('Not yet (0 of 4 cases passed). For w = -1, η = 0.1');
  // The sign flipped: uphill.
  await code.fill('(w, eta, grad) => w + eta * grad');
  await check.click();
  await expect(verdict(box)).toContainText('the engine gives');
  // A syntax error is reported, not thrown.
  await code.fill('function update(w, eta, grad) { return w - ; }\nupdate');
  await check.click();
  await expect(verdict(box)).toContainText('SyntaxError');
  // Code that never ends is stopped, and the page stays usable.
  await code.fill('function update() { for (;;) {} }\nupdate');
  await check.click();
  await expect(verdict(box)).toContainText('Stopped after 3 s', { timeout: 8000 });
  // TypeScript is fine too.
  await code.fill(
    'function update(w: number, eta: number, grad: number): number {\n  return w - eta * grad;\n}\nupdate',
  );
  await check.click();
  await expect(verdict(box)).toHaveText(
    'Right: your function agrees with the engine on all 4 test cases.',
  );
});

test("every code exercise's own solution passes its check", async ({ page }) => {
  for (const lesson of writtenLessons) {
    await page.goto(`/${lessonId(lesson)}/`);
    for (const box of await page.locator('[data-exercise]:has(textarea)').all()) {
      const id = await box.getAttribute('data-exercise');
      await box.scrollIntoViewIfNeeded();
      await expect(page.locator(`astro-island:has([data-exercise="${id}"])`)).not.toHaveAttribute(
        'ssr',
        '',
      );
      await box.getByRole('button', { name: 'Show the solution' }).click();
      const solution = (await box.locator(`#${id}-solution pre`).first().innerText()).trim();
      await box.getByRole('textbox', { name: /Your code/ }).fill(solution);
      await box.getByRole('button', { name: 'Check' }).click();
      await expect(verdict(box), `${lesson.slug} ${id}`).toHaveText(
        /^Right: your function agrees with the engine/,
      );
    }
  }
});

test('with storage blocked, exercises still check and say that progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const box = await openExercise(page, '/lessons/stochastic-batch-mini-batch/', 'batch-ex-count');
  await expect(box.getByRole('note')).toContainText('will be forgotten');
  await box.getByRole('textbox', { name: /Your code/ }).fill('(n, B) => Math.ceil(n / B)');
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(verdict(box)).toHaveClass(/right/);
  await expect(box.locator('[data-solved]')).toHaveText('✓ Solved');
});
