import { test, expect } from '@playwright/test';
import { formatNumber, toText, updatesPerEpoch } from '../../engine/index.ts';
import { weightsFromJson } from '../../src/lib/playground/weights-file';
import { watchPage } from './page-watch';
import { engineRun, lossText, openPlayground, playground } from './playground-helpers';

test('first state: the engine numbers for circle, 2-8-8-1 tanh, seed 1', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openPlayground(page);
  const pg = playground(page);
  const run = engineRun();
  await expect(pg.getByTestId('epoch')).toHaveText('0');
  await expect(pg.getByTestId('train-loss')).toContainText(lossText(run));
  await expect(pg.getByTestId('updates-per-epoch')).toHaveText(
    `400 / 10 = ${updatesPerEpoch(400, 10)} updates per epoch`,
  );
  await expect(pg.getByRole('button', { name: /^Neuron \d+ of hidden layer 1$/ })).toHaveCount(8);
  await expect(pg.getByTestId('output-summary')).toContainText('Class 1 (blue) covers');
  expect(problems.consoleErrors).toEqual([]);
});

test('step one epoch and step one update train exactly as the engine does', async ({ page }) => {
  await openPlayground(page);
  const pg = playground(page);
  for (let i = 0; i < 3; i++) await pg.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(pg.getByTestId('epoch')).toHaveText('3');
  await expect(pg.getByTestId('train-loss')).toContainText(lossText(engineRun({}, 3)));
  await pg.getByRole('button', { name: 'Step one update' }).click();
  await expect(pg.getByTestId('updates')).toHaveText(String(3 * 40 + 1));
  await pg.getByRole('button', { name: 'Reset' }).click();
  await expect(pg.getByTestId('epoch')).toHaveText('0');
  await expect(pg.getByTestId('train-loss')).toContainText(lossText(engineRun()));
});

