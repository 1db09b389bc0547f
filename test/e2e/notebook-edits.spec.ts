import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cellOf, expectCount, runButton, scratchCell, typeCode } from './notebook-helpers';

/**
 * Two tabs of one browser on the same page, with the context's clock standing still: typing leaves
 * a tab's save waiting (as a pause shorter than the save delay does); `hide` saves a tab at once,
 * as leaving or closing it does.
 */
async function twoStillTabs(context: BrowserContext, path: string) {
  const a = await context.newPage();
  const b = await context.newPage();
  await context.clock.install();
  await a.goto(path);
  await b.goto(path);
  await context.clock.pauseAt(Date.now() + 60_000);
  const hide = (page: Page) =>
    page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  return { a, b, hide };
}

const EDIT =
  "const edited = neuron({ weights: [1, 1], bias: -1.5, activation: 'step' });\nedited.forward([1, 1]).a";

/** Makes every write to local storage fail as a full storage does. Call before `page.goto`. */
const fillStorage = (page: Page) =>
  page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });

test.describe('edits are never lost', () => {
  test("an edit survives a reload, is marked modified, and Reset brings back the lesson's version", async ({
    page,
  }) => {
    await page.goto('/lessons/the-neuron/');
    const cell = cellOf(page, 1);
    await typeCode(page, cell, EDIT);
    await expect(cell.getByText('modified', { exact: true })).toBeVisible();
    await page.keyboard.press('Shift+Enter');
    await expect(cell.locator('.nb-value')).toHaveText('1');
    await page.waitForTimeout(600); // saving waits for a pause in typing

    await page.reload();
    await expect(cell.locator('.nb-plain')).toHaveText(EDIT);
    await expect(cell.getByText('modified', { exact: true })).toBeVisible();
    await expect(page.locator('.nb-bar-notice:visible')).toHaveCount(0);
    // Saved code is not run by itself: the output is still the build's.
    await expectCount(cell, 1);

    await cell.getByRole('button', { name: 'Reset' }).click();
    await expect(cell.locator('.expressive-code')).toBeVisible();
    await expect(cell.locator('.nb-plain')).toBeHidden();
    await expect(cell.getByText('modified', { exact: true })).toBeHidden();
    await page.reload();
    await expect(cell.locator('.expressive-code')).toBeVisible();
    await expect(cell.getByRole('button', { name: 'Reset' })).toBeHidden();
  });

  test("an edit saved while its cell was lesson 9's follows the cell to lesson 15", async ({
    page,
  }) => {
    const now = 'neural-notebook:checking-gradients-and-autograd:cell:2';
    const before = 'neural-notebook:forward-and-backpropagation:cell:2';
    await page.goto('/lessons/checking-gradients-and-autograd/');
    const cell = cellOf(page, 2);
    await typeCode(page, cell, EDIT);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), now)).not.toBeNull();
    // Stored as it was before the cell moved: under lesson 9's name.
    await page.evaluate(
      ([from, to]) => {
        localStorage.setItem(to, localStorage.getItem(from)!);
        localStorage.removeItem(from);
      },
      [now, before],
    );

    await page.reload();
    await expect(cell.locator('.nb-plain')).toHaveText(EDIT);
    await expect(cell.getByText('modified', { exact: true })).toBeVisible();
    const cellKeys = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.includes(':cell:')),
    );
    expect(cellKeys).toEqual([now]);
  });

  test('an edit made before the lesson changed is kept, and the page says so', async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem(
        'neural-notebook:the-neuron:cell:1',
        JSON.stringify({ code: '40 + 2', lesson: 'an older version' }),
      ),
    );
    await page.goto('/lessons/the-neuron/');
    const cell = cellOf(page, 1);
    await expect(cell.locator('.nb-plain')).toHaveText('40 + 2');
    await expect(cell.locator('.nb-notice')).toContainText(
      "The lesson's version of this cell has changed since you edited it",
    );
  });

  test('a full storage keeps edits in memory with a visible notice, and nothing breaks', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await fillStorage(page);
    await page.goto('/lessons/the-neuron/');
    await expect(page.locator('.nb-bar-notice').first()).toHaveText(
      /storage is full or blocked here/,
    );
    const cell = cellOf(page, 1);
    await typeCode(page, cell, '2 ** 10');
    await runButton(cell).click();
    await expect(cell.locator('.nb-value')).toHaveText('1024');
    await expect(cell.getByText('modified', { exact: true })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('storage that fills up mid-session switches to memory and says so', async ({ page }) => {
    await page.goto('/lessons/the-neuron/');
    await expect(page.locator('.nb-bar-notice:visible')).toHaveCount(0);
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const cell = cellOf(page, 1);
    await typeCode(page, cell, '1 + 1');
    await expect(page.locator('.nb-bar-notice').first()).toHaveText(
      /storage is full or blocked here/,
    );
  });

  test('after a page was closed while a cell ran, the next load says so and runs nothing', async ({
    page,
  }) => {
    await page.goto('/lessons/the-neuron/');
    const cell = cellOf(page, 1);
    await typeCode(page, cell, 'while (true) {}');
    await page.keyboard.press('Shift+Enter');
    await expect(cell.getByRole('button', { name: 'Stop' })).toBeVisible();
    // The running cell's worker is reported to the test a moment after it starts: wait for it, so
    // that every worker counted below was started by the reloaded page.
    await expect.poll(() => page.workers().length).toBeGreaterThan(0);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.reload();
    await expect(page.locator('.nb-bar-notice').last()).toHaveText(
      /Cell 1 was still running when this page was last closed\. Nothing has been run now/,
    );
    await expect(cell.locator('.nb-plain')).toHaveText('while (true) {}');
    await page.waitForTimeout(500);
    expect(workers).toEqual([]);
    // Told once: the next load is quiet.
    await page.reload();
    await expect(page.locator('.nb-bar-notice:visible')).toHaveCount(0);
  });

  test('Reset all my edits puts every cell back, after a confirmation', async ({ page }) => {
    await page.goto('/lessons/the-xor-problem/');
    await typeCode(page, cellOf(page, 1), '1');
    await typeCode(page, cellOf(page, 3), '3');
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Reset all my edits' }).click();
    await expect(cellOf(page, 1).getByText('modified', { exact: true })).toBeVisible();
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Reset all my edits' }).click();
    for (const n of [1, 2, 3])
      await expect(cellOf(page, n).getByText('modified', { exact: true })).toBeHidden();
    await page.reload();
    await expect(page.locator('.nb-cell .expressive-code:visible')).toHaveCount(3);
  });

  test("Download the code and Download as notebook give the reader's current code", async ({
    page,
  }) => {
    await page.goto('/lessons/the-xor-problem/');
    await typeCode(page, cellOf(page, 3), 'plotBoundary(net, gates.XOR, 0.5);');
    const [text] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the code' }).click(),
    ]);
    expect(text.suggestedFilename()).toBe('the-xor-problem-cells.ts');
    const cells = readFileSync((await text.path())!, 'utf8');
    expect(cells).toContain('// ---- Cell 3 (edited) ----\nplotBoundary(net, gates.XOR, 0.5);');
    expect(cells).toContain('// ---- Cell 1 ----\nconst single = trainPerceptron(gates.XOR');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as notebook' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('the-xor-problem.ipynb');
    const notebook = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(notebook).toMatchObject({
      nbformat: 4,
      metadata: { language_info: { name: 'typescript' } },
    });
    const code = notebook.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
    // The engine's import cell, then the lesson's three cells.
    expect(code).toHaveLength(4);
    expect(code[0].source.join('')).toMatch(/^import \{$/m);
    expect(code[3].source.join('')).toBe('plotBoundary(net, gates.XOR, 0.5);');
    const prose = notebook.cells
      .filter((c: { cell_type: string }) => c.cell_type === 'markdown')
      .map((c: { source: string[] }) => c.source.join(''));
    expect(prose.join('\n')).toContain('## A gate one neuron cannot compute');
    expect(prose.join('\n')).not.toMatch(/^import /m);
  });
});

