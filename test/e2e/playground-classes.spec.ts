import { test, expect } from '@playwright/test';
import { formatNumber, toText } from '../../engine/index.ts';
import { explainSelection } from '../../src/lib/playground/math';
import { weightsFromJson } from '../../src/lib/playground/weights-file';
import { watchPage } from './page-watch';
import { engineRun, openPlayground, playground } from './playground-helpers';

/**
 * Three classes (softmax and cross-entropy) and editing any point by keyboard. Every expected
 * number is computed here with the engine, through the same run class the page uses.
 */

const pct = (v: number | null | undefined) => `${Math.round((v ?? 0) * 100)}%`;

test('a three-class run: the engine numbers, the summary per class, softmax math, export and the URL', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openPlayground(page);
  const pg = playground(page);
  await pg.getByRole('radio', { name: 'Three blobs' }).check();
  await expect(page).toHaveURL(/pg\.dataset=blobs3/);
  await expect(page).toHaveURL(/pg\.loss=crossEntropy/);
  await expect(pg.getByRole('combobox', { name: 'Loss' })).toHaveValue('crossEntropy');
  await expect(pg.getByRole('button', { name: /^Neuron \d of output/ })).toHaveCount(3);
  for (let i = 0; i < 3; i++) await pg.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(pg.getByTestId('epoch')).toHaveText('3');
  const run = engineRun({ dataset: 'blobs3', loss: 'crossEntropy' }, 3);
  const { train, test: held } = run.metrics();
  await expect(pg.getByTestId('train-loss')).toContainText(
    `${formatNumber(train!.loss)}, accuracy ${pct(train!.accuracy)}`,
  );
  await expect(pg.getByTestId('test-loss')).toContainText(
    `${formatNumber(held!.loss)}, accuracy ${pct(held!.accuracy)}`,
  );
  const summary = pg.getByTestId('output-summary');
  await expect(summary).toContainText(
    `Accuracy: training ${pct(train!.accuracy)}, test ${pct(held!.accuracy)}.`,
  );
  for (const k of [0, 1, 2]) await expect(summary).toContainText(`Class ${k} (`);

  // The math of output neuron 2: its softmax step and the softmax gradient, from the engine.
  await pg.getByRole('button', { name: 'Neuron 2 of output' }).click();
  const math = pg.getByRole('region', { name: /The math of/ });
  const expected = explainSelection(
    run.net,
    { type: 'neuron', layer: 3, j: 2 },
    run.trainSet.inputs[0],
    run.trainSet.targets[0],
    'crossEntropy',
  );
  expect(expected.forward.some((s) => s.kind === 'softmax')).toBe(true);
  await expect(
    math
      .getByRole('list', { name: 'Forward computation of the selected neuron' })
      .locator('.nn-sr-only'),
  ).toHaveText(expected.forward.map((s) => toText(s, { symbolic: true })));
  await expect(math.getByTestId('math-value')).toHaveText(formatNumber(expected.value));
  await expect(math.getByTestId('math-gradient')).toContainText(
    formatNumber(expected.gradient.value),
  );

  // Weights out and back in: the same softmax network; the code cell trains a softmax.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    pg.getByRole('button', { name: 'Download weights (JSON)' }).click(),
  ]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
  const loaded = weightsFromJson(text);
  expect(loaded.ok && loaded.net.sizes).toEqual([2, 8, 8, 3]);
  if (loaded.ok)
    for (const x of run.trainSet.inputs.slice(0, 10))
      loaded.net.predict(x).forEach((p, j) => expect(p).toBeCloseTo(run.net.predict(x)[j], 12));
  await pg.getByRole('button', { name: 'Show this run as code' }).click();
  const code = decodeURIComponent(
    (await pg.getByRole('link', { name: 'Open it in the notebook' }).getAttribute('href'))!.split(
      '#cell=',
    )[1],
  );
  expect(code).toContain('datasets.blobs3({ n: 500, noise: 0.1, seed: 1 })');
  expect(code).toContain("output: 'softmax'");
  expect(code).toContain("loss: 'crossEntropy'");
  const trained = await pg.getByTestId('train-loss').textContent();
  await pg.getByRole('button', { name: 'Reset' }).click();
  await pg
    .getByLabel('Import weights from a JSON file')
    .setInputFiles({ name: 'w3.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(pg.getByText('Loaded the 2-8-8-3 network from w3.json.')).toBeVisible();
  await expect(pg.getByTestId('train-loss')).toHaveText(trained!);

  // The URL alone brings the three-class run back.
  await openPlayground(page, new URL(page.url()).search);
  await expect(pg.getByRole('radio', { name: 'Three blobs' })).toBeChecked();
  await expect(pg.getByRole('button', { name: /^Neuron \d of output/ })).toHaveCount(3);
  await pg.getByRole('checkbox', { name: 'Discretize output' }).check();
  expect(problems.consoleErrors).toEqual([]);
});

