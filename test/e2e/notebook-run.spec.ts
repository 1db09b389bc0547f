import { test, expect } from '@playwright/test';
import { neuron } from '../../engine/index.ts';
import { numberText } from '../../src/notebook/display';
import { seriousViolations } from './axe';
import { cellOf, expectCount, runButton, scratchCell, typeCode } from './notebook-helpers';

const expectedA = numberText(
  neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' }).forward([1, 0]).a,
);

test.describe('running cells', () => {
  test("runs a lesson cell by button, Shift+Enter and Ctrl+Enter, counting [n], with the engine's numbers", async ({
    page,
  }) => {
    await page.goto('/lessons/the-neuron/');
    const cell = cellOf(page, 1);
    await expectCount(cell, 1); // saved at build time
    await cell.locator('.nb-output').evaluate((node) => node.replaceChildren());
    await runButton(cell).click();
    await expectCount(cell, 1);
    await expect(cell.locator('.nb-value')).toHaveText(expectedA);
    await expect(cell.locator('.nb-steps li')).toHaveCount(2);

    await cell.locator('pre').first().click();
    await expect(cell.locator('.cm-content')).toBeFocused();
    await page.keyboard.press('Shift+Enter');
    await expectCount(cell, 2);
    await page.keyboard.press('Control+Enter');
    await expectCount(cell, 3);
    await expect(cell.locator('.nb-value')).toHaveText(expectedA);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('cells share state in the order they run, and a re-run re-declares its constants', async ({
    page,
  }) => {
    await page.goto('/lessons/the-xor-problem/');
    const boundary = cellOf(page, 3);
    await runButton(boundary).click();
    await expect(boundary.locator('.nb-error')).toContainText(
      'ReferenceError (line 1, column 14): net is not defined',
    );
    await page.getByRole('button', { name: 'Run all' }).click();
    await expectCount(cellOf(page, 3), 4);
    await expect(boundary.locator('[aria-label="contour"] path').first()).toHaveAttribute('d', /M/);
    const training = cellOf(page, 2);
    await runButton(training).click();
    await expectCount(training, 5);
    await expect(training.locator('.nb-error')).toHaveCount(0);
    await expect(training.locator('table tbody tr')).toHaveCount(4);
  });

  test('a syntax error and a runtime error name the cell line and are marked in the editor', async ({
    page,
  }) => {
    await page.goto('/notebook/');
    const cell = await scratchCell(page, 'const a = 1;\nconst = 2;');
    await page.keyboard.press('Shift+Enter');
    await expect(cell.locator('.nb-error')).toContainText(/SyntaxError \(line 2, column \d+\)/);
    await expect(cell.locator('.cm-lintRange-error')).toHaveCount(1);
    await expect(cell.locator('.cm-lint-marker-error')).toHaveCount(1);

    await typeCode(page, cell, 'const a = 1;\n\nmissing(a);');
    await page.keyboard.press('Shift+Enter');
    await expect(cell.locator('.nb-error')).toHaveText(
      'ReferenceError (line 3, column 1): missing is not defined',
    );
    await expect(cell.locator('.cm-lintRange-error')).toHaveText('missing(a);');

    await typeCode(page, cell, 'neuron({ weights: [1, 2], bias: 0 }).forward([1, 2, 3])');
    await page.keyboard.press('Shift+Enter');
    await expect(cell.locator('.nb-error')).toContainText('neuron.forward');
  });

  test('Stop ends an infinite loop while the page stays responsive, and says the state was lost', async ({
    page,
  }) => {
    await page.goto('/notebook/');
    const first = cellOf(page, 1);
    const loop = await scratchCell(page, 'let i = 0;\nwhile (true) { i++; }');
    await page.keyboard.press('Shift+Enter');
    await expect(loop.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.waitForTimeout(1000); // well into the loop
    // The page keeps drawing frames and taking input while the kernel spins: a page blocked by the
    // loop would never run this frame callback, and the test would time out here.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expect(loop.getByRole('button', { name: 'Stop' })).toBeVisible();
    await first.locator('pre').first().click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\n// typed during the loop');
    await expect(first.locator('.cm-content')).toContainText('typed during the loop');
    // CodeMirror scrolls its cursor into view in the next frame after the edit. On a busy machine
    // that frame can land between the mouse's press and release on Stop below, and a press and a
    // release on different elements make no click: let the scroll happen first.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );

    await loop.getByRole('button', { name: 'Stop' }).click();
    await expect(loop.getByRole('button', { name: 'Stop' })).toBeHidden();
    await expect(loop.locator('.nb-notice')).toContainText(
      'The kernel had to be restarted to stop this cell',
    );
    await typeCode(page, loop, '6 * 7');
    await page.keyboard.press('Shift+Enter');
    await expect(loop.locator('.nb-value')).toHaveText('42');
  });

  test("training streams progress, and Stop ends it after an epoch with the kernel's state kept", async ({
    page,
  }) => {
    await page.goto('/notebook/');
    const cell = await scratchCell(
      page,
      "const net = mlp([2, 16, 16, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });\n" +
        "const run = await train(net, datasets.spiral({ n: 400 }), { loss: 'bce', learningRate: 0.1, epochs: 100000 });\n" +
        'run.stopped',
    );
    await page.keyboard.press('Shift+Enter');
    await expect(cell.locator('.nb-progress')).toBeVisible();
    await expect(cell.locator('.nb-progress [role=status]')).toContainText(
      /Epoch \d+ of 100000 · loss \d/,
    );
    await cell.getByRole('button', { name: 'Stop' }).click();
    await expect(cell.locator('.nb-notice')).toHaveText(
      'Stopped. The kernel kept everything defined so far.',
    );
    await expect(cell.locator('.nb-value')).toHaveText('true');
    await expect(cell.locator('.nb-progress')).toBeHidden();
    const next = await scratchCell(page, 'run.history.length > 0 && net.parameterCount');
    await page.keyboard.press('Shift+Enter');
    await expect(next.locator('.nb-value')).toHaveText(String(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1));
  });

  test('Restart kernel marks outputs stale and forgets names; Clear outputs empties them', async ({
    page,
  }) => {
    await page.goto('/lessons/the-xor-problem/');
    await page.getByRole('button', { name: 'Run all' }).click();
    await expectCount(cellOf(page, 3), 3);
    await page.getByRole('button', { name: 'Restart kernel' }).click();
    for (const n of [1, 2, 3]) {
      await expectCount(cellOf(page, n), ' ');
      await expect(cellOf(page, n).locator('.nb-output')).toHaveClass(/nb-stale/);
    }
    await runButton(cellOf(page, 3)).click();
    await expect(cellOf(page, 3).locator('.nb-error')).toContainText('net is not defined');
    await expectCount(cellOf(page, 3), 1);
    await page.getByRole('button', { name: 'Clear outputs' }).click();
    await expect(page.locator('.nb-output').first()).toBeEmpty();
    await expect(cellOf(page, 3).locator('.nb-output')).toBeEmpty();
  });

  test('the editor is left with Escape then Tab', async ({ page }) => {
    await page.goto('/lessons/the-neuron/');
    const cell = cellOf(page, 1);
    await cell.locator('pre').first().click();
    const editor = cell.locator('.cm-content');
    await expect(editor).toBeFocused();
    await page.keyboard.press('Tab'); // indents: still inside
    await expect(editor).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(editor).not.toBeFocused();
  });
});