test.describe('the scratch notebook', () => {
  test('adds, moves and deletes cells, and keeps them across a reload', async ({ page }) => {
    await page.goto('/notebook/');
    await expect(page.locator('.nb-cell')).toHaveCount(2);
    const added = await scratchCell(page, "const greeting = 'hello';");
    await added.getByRole('button', { name: 'Move up' }).click();
    await expect(cellOf(page, 2).locator('.cm-content')).toHaveText("const greeting = 'hello';");
    await page.getByRole('button', { name: 'Run all' }).click();
    await expectCount(cellOf(page, 3), 3);
    await expect(cellOf(page, 3).locator('table tbody tr')).toHaveCount(4);
    await cellOf(page, 1).getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator('.nb-cell')).toHaveCount(2);
    await page.waitForTimeout(600);
    await page.reload();
    await expect(page.locator('.nb-cell')).toHaveCount(2);
    await expect(cellOf(page, 1).locator('.nb-plain')).toHaveText("const greeting = 'hello';");
    await expect(cellOf(page, 2).locator('.nb-plain')).toContainText('table(gates.XOR.inputs');
  });

  test('a #cell= link adds a cell without running it; a broken link changes nothing and says so', async ({
    page,
  }) => {
    await page.goto(`/notebook/#cell=${encodeURIComponent('const fromLink = 41;\nfromLink + 1')}`);
    const added = cellOf(page, 3);
    await expect(added.locator('.nb-plain')).toHaveText('const fromLink = 41;\nfromLink + 1');
    await expectCount(added, ' ');
    await expect(page.locator('.nb-bar-notice').last()).toContainText('It has not been run');
    expect(page.url()).not.toContain('#cell=');
    await runButton(added).click();
    await expect(added.locator('.nb-value')).toHaveText('42');

    await page.goto('about:blank'); // a new document, not a same-page jump to another #hash
    await page.goto('/notebook/#cell=%E0%A4%A');
    await expect(page.locator('.nb-bar-notice').last()).toContainText('could not be read');
    await expect(page.locator('.nb-cell')).toHaveCount(3);
  });
});

