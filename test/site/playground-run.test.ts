import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index.ts';
import { createKernel } from '../../src/notebook/kernel';
import type { CellOutput } from '../../src/notebook/outputs';
import { defaultConfig, type PlaygroundConfig } from '../../src/lib/playground/config-model';
import { generatePoints, toDataset } from '../../src/lib/playground/data';
import { PlaygroundRun } from '../../src/lib/playground/run';
import { notebookLink, runToCode } from '../../src/lib/playground/codegen';
import { weightsFromJson, weightsToJson } from '../../src/lib/playground/weights-file';
import { explainSelection } from '../../src/lib/playground/math';
import { paintOutput } from '../../src/lib/playground/heatmap';
import { createScratch, GRID } from '../../src/lib/playground/heatmap-grid';
import { describeRegions } from '../../src/lib/playground/heatmap-words';
import { paint, paintClass, type HeatPalette } from '../../src/lib/playground/heatmap-colors';

/** A palette for the tests; the site's comes from the theme (test/site/theme-colours.test.ts). */
const PALETTE: HeatPalette = {
  negative: [200, 100, 0],
  neutral: [100, 100, 100],
  positive: [0, 50, 250],
  third: [150, 0, 150],
};

const small: PlaygroundConfig = { ...defaultConfig, points: 100, layers: [4, 3], batchSize: 8 };

async function runCell(code: string) {
  const kernel = createKernel(engine as unknown as Record<string, unknown>, {
    stopRequested: () => false,
    progress: () => {},
    pause: async () => {},
  });
  const outputs: CellOutput[] = [];
  const ok = await kernel.run(code, (o) => outputs.push(o));
  return { ok, outputs, kernel };
}