test('own points of class 2 by keyboard make a three-class run; CSV labels 0/1/2; any point removed by keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPlayground(page);
  const pg = playground(page);
  await pg.getByRole('button', { name: 'Edit these points' }).click();
  await expect(pg.getByText('500 points (100 for testing)')).toBeVisible();
  await expect(pg.getByTestId('link-points')).toContainText(
    'not your points: 500 points are too many for a link (at most 400 fit)',
  );
  // Class 2 chosen and a point added by the form: the run becomes three-class.
  await pg.getByRole('radio', { name: '2 (purple)' }).check();
  await pg.getByLabel('New point x1').fill('1.2');
  await pg.getByLabel('New point x2').fill('-1.2');
  await pg.getByRole('button', { name: 'Add point' }).click();
  await expect(pg.getByText('501 points (100 for testing)')).toBeVisible();
  await expect(pg.getByRole('button', { name: /^Neuron \d of output/ })).toHaveCount(3);
  await expect(pg.getByRole('combobox', { name: 'Loss' })).toHaveValue('crossEntropy');

  // The plot's keyboard cursor: move it onto a point far from the last one and delete it.
  const editor = pg.getByRole('application', { name: /Point editor/ });
  await editor.focus();
  const status = pg.getByTestId('cursor-status');
  await expect(status).toContainText('Cursor at (0, 0).');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect(status).toContainText('Cursor at (1, -1).');
  await expect(status).toContainText('Nearest point: class 2 at (1.2, -1.2)');
  await page.keyboard.press('Delete');
  await expect(pg.getByText('500 points (100 for testing)')).toBeVisible();
  await expect(status).toContainText('Removed the point of class 2 at (1.2, -1.2)');
  // No class 2 left: back to two classes and one output.
  await expect(pg.getByRole('button', { name: /^Neuron \d of output/ })).toHaveCount(1);
  await expect(pg.getByRole('combobox', { name: 'Loss' })).toHaveValue('bce');
  // Enter adds a point of the chosen class at the cursor.
  await page.keyboard.press('Enter');
  await expect(pg.getByText('501 points (100 for testing)')).toBeVisible();
  await expect(status).toContainText('Added a class 2 point at (1, -1).');

  const load = pg.getByLabel('Load points from a CSV file (x1,x2,label)');
  await load.setInputFiles({
    name: 'bad3.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('x1,x2,label\n0,0,2\n0.5,0.5,1\n0.1,0.1,3\n'),
  });
  await expect(pg.getByRole('status').filter({ hasText: 'bad3.csv was not loaded' })).toContainText(
    'Line 4: label “3” must be 0, 1 or 2.',
  );
  await expect(pg.getByText('501 points (100 for testing)')).toBeVisible();
  const rows = Array.from(
    { length: 12 },
    (_, i) => `${(i / 12).toFixed(2)},${(-i / 12).toFixed(2)},${i % 3}`,
  );
  await load.setInputFiles({
    name: 'three.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`x1,x2,label\n${rows.join('\n')}\n`),
  });
  await expect(pg.getByText('12 points (2 for testing)')).toBeVisible();
  await expect(pg.getByRole('button', { name: /^Neuron \d of output/ })).toHaveCount(3);
  await pg.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(pg.getByTestId('epoch')).toHaveText('1');
  await expect(pg.getByTestId('train-loss')).not.toContainText('NaN');
  const trained = await pg.getByTestId('train-loss').textContent();

  // The 12 points travel in the link: opening it gives the same points and the same training.
  await expect(pg.getByTestId('link-points')).toContainText('The link includes your 12 points');
  await expect(page).toHaveURL(/pg\.own=[0-9a-z]{60}(&|$)/);
  await openPlayground(page, new URL(page.url()).search);
  await expect(pg.getByText('12 points (2 for testing)')).toBeVisible();
  await expect(pg.getByRole('button', { name: /^Neuron \d of output/ })).toHaveCount(3);
  await pg.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(pg.getByTestId('train-loss')).toHaveText(trained!);
  // A damaged list of points is refused with a notice; the generated data stand in.
  await openPlayground(page, '?pg.own=zz<script>');
  await expect(pg.getByRole('alert').first()).toContainText(
    'own points: the points in this link are not valid',
  );
  await expect(pg.getByRole('radio', { name: 'Circle' })).toBeChecked();
});