test('play trains and pause stops; the loss chart reads out by slider', async ({ page }) => {
  await openPlayground(page);
  const pg = playground(page);
  await pg.getByRole('combobox', { name: 'Epochs per frame while playing' }).selectOption('5');
  await pg.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number(await pg.getByTestId('epoch').textContent()), { timeout: 30_000 })
    .toBeGreaterThan(10);
  await pg.getByRole('button', { name: 'Pause' }).click();
  // The frame the worker was training when Pause came is still shown; nothing after it.
  await expect(page.getByTestId('playground')).toHaveAttribute('data-training-busy', 'false');
  const epoch = await pg.getByTestId('epoch').textContent();
  await page.waitForTimeout(300);
  await expect(pg.getByTestId('epoch')).toHaveText(epoch!);
  const slider = pg.getByRole('slider', { name: 'Read the losses at epoch' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(pg.getByTestId('loss-readout')).toContainText(
    `Epoch 0: training ${lossText(engineRun())}`,
  );
});

test('each control changes the run and the URL', async ({ page }) => {
  test.setTimeout(180_000);
  await openPlayground(page);
  const pg = playground(page);
  await pg.getByRole('radio', { name: 'XOR' }).check();
  await expect(page).toHaveURL(/pg\.dataset=xor/);
  await expect(pg.getByTestId('train-loss')).toContainText(lossText(engineRun({ dataset: 'xor' })));
  // 32 does not divide 400: the last batch is smaller, and the count rounds up.
  await pg.getByLabel('Batch size', { exact: true }).fill('32');
  await pg.getByLabel('Batch size', { exact: true }).press('Enter');
  await expect(pg.getByTestId('updates-per-epoch')).toHaveText(
    `⌈400 / 32⌉ = ${updatesPerEpoch(400, 32)} updates per epoch (the last batch has ${400 % 32})`,
  );
  await pg.getByLabel('Batch size', { exact: true }).fill('25');
  await pg.getByLabel('Batch size', { exact: true }).press('Enter');
  await expect(pg.getByTestId('updates-per-epoch')).toHaveText(
    `400 / 25 = ${updatesPerEpoch(400, 25)} updates per epoch`,
  );
  await pg.getByLabel('Batch size', { exact: true }).fill('401');
  await pg.getByLabel('Batch size', { exact: true }).press('Enter');
  await expect(pg.getByRole('alert')).toContainText(
    'Batch size must be a whole number from 1 to 400',
  );
  await pg.getByRole('combobox', { name: 'Optimizer' }).selectOption('adam');
  await pg.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.1');
  await pg.getByRole('combobox', { name: 'Regularization', exact: true }).selectOption('l2');
  await pg.getByRole('combobox', { name: 'Regularization rate' }).selectOption('0.001');
  await pg.getByRole('combobox', { name: 'Hidden activation' }).selectOption('relu');
  await pg.getByRole('checkbox', { name: 'x1²' }).check();
  await pg.getByRole('button', { name: 'Add layer' }).click();
  await pg.getByRole('button', { name: 'Add a neuron to hidden layer 3' }).click();
  await pg.getByRole('button', { name: 'Remove a neuron from hidden layer 1' }).click();
  await expect(pg.getByRole('button', { name: /of hidden layer 3$/ })).toHaveCount(5);
  await expect(page).toHaveURL(/pg\.layers=7-8-5/);
  const config = {
    dataset: 'xor',
    batchSize: 25,
    optimizer: 'adam',
    learningRate: '0.1',
    regularization: 'l2',
    regularizationRate: '0.001',
    activation: 'relu',
    features: ['x1', 'x2', 'x1sq'],
    layers: [7, 8, 5],
  } as const;
  for (let i = 0; i < 2; i++) await pg.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(pg.getByTestId('train-loss')).toContainText(
    lossText(
      engineRun({ ...config, features: [...config.features], layers: [...config.layers] }, 2),
    ),
  );
  // The URL alone recreates the same run.
  await openPlayground(page, new URL(page.url()).search);
  await expect(pg.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('adam');
  await expect(pg.getByRole('checkbox', { name: 'x1²' })).toBeChecked();
  await expect(pg.getByRole('button', { name: /of hidden layer 3$/ })).toHaveCount(5);
  for (let i = 0; i < 2; i++) await pg.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(pg.getByTestId('train-loss')).toContainText(
    lossText(
      engineRun({ ...config, features: [...config.features], layers: [...config.layers] }, 2),
    ),
  );
});

test('a hostile URL falls back to defaults with a visible notice; classroom mode hides controls', async ({
  page,
}) => {
  await openPlayground(page, '?pg.layers=<img src=x>&pg.learningRate=1e9&pg.dataset=moons');
  const pg = playground(page);
  await expect(pg.getByRole('alert').first()).toContainText('could not be used');
  await expect(pg.getByRole('alert').first()).toContainText('learning rate: “1e9”');
  await expect(pg.getByRole('radio', { name: 'Moons' })).toBeChecked();
  await expect(pg.getByRole('button', { name: /of hidden layer 2$/ })).toHaveCount(8);
  await openPlayground(page, '?pg.hide=data-math-architecture');
  await expect(pg.getByText('This link hides some controls')).toBeVisible();
  await expect(pg.getByRole('group', { name: 'Data', exact: true })).toHaveCount(0);
  await expect(pg.getByRole('region', { name: /The math of/ })).toHaveCount(0);
  await expect(pg.getByRole('button', { name: 'Add layer' })).toHaveCount(0);
  await pg.getByRole('button', { name: 'Show all controls' }).click();
  await expect(pg.getByRole('group', { name: 'Data', exact: true })).toBeVisible();
});

test('learning rate 10 with linear activation diverges: reported, and the page stays usable', async ({
  page,
}) => {
  await openPlayground(page, '?pg.dataset=plane&pg.activation=linear&pg.learningRate=10');
  const pg = playground(page);
  await pg.getByRole('combobox', { name: 'Epochs per frame while playing' }).selectOption('10');
  await pg.getByRole('button', { name: 'Play' }).click();
  await expect(pg.getByRole('alert')).toContainText('Training diverged in epoch', {
    timeout: 30_000,
  });
  await expect(pg.getByTestId('train-loss')).not.toContainText('NaN');
  await pg.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.01');
  await expect(pg.getByRole('alert')).toHaveCount(0);
  await pg.getByRole('button', { name: 'Step one epoch' }).click();
});

test('own points: clicks add and remove; a good CSV loads, a bad one names its line and changes nothing', async ({
  page,
}) => {
  await openPlayground(page);
  const pg = playground(page);
  // Clicks land on the plot's keyboard layer, which lies over the canvases; the plot handles them.
  const plot = pg.getByRole('application', { name: /Point editor/ });
  const box = (await plot.boundingBox())!;
  await plot.click({ position: { x: 5, y: 5 } });
  await expect(pg.getByRole('radio', { name: 'Your points' })).toBeChecked();
  await expect(pg.getByText('501 points (100 for testing)')).toBeVisible();
  await plot.click({ position: { x: 5, y: 5 } });
  await expect(pg.getByText('500 points (100 for testing)')).toBeVisible();
  expect(box.width).toBeGreaterThan(100);
  const load = pg.getByLabel('Load points from a CSV file (x1,x2,label)');
  await load.setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('x1,x2,label\n0,0,1\n0.5,oops,0\n'),
  });
  await expect(pg.getByRole('status').filter({ hasText: 'bad.csv was not loaded' })).toContainText(
    'Line 3: x2 “oops” is not a number.',
  );
  await expect(pg.getByText('500 points (100 for testing)')).toBeVisible();
  const csv =
    'x1,x2,label\n' +
    Array.from(
      { length: 10 },
      (_, i) => `${(i / 10).toFixed(1)},${(-i / 10).toFixed(1)},${i % 2}`,
    ).join('\n');
  await load.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(pg.getByText('10 points (2 for testing)')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    pg.getByRole('button', { name: 'Save CSV' }).click(),
  ]);
  const saved = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(saved).toString().split('\n').length).toBe(12);
});