describe('PlaygroundRun', () => {
  it('trains like the engine: 5 epochs equal train(net, data, options) with the same seed', () => {
    const points = generatePoints(small);
    const run = new PlaygroundRun(small, points);
    for (let i = 0; i < 5; i++) run.stepEpoch();
    const net = engine.mlp([2, 4, 3, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
    engine.train(net, toDataset(points, ['x1', 'x2'], false), {
      loss: 'bce',
      learningRate: 0.03,
      epochs: 5,
      batchSize: 8,
      optimizer: 'sgd',
      seed: 1,
    });
    expect(run.net.getWeights()).toEqual(net.getWeights());
    expect(run.epoch).toBe(5);
    expect(run.updates).toBe(5 * engine.updatesPerEpoch(80, 8));
    expect(run.history.map((h) => h.epoch)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('learning rate 10 with linear activation diverges, is reported, and leaves finite weights', () => {
    const config: PlaygroundConfig = {
      ...small,
      activation: 'linear',
      learningRate: '10',
      loss: 'mse',
      dataset: 'plane',
    };
    const run = new PlaygroundRun(config, generatePoints(config));
    for (let i = 0; i < 50 && !run.diverged; i++) run.stepEpoch();
    expect(run.diverged).toMatch(/^Training diverged in epoch \d+/);
    expect(run.net.getWeights().weights.flat(2).every(Number.isFinite)).toBe(true);
  });
});

describe('runToCode', () => {
  for (const config of [
    small,
    {
      ...small,
      features: ['x1sq', 'x2sq', 'x1x2'],
      optimizer: 'adam',
      regularization: 'l2',
      regularizationRate: '0.01',
    },
    { ...small, dataset: 'blobs3', loss: 'crossEntropy' },
    { ...small, optimizer: 'rmsprop' },
  ] as PlaygroundConfig[]) {
    it(`generates a cell that runs in the notebook kernel and trains the same network (${config.dataset}, ${config.optimizer}, features ${config.features.join(',')})`, async () => {
      const points = generatePoints(config);
      const run = new PlaygroundRun(config, points);
      for (let i = 0; i < 3; i++) run.stepEpoch();
      const code = runToCode(config, points, run.epoch, run.classes);
      const { ok, outputs, kernel } = await runCell(code);
      expect(outputs.filter((o) => o.kind === 'error')).toEqual([]);
      expect(ok).toBe(true);
      expect((kernel.scope.net as engine.Network).getWeights()).toEqual(run.net.getWeights());
      expect(outputs.some((o) => o.kind === 'chart')).toBe(true);
    });
  }

  it('writes own points into the cell, and notebookLink puts the code in the hash', async () => {
    const config: PlaygroundConfig = { ...small, dataset: 'own', testPercent: 0, batchSize: 2 };
    const points = [
      { x1: 0.1, x2: 0.2, y: 1, test: false },
      { x1: -0.5, x2: 0.3, y: 0, test: false },
      { x1: 0.7, x2: -0.9, y: 1, test: false },
    ];
    const code = runToCode(config, points, 2, 2);
    expect(code).toContain('inputs: [[0.1, 0.2], [-0.5, 0.3], [0.7, -0.9]]');
    expect((await runCell(code)).ok).toBe(true);
    expect(notebookLink('/nn/', 'a b')).toBe('/nn/notebook/#cell=a%20b');
  });
});

describe('weights JSON', () => {
  it('weightsToJson then weightsFromJson gives a network with identical predictions', () => {
    const config = { ...small, features: ['x1', 'x2', 'sinx2'] } as PlaygroundConfig;
    const run = new PlaygroundRun(config, generatePoints(config));
    run.stepEpoch();
    const loaded = weightsFromJson(weightsToJson(run.net, config.features));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.features).toEqual(config.features);
    expect(loaded.layers).toEqual([4, 3]);
    for (const x of [
      [0.1, -0.4, 0.3],
      [1, 1, -1],
    ])
      expect(loaded.net.predict(x)).toEqual(run.net.predict(x));
  });

  it('a bad file is refused with a message', () => {
    expect(weightsFromJson('{')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This is not JSON/),
    });
    expect(weightsFromJson('{"format":"x"}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a playground weights file/),
    });
    const net = engine.mlp([3, 2, 1]);
    const json = JSON.parse(weightsToJson(net, ['x1', 'x2', 'x1sq']));
    json.features = ['x1'];
    expect(weightsFromJson(JSON.stringify(json))).toEqual({
      ok: false,
      message: 'The network has 3 inputs but 1 features are listed.',
    });
  });
});

describe('explainSelection and the heat map', () => {
  it('gives the engine own forward steps and explainGradient for a weight', () => {
    const net = engine.mlp([2, 3, 1], { seed: 3 });
    const m = explainSelection(
      net,
      { type: 'weight', layer: 2, j: 1, k: 2 },
      [0.3, -0.2],
      [1],
      'bce',
    );
    expect(m.value).toBe(net.getWeight(2, 1, 2));
    expect(m.gradient).toEqual(
      net.explainGradient([0.3, -0.2], [1], 'bce', { type: 'weight', layer: 2, j: 1, k: 2 }),
    );
    expect(m.forward.map((s) => engine.toText(s))).toEqual(
      net
        .forward([0.3, -0.2])
        .steps.filter((s) => /^[za]\((1\)_2|2\)_1) =/.test(engine.toText(s)))
        .map((s) => engine.toText(s)),
    );
    expect(m.forward).toHaveLength(4);
    const neuron = explainSelection(
      net,
      { type: 'neuron', layer: 1, j: 3 },
      [0.3, -0.2],
      [1],
      'bce',
    );
    expect(neuron.value).toBe(net.forward([0.3, -0.2]).a[0][2]);
  });

  it('paintOutput colours each cell from predictInto, and describeRegions puts a circle in the centre', () => {
    const config = { ...small, points: 300, layers: [8] };
    const run = new PlaygroundRun(config, generatePoints(config));
    for (let i = 0; i < 150; i++) run.stepEpoch();
    const s = createScratch();
    const pixels = new Uint8ClampedArray(GRID * GRID * 4);
    paintOutput(run.net, ['x1', 'x2'], false, false, pixels, PALETTE, s);
    expect(s.values[0]).toBe(2 * run.net.predict([-1.5 + 1.5 / GRID, 1.5 - 1.5 / GRID])[0] - 1);
    const expected = new Uint8ClampedArray(4);
    paint(expected, 0, s.values[0], false, PALETTE);
    expect([...pixels.subarray(0, 4)]).toEqual([...expected]);
    expect(describeRegions(s.values, false)).toMatch(
      /^Class 1 \(blue\) covers \d+% of the square: mostly [^.]*centre[^.]*\. Class 0 \(orange\): mostly [^.]*\bbottom\b/,
    );
  });
});

describe('three classes', () => {
  const config: PlaygroundConfig = {
    ...small,
    dataset: 'blobs3',
    loss: 'crossEntropy',
    points: 150,
  };

  it('trains a softmax output with cross-entropy; loss and accuracy are the engine metrics', () => {
    const points = generatePoints(config);
    expect(new Set(points.map((p) => p.y))).toEqual(new Set([0, 1, 2]));
    const run = new PlaygroundRun(config, points);
    expect(run.classes).toBe(3);
    expect(run.net.sizes).toEqual([2, 4, 3, 3]);
    expect(run.net.activations.at(-1)!.name).toBe('softmax');
    for (let i = 0; i < 5; i++) run.stepEpoch();
    // The same network and data through the engine's own metrics.
    const data = toDataset(points, config.features, false, 3);
    expect(run.metrics().train!.accuracy).toBe(engine.accuracy(run.net, data));
    let loss = 0;
    for (let i = 0; i < data.inputs.length; i++) {
      const out = run.net.predict(data.inputs[i]);
      loss += out.reduce((s, o, j) => s + engine.losses.crossEntropy.f(o, data.targets[i][j]), 0);
    }
    expect(run.metrics().train!.loss).toBeCloseTo(loss / data.inputs.length, 12);
  });

  it('own points with a class 2 make a three-class run; the weights file keeps the softmax', () => {
    const own = [
      { x1: 0.1, x2: 0.2, y: 0, test: false },
      { x1: -0.5, x2: 0.3, y: 1, test: false },
      { x1: 0.7, x2: -0.9, y: 2, test: false },
    ];
    const run = new PlaygroundRun(
      { ...small, dataset: 'own', loss: 'crossEntropy', batchSize: 2 },
      own,
    );
    expect(run.classes).toBe(3);
    const loaded = weightsFromJson(weightsToJson(run.net, small.features));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.net.predict([0.3, 0.3])).toEqual(run.net.predict([0.3, 0.3]));
  });

  it('the math panel shows the softmax steps of an output neuron', () => {
    const run = new PlaygroundRun(config, generatePoints(config));
    const x = run.trainSet.inputs[0];
    const y = run.trainSet.targets[0];
    const math = explainSelection(
      run.net,
      { type: 'neuron', layer: 3, j: 2 },
      x,
      y,
      'crossEntropy',
    );
    expect(math.forward.filter((s) => s.kind === 'weightedSum')).toHaveLength(3);
    expect(math.forward.some((s) => s.kind === 'softmax')).toBe(true);
    expect(math.gradient.steps.some((s) => s.kind === 'softmaxGradient')).toBe(true);
    expect(math.value).toBe(run.net.predict(x)[1]);
  });
});

describe('heat map colours', () => {
  it('paint mixes from the neutral colour toward positive or negative by |v|, clamped to 1', () => {
    const pixels = new Uint8ClampedArray(16);
    paint(pixels, 0, 0.5, false, PALETTE);
    paint(pixels, 1, -1, false, PALETTE);
    paint(pixels, 2, -7, false, PALETTE);
    paint(pixels, 3, 0.01, true, PALETTE);
    expect([...pixels]).toEqual([
      50, 75, 175, 255, 200, 100, 0, 255, 200, 100, 0, 255, 0, 50, 250, 255,
    ]);
  });

  it('paintClass mixes toward the class colour: class 0 negative, 1 positive, 2 third', () => {
    const pixels = new Uint8ClampedArray(12);
    paintClass(pixels, 0, 0, 1, PALETTE);
    paintClass(pixels, 1, 1, 0, PALETTE);
    paintClass(pixels, 2, 2, 0.5, PALETTE);
    expect([...pixels]).toEqual([200, 100, 0, 255, 100, 100, 100, 255, 125, 50, 125, 255]);
  });
});