test('two tabs on the scratch notebook: edits, added cells and both sides of a conflict are kept', async ({
  context,
}) => {
  // A tab saves only when it hides or merges.
  const { a, b, hide } = await twoStillTabs(context, '/notebook/');
  /** The code each cell shows, in order (one-line code, so the editor's lines read the same). */
  const shown = (page: Page) =>
    page
      .locator('.nb-cell')
      .evaluateAll((cells) =>
        cells.map(
          (cell) =>
            (cell.querySelector('.nb-editor:not([hidden]) .cm-content') ??
              cell.querySelector('.nb-plain'))!.textContent,
        ),
      );
  await hide(a); // the starter cells, saved once, are now the same cells in both tabs
  await expect.poll(() => shown(b)).toEqual(await shown(a));
  const starters = await shown(a);

  await typeCode(a, cellOf(a, 1), 'const a = 1;');
  await typeCode(b, cellOf(b, 2), 'const b = 2;');
  await hide(b);
  await expect.poll(() => shown(a)).toEqual(['const a = 1;', 'const b = 2;']);
  await expect.poll(() => shown(b)).toEqual(['const a = 1;', 'const b = 2;']);
  await expect(a.locator('.nb-bar-notice').last()).toContainText('changed in another tab');

  // The same cell changed in both: A keeps its version and gains B's as a new cell after it.
  await typeCode(a, cellOf(a, 2), "const b = 'A';");
  await typeCode(b, cellOf(b, 2), "const b = 'B';");
  await hide(b);
  const both = ['const a = 1;', "const b = 'A';", "const b = 'B';"];
  await expect.poll(() => shown(a)).toEqual(both);
  await expect(cellOf(a, 3).locator('.nb-notice')).toContainText('other tab’s version');
  await expect.poll(() => shown(b)).toEqual(both);
  expect(starters).toHaveLength(2);
});