test('the math panel shows the engine steps for the selected weight and sample, and editing changes the network', async ({
  page,
}) => {
  await openPlayground(page);
  const pg = playground(page);
  await pg.getByRole('button', { name: 'Neuron 2 of hidden layer 2' }).click();
  const math = pg.getByRole('region', { name: /The math of/ });
  await math
    .getByRole('combobox', { name: 'Show' })
    .selectOption({ label: 'weight w(2)_23 from neuron 3 of layer 1' });
  await math.getByRole('spinbutton', { name: 'Training sample' }).fill('5');
  await math.getByRole('spinbutton', { name: 'Training sample' }).press('Enter');
  const run = engineRun();
  const x = run.trainSet.inputs[4];
  const y = run.trainSet.targets[4];
  const g = run.net.explainGradient(x, y, 'bce', { type: 'weight', layer: 2, j: 2, k: 3 });
  const gradientList = math.getByRole('list', {
    name: 'Gradient of the loss for the selection, step by step',
  });
  // The chain rule shows its result, and every term once asked for.
  await expect(gradientList.locator('.nn-sr-only')).toHaveText([
    toText(g.steps.at(-1)!, { symbolic: true }),
  ]);
  await math.getByRole('button', { name: `Show all ${g.steps.length} steps` }).click();
  await expect(gradientList.locator('.nn-sr-only')).toHaveText(
    g.steps.map((s) => toText(s, { symbolic: true })),
  );
  await expect(math.getByTestId('math-gradient')).toContainText(formatNumber(g.value));
  await math.getByTestId('math-edit').fill('1.5');
  await math.getByTestId('math-edit').press('Enter');
  run.net.setWeight(2, 2, 3, 1.5);
  const f = run.net
    .forward(x)
    .steps.filter(
      (s) => 'output' in s && ['z(1)_3', 'a(1)_3', 'z(2)_2', 'a(2)_2'].includes(s.output.text),
    );
  const forwardList = math.getByRole('list', {
    name: 'Forward computation of the selected neuron',
  });
  await expect(forwardList.locator('.nn-sr-only')).toHaveText(
    f.map((s) => toText(s, { symbolic: true })),
  );
  await expect(pg.getByTestId('train-loss')).toContainText(lossText(run));
});

