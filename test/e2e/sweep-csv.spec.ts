import { test, expect, type Locator, type Page } from '@playwright/test';
import { defaultConfig } from '../../src/lib/playground/config-model';
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from '../../src/lib/playground/csv';
import { splitPoints } from '../../src/lib/playground/data';
import { PlaygroundRun } from '../../src/lib/playground/run';
import { lossText, openPlayground, playground } from './playground-helpers';
import { watchPage } from './page-watch';

// Every kind of points file a reader can hand the playground's "Load CSV…" button, in the real
// page: a refused file says why in the status line and leaves the reader's own points exactly as
// they were; an accepted one (one class, exactly 1,000 points) trains to the engine's finite loss.

/** `n` rows inside the plotted square, labelled by `label`. */
const rows = (n: number, label: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => ({
    x1: Number(((i % 10) / 5 - 1).toFixed(2)),
    x2: Number((i / n - 0.5).toFixed(4)),
    y: label(i),
  }));
const csvOf = (points: { x1: number; x2: number; y: number }[]) =>
  `x1,x2,label\n${points.map((p) => `${p.x1},${p.x2},${p.y}`).join('\n')}\n`;

const REFUSED: [name: string, text: string, message: string][] = [
  ['empty.csv', '', 'The file has 0 points; at least 2 are needed.'],
  [
    'huge.csv',
    '0,0,1\n'.repeat(Math.ceil((MAX_CSV_BYTES + 1) / 6)),
    `The file is 1.0 MB; a points file is at most 1 MB (${MAX_CSV_ROWS} points).`,
  ],
  ['words.csv', 'x1,x2,label\n0,0,1\nleft,up,1\n', 'Line 3: x1 “left” is not a number.'],
  ['short-row.csv', '0,0,1\n0.5,1\n', 'Line 2: expected 3 values “x1,x2,label”, got 2: “0.5,1”.'],
  ['label-5.csv', '0,0,1\n0.5,0.5,5\n', 'Line 2: label “5” must be 0, 1 or 2.'],
  ['label-half.csv', '0,0,0.5\n0.5,0.5,1\n', 'Line 1: label “0.5” must be 0, 1 or 2.'],
  ['nan.csv', '0,0,1\nNaN,0,0\n', 'Line 2: x1 “NaN” is not a number.'],
  ['infinity.csv', '0,Infinity,1\n1,1,0\n', 'Line 1: x2 “Infinity” is not a number.'],
  ['one-point.csv', 'x1,x2,label\n0.5,0.5,1\n', 'The file has 1 point; at least 2 are needed.'],
];

/** The points the page would save right now, as its Save CSV button writes them. */
async function savedPoints(page: Page, pg: Locator): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    pg.getByRole('button', { name: 'Save CSV' }).click(),
  ]);
  return Buffer.concat(await (await download.createReadStream()).toArray()).toString();
}

test('Load CSV: each bad file is refused with its reason and the points on the canvas stay', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openPlayground(page);
  const pg = playground(page);
  // A point of the reader's own first: it is what a refused file must not lose.
  await pg.getByRole('application', { name: /Point editor/ }).click({ position: { x: 5, y: 5 } });
  await expect(pg.getByText('501 points (100 for testing)')).toBeVisible();
  const before = await savedPoints(page, pg);
  const load = pg.getByLabel('Load points from a CSV file (x1,x2,label)');

  for (const [name, text, message] of REFUSED) {
    await load.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect(pg.getByRole('status').filter({ hasText: `${name} was not loaded.` })).toHaveText(
      `${name} was not loaded. ${message}`,
    );
    await expect(pg.getByText('501 points (100 for testing)')).toBeVisible();
  }
  expect(await savedPoints(page, pg), 'the points after nine refused files').toBe(before);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
});

for (const [name, points, said] of [
  [
    'one-class.csv',
    rows(40, () => 1),
    'Loaded 40 points from one-class.csv. All 40 are class 1, so there is nothing to tell apart: the network can only learn to answer 1.',
  ],
  ['thousand.csv', rows(1000, (i) => i % 2), 'Loaded 1000 points from thousand.csv.'],
] as const) {
  test(`Load CSV: ${name} loads, says so, and trains to the engine's finite loss`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const problems = watchPage(page, new URL(baseURL!).origin);
    await openPlayground(page);
    const pg = playground(page);
    await pg
      .getByLabel('Load points from a CSV file (x1,x2,label)')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csvOf(points)) });
    await expect(pg.getByRole('status').filter({ hasText: `from ${name}` })).toHaveText(said);
    const split = splitPoints(points, defaultConfig.testPercent, defaultConfig.dataSeed);
    await expect(
      pg.getByText(`${split.length} points (${split.filter((p) => p.test).length} for testing)`),
    ).toBeVisible();

    await pg.getByRole('button', { name: 'Step one epoch' }).click();
    await expect(pg.getByTestId('epoch')).toHaveText('1');
    const run = new PlaygroundRun(
      { ...defaultConfig, dataset: 'own', batchSize: Math.min(defaultConfig.batchSize, 10) },
      split,
    );
    run.stepEpoch();
    expect(Number.isFinite(run.evaluate(run.trainSet)!.loss)).toBe(true);
    await expect(pg.getByTestId('train-loss')).toContainText(lossText(run));
    await expect(pg.getByRole('alert')).toHaveCount(0);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}