test('the editor and the kernel load only when a reader uses a cell', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/lessons/the-xor-problem/');
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  expect(workers).toEqual([]);
  expect(scripts.filter((url) => /editor/.test(url))).toEqual([]);
  await cellOf(page, 1).locator('pre').first().click();
  await expect(cellOf(page, 1).locator('.cm-editor')).toBeVisible();
  expect(scripts.slice(before).some((url) => /editor/.test(url))).toBe(true);
  expect(workers).toEqual([]);
  await page.keyboard.press('Shift+Enter');
  await expectCount(cellOf(page, 1), 1);
  expect(workers).toHaveLength(1);
});

test.describe('two tabs editing the same lesson cell', () => {
  const MINE = 'const mine = 1;\nmine';
  const THEIRS = 'const theirs = 2;\ntheirs';
  const notice = (cell: ReturnType<typeof cellOf>) => cell.locator('.nb-notice');

  test('a tab with no edit of its own shows the other tab’s edit, says so, and can go back', async ({
    context,
  }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('/lessons/the-neuron/');
    await b.goto('/lessons/the-neuron/');
    await typeCode(a, cellOf(a, 1), THEIRS);
    const inB = cellOf(b, 1);
    await expect(inB.locator('.nb-plain')).toHaveText(THEIRS);
    await expect(inB.getByText('modified', { exact: true })).toBeVisible();
    await expect(notice(inB)).toContainText('This cell was changed in another tab');
    // The other tab's Reset reaches this one too.
    await cellOf(a, 1).getByRole('button', { name: 'Reset' }).click();
    await expect(inB.locator('.expressive-code')).toBeVisible();
    await expect(inB.getByText('modified', { exact: true })).toBeHidden();
    await inB.getByRole('button', { name: 'Back to mine' }).click();
    await expect(inB.locator('.nb-plain')).toHaveText(THEIRS);
    await expect(cellOf(a, 1).locator('.cm-content')).toHaveText(THEIRS.replace('\n', ''));
  });

  test('edits in both tabs: nothing is lost, the reader chooses Keep mine or Use theirs', async ({
    context,
  }) => {
    const { a, b, hide } = await twoStillTabs(context, '/lessons/the-neuron/');
    const saveB = () => hide(b);
    const stored = () =>
      b.evaluate(() => JSON.parse(localStorage.getItem('neural-notebook:the-neuron:cell:1')!).code);
    const inA = cellOf(a, 1);
    const inB = cellOf(b, 1);
    await typeCode(a, inA, MINE);
    await typeCode(b, inB, THEIRS);
    await saveB();
    await expect(notice(inA)).toContainText('changed in another tab while you edited it here');
    await expect(inA.locator('.cm-content')).toHaveText(MINE.replace('\n', ''));
    // Until A's reader chooses, A's edit does not overwrite B's, even after the save delay.
    await context.clock.runFor(2000);
    expect(await stored()).toBe(THEIRS);
    await expect(inB.locator('.cm-content')).toHaveText(THEIRS.replace('\n', ''));
    await expect(notice(inB)).toBeHidden();

    await inA.getByRole('button', { name: 'Keep mine' }).click();
    await expect(notice(inA)).toBeHidden();
    expect(await stored()).toBe(MINE);
    // B had no unsaved edit: it shows A's code, and offers its own back.
    await expect(inB.locator('.cm-content')).toHaveText(MINE.replace('\n', ''));
    await inB.getByRole('button', { name: 'Back to mine' }).click();
    await expect(inB.locator('.cm-content')).toHaveText(THEIRS.replace('\n', ''));
    await expect(inA.locator('.cm-content')).toHaveText(THEIRS.replace('\n', ''));
    await expect(notice(inA)).toContainText('This cell was changed in another tab');

    // A conflict again, settled with Use theirs.
    const THIRD = 'const third = 3;\nthird';
    await typeCode(a, inA, MINE);
    await typeCode(b, inB, THIRD);
    await saveB();
    await expect(notice(inA)).toContainText('while you edited it here');
    await inA.getByRole('button', { name: 'Use theirs' }).click();
    await expect(inA.locator('.cm-content')).toHaveText(THIRD.replace('\n', ''));
    await expect(notice(inA)).toBeHidden();
    await context.clock.runFor(2000);
    expect(await stored()).toBe(THIRD);
  });
});
