import { describe, expect, it } from 'vitest';
import { datasets, mlp, splitTrainTest, train } from '../../engine/index.ts';

const names = ['xor', 'circle', 'gaussians', 'spiral', 'moons'] as const;

describe('datasets', () => {
  for (const name of names) {
    it(`datasets.${name}({ n, noise, seed }) gives n balanced 2-D points labelled 0/1, deterministically`, () => {
      const d = datasets[name]({ n: 101, noise: 0.1, seed: 3 });
      expect(d.inputs).toHaveLength(101);
      expect(d.inputs.every((p) => p.length === 2 && p.every(Number.isFinite))).toBe(true);
      expect(d.targets.every((t) => t.length === 1 && (t[0] === 0 || t[0] === 1))).toBe(true);
      expect(d.targets.filter((t) => t[0] === 1)).toHaveLength(50);
      expect(datasets[name]({ n: 101, noise: 0.1, seed: 3 })).toEqual(d);
      if (name !== 'spiral') expect(datasets[name]({ n: 101, noise: 0.1, seed: 4 })).not.toEqual(d);
      expect(datasets[name]({ n: 101, noise: 0.3, seed: 3 })).not.toEqual(d);
    });
  }

  it('datasets.xor and datasets.circle without noise follow their rule exactly', () => {
    const x = datasets.xor({ n: 200 });
    x.inputs.forEach(([a, b], i) => expect(x.targets[i][0]).toBe(a * b < 0 ? 1 : 0));
    const c = datasets.circle({ n: 200 });
    c.inputs.forEach(([a, b], i) => expect(Math.hypot(a, b) < 0.6).toBe(c.targets[i][0] === 1));
  });

  it('datasets.gaussians is learned by one neuron; datasets.circle needs a hidden layer', () => {
    const g = datasets.gaussians({ n: 200, seed: 1 });
    const r1 = train(mlp([2, 1], { seed: 1 }), g, {
      loss: 'bce',
      learningRate: 0.5,
      epochs: 50,
      batchSize: 20,
    });
    expect(r1.history.at(-1)!.accuracy).toBeGreaterThan(0.95);
    const c = datasets.circle({ n: 200, seed: 1 });
    const r2 = train(mlp([2, 1], { seed: 1 }), c, {
      loss: 'bce',
      learningRate: 0.5,
      epochs: 50,
      batchSize: 20,
    });
    expect(r2.history.at(-1)!.accuracy).toBeLessThan(0.75);
    const r3 = train(mlp([2, 8, 1], { seed: 1 }), c, {
      loss: 'bce',
      learningRate: 0.5,
      epochs: 100,
      batchSize: 20,
    });
    expect(r3.history.at(-1)!.accuracy).toBeGreaterThan(0.95);
  });

  it('generators reject bad options', () => {
    expect(() => datasets.moons({ n: 0 })).toThrow(
      'datasets.moons: expected n to be an integer >= 1, got 0',
    );
    expect(() => datasets.spiral({ noise: -1 })).toThrow(
      'datasets.spiral: expected noise to be >= 0, got -1',
    );
  });
});

describe('splitTrainTest', () => {
  it('splitTrainTest(data, { testFraction, seed }) partitions the samples', () => {
    const d = datasets.moons({ n: 50, seed: 1 });
    const { train: tr, test } = splitTrainTest(d, { testFraction: 0.2, seed: 2 });
    expect(test.inputs).toHaveLength(10);
    expect(tr.inputs).toHaveLength(40);
    const key = (p: number[]) => p.join(',');
    const all = new Set(d.inputs.map(key));
    const seen = [...tr.inputs, ...test.inputs].map(key);
    expect(new Set(seen).size).toBe(50);
    expect(seen.every((k) => all.has(k))).toBe(true);
    expect(splitTrainTest(d, { seed: 2 })).toEqual(splitTrainTest(d, { seed: 2 }));
  });

  it('splitTrainTest() rejects a fraction that leaves a side empty', () => {
    const d = datasets.moons({ n: 4 });
    expect(() => splitTrainTest(d, { testFraction: 1 })).toThrow(
      'splitTrainTest: expected testFraction in (0, 1) leaving at least one sample on each side of 4, got 1',
    );
    expect(() => splitTrainTest(d, { testFraction: 0.01 })).toThrow(
      /splitTrainTest: expected testFraction in \(0, 1\)/,
    );
  });
});

describe('regression datasets', () => {
  it('datasets.plane and datasets.hill give n points with targets from their formulas, deterministically', () => {
    const p = datasets.plane({ n: 50, seed: 2 });
    expect(p.inputs).toHaveLength(50);
    p.inputs.forEach(([x, y], i) => expect(p.targets[i][0]).toBeCloseTo((x + y) / 2, 15));
    const h = datasets.hill({ n: 50, seed: 2 });
    h.inputs.forEach(([x, y], i) =>
      expect(h.targets[i][0]).toBeCloseTo(2 * Math.exp(-2 * (x * x + y * y)) - 1, 15),
    );
    expect(datasets.hill({ n: 50, seed: 2 })).toEqual(h);
    expect(datasets.hill({ n: 50, seed: 3 })).not.toEqual(h);
    const noisy = datasets.plane({ n: 50, noise: 0.2, seed: 2 });
    expect(noisy.targets).toEqual(datasets.plane({ n: 50, seed: 2 }).targets.map((t) => t));
    expect(noisy.inputs).not.toEqual(p.inputs);
  });
});

describe('three-class datasets', () => {
  it('datasets.blobs3 and datasets.spiral3 give balanced one-hot classes, deterministically', () => {
    for (const name of ['blobs3', 'spiral3'] as const) {
      const d = datasets[name]({ n: 300, noise: 0.05, seed: 3 });
      expect(d.inputs).toHaveLength(300);
      expect(d.targets[0]).toEqual([1, 0, 0]);
      expect(d.targets[1]).toEqual([0, 1, 0]);
      expect(d.targets[2]).toEqual([0, 0, 1]);
      const counts = [0, 1, 2].map((c) => d.targets.filter((t) => t[c] === 1).length);
      expect(counts).toEqual([100, 100, 100]);
      expect(datasets[name]({ n: 300, noise: 0.05, seed: 3 })).toEqual(d);
    }
  });

  it('a softmax network learns datasets.blobs3', () => {
    const data = datasets.blobs3({ n: 300, noise: 0.05, seed: 1 });
    const net = mlp([2, 8, 3], { activation: 'tanh', output: 'softmax', seed: 1 });
    const result = train(net, data, {
      loss: 'crossEntropy',
      learningRate: 0.1,
      epochs: 30,
      batchSize: 10,
    });
    expect(result.history.at(-1)!.accuracy).toBeGreaterThan(0.9);
  });
});