test('weights JSON round trip gives identical predictions; the code cell link opens the notebook', async ({
  page,
}) => {
  await openPlayground(page, '?pg.features=x1-x2-sinx1&pg.layers=5-3');
  const pg = playground(page);
  // Download is pressed right after the third epoch is asked for, before the worker may have
  // answered: the file must still hold the weights after three epochs.
  for (let i = 0; i < 3; i++) await pg.getByRole('button', { name: 'Step one epoch' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    pg.getByRole('button', { name: 'Download weights (JSON)' }).click(),
  ]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
  const loaded = weightsFromJson(text);
  expect(loaded.ok).toBe(true);
  const reference = engineRun({ features: ['x1', 'x2', 'sinx1'], layers: [5, 3] }, 3);
  if (loaded.ok)
    for (const x of reference.trainSet.inputs.slice(0, 20))
      expect(loaded.net.predict(x)).toEqual(reference.net.predict(x));
  await expect(pg.getByTestId('train-loss')).toContainText(lossText(reference));
  const trained = await pg.getByTestId('train-loss').textContent();
  await pg.getByRole('button', { name: 'Show this run as code' }).click();
  const href = await pg.getByRole('link', { name: 'Open it in the notebook' }).getAttribute('href');
  expect(href).toMatch(/^\/notebook\/#cell=/);
  const code = decodeURIComponent(href!.split('#cell=')[1]);
  expect(code).toContain(
    "const net = mlp([3, 5, 3, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });",
  );
  expect(code).toContain('epochs: 3');
  // The link really opens the scratch notebook with the run as a cell, which runs cleanly there.
  const notebook = await page.context().newPage();
  await notebook.goto(href!);
  const cell = notebook.locator('.nb-cell').last();
  await expect(cell.locator('.nb-plain')).toHaveText(code);
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(cell.locator('.nb-count')).toHaveText('In [1]', { timeout: 30_000 });
  await expect(cell.locator('.nb-error')).toHaveCount(0);
  await notebook.close();
  await pg.getByRole('button', { name: 'Reset' }).click();
  await expect(pg.getByTestId('train-loss')).not.toHaveText(trained!);
  await pg
    .getByLabel('Import weights from a JSON file')
    .setInputFiles({ name: 'w.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(pg.getByText('Loaded the 3-5-3-1 network from w.json.')).toBeVisible();
  await expect(pg.getByTestId('train-loss')).toHaveText(trained!);
  await pg.getByLabel('Import weights from a JSON file').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":1}'),
  });
  await expect(
    pg.getByText(/x\.json was not loaded: This is not a playground weights file/),
  ).toBeVisible();
  await expect(pg.getByTestId('train-loss')).toHaveText(trained!);
});

test('keyboard only: choose data, build, train, inspect', async ({ page }) => {
  await openPlayground(page);
  const pg = playground(page);
  await pg.getByRole('radio', { name: 'Circle' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(pg.getByRole('radio', { name: 'XOR' })).toBeChecked();
  await pg.getByRole('button', { name: 'Add layer' }).focus();
  await page.keyboard.press('Enter');
  await expect(pg.getByRole('button', { name: /of hidden layer 3$/ })).toHaveCount(4);
  await pg.getByRole('button', { name: 'Neuron 1 of output' }).focus();
  await page.keyboard.press('Enter');
  await expect(pg.getByRole('heading', { name: 'The math of a(4)_1' })).toBeVisible();
  await pg.getByRole('button', { name: 'Step one epoch' }).focus();
  await page.keyboard.press('Enter');
  await expect(pg.getByTestId('epoch')).toHaveText('1');
  await pg.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Space');
  await expect
    .poll(async () => Number(await pg.getByTestId('epoch').textContent()))
    .toBeGreaterThan(3);
  await page.keyboard.press('Space');
  await expect(pg.getByRole('button', { name: 'Play' })).toBeVisible();
  await pg.getByRole('combobox', { name: 'Show' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(pg.getByRole('heading', { name: 'The math of b(4)_1' })).toBeVisible();
});
