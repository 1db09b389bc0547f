import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTrainer, datasets, gates, mlp, train, updatesPerEpoch } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';
import { flatParams, line, meanGradient } from '../helpers/params.ts';

describe('updatesPerEpoch', () => {
  it('updatesPerEpoch(n, batchSize) is ceil(n / batchSize): 1,000 samples x 50 epochs', () => {
    expect(updatesPerEpoch(1000, 1) * 50).toBe(50_000);
    expect(updatesPerEpoch(1000, 1000) * 50).toBe(50);
    expect(updatesPerEpoch(1000, 32) * 50).toBe(1_600);
    expect(updatesPerEpoch(10, 3)).toBe(4);
  });

  it('updatesPerEpoch() rejects a batch size below 1 or above m', () => {
    expect(() => updatesPerEpoch(10, 0)).toThrow(
      'updatesPerEpoch: expected batchSize to be an integer >= 1, got 0',
    );
    expect(() => updatesPerEpoch(10, 11)).toThrow(
      'updatesPerEpoch: expected batchSize to be at most m = 10, got 11',
    );
  });
});

describe('train', () => {
  it('train() counts one update per batch, the last short batch included', () => {
    const data = datasets.gaussians({ n: 1000, seed: 2 });
    for (const [batchSize, expected] of [
      [1, 50_000],
      [1000, 50],
      [32, 1_600],
    ] as const) {
      const epochs = batchSize === 1 ? 2 : 50;
      const r = train(mlp([2, 1], { seed: 1 }), data, {
        loss: 'bce',
        learningRate: 0.1,
        epochs,
        batchSize,
      });
      expect(r.updates).toBe((expected / 50) * epochs);
      expect(r.history).toHaveLength(epochs);
    }
  });

  it('train() of 2-2-1 tanh/sigmoid with seed 1 learns XOR', () => {
    const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const r = train(net, gates.XOR, { loss: 'bce', learningRate: 0.5, epochs: 2000, batchSize: 4 });
    expect(r.diverged).toBe(false);
    const out = gates.XOR.inputs.map((x) => net.predict(x)[0]);
    gates.XOR.targets.forEach(([t], i) => expect(out[i] > 0.5).toBe(t === 1));
    expect(r.history.at(-1)?.accuracy).toBe(1);
    expect(r.history.at(-1)!.loss).toBeLessThan(r.history[0].loss / 10);
  });

  it('train() of a single sigmoid neuron cannot learn XOR', () => {
    for (const seed of [1, 2, 3]) {
      const net = mlp([2, 1], { output: 'sigmoid', seed });
      train(net, gates.XOR, { loss: 'bce', learningRate: 0.5, epochs: 2000, batchSize: 4 });
      const right = gates.XOR.inputs.filter(
        (x, i) => net.predict(x)[0] > 0.5 === (gates.XOR.targets[i][0] === 1),
      );
      expect(right.length).toBeLessThan(4);
    }
  });

  it('train() with full batch and sgd moves every parameter by -eta times the explained mean gradient (1e-12)', () => {
    for (const loss of ['mse', 'bce'] as const) {
      const net = mlp([2, 3, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 7 });
      const data = datasets.moons({ n: 16, noise: 0.1, seed: 3 });
      const before = flatParams(net);
      const g = meanGradient(net, data, loss);
      train(net, data, { loss, learningRate: 0.3, epochs: 1, batchSize: 16 });
      expectClose(
        flatParams(net),
        before.map((p, i) => p - 0.3 * g[i]),
        1e-12,
      );
    }
  });

  it('train() history loss equals the explained losses of the epoch (1e-12)', () => {
    const net = mlp([2, 4, 1], { activation: 'relu', output: 'sigmoid', seed: 2 });
    const data = datasets.circle({ n: 12, seed: 1 });
    const expected =
      data.inputs.reduce((s, x, i) => s + net.gradients(x, data.targets[i], 'bce').loss, 0) / 12;
    const r = train(net, data, { loss: 'bce', learningRate: 0.1, epochs: 1, batchSize: 12 });
    expectClose(r.history[0].loss, expected, 1e-12);
  });

  it('train() is deterministic for a seed, and the seed changes mini-batch order', () => {
    const data = datasets.spiral({ n: 60, noise: 0.05, seed: 1 });
    const run = (seed: number) => {
      const net = mlp([2, 6, 1], { seed: 1 });
      train(net, data, { loss: 'bce', learningRate: 0.1, epochs: 3, batchSize: 8, seed });
      return flatParams(net);
    };
    expect(run(4)).toEqual(run(4));
    expect(run(4)).not.toEqual(run(5));
  });

  it('train() with momentum and adam reduces the loss on gaussians', () => {
    for (const optimizer of ['sgd', 'momentum', 'adam', { name: 'momentum', beta: 0.5 }] as const) {
      const r = train(mlp([2, 4, 1], { seed: 1 }), datasets.gaussians({ n: 100, seed: 1 }), {
        loss: 'bce',
        learningRate: 0.05,
        epochs: 30,
        batchSize: 10,
        optimizer,
      });
      expect(r.history.at(-1)!.loss).toBeLessThan(r.history[0].loss);
    }
  });

  it('train() of a linear net on a line with learning rate 10 diverges without throwing or recording NaN', () => {
    const net = mlp([1, 1], { activation: 'linear', output: 'linear', seed: 1 });
    const seen: number[] = [];
    const r = train(net, line, {
      loss: 'mse',
      learningRate: 10,
      epochs: 500,
      batchSize: 20,
      onEpoch: (e) => void seen.push(e.loss),
    });
    expect(r.diverged).toBe(true);
    expect(r.divergedAtEpoch).toBe(r.history.length + 1);
    expect(r.history.length).toBeLessThan(500);
    expect(r.history.every((e) => Number.isFinite(e.loss))).toBe(true);
    expect(seen.every(Number.isFinite)).toBe(true);
    // The network keeps the parameters of its last finite epoch.
    expect(net.predict([1]).every(Number.isFinite)).toBe(true);
    expect(flatParams(net).every(Number.isFinite)).toBe(true);
  });

  it('train() with a small learning rate fits the same line', () => {
    const net = mlp([1, 1], { activation: 'linear', output: 'linear', seed: 1 });
    const r = train(net, line, { loss: 'mse', learningRate: 0.01, epochs: 2000, batchSize: 20 });
    expect(r.diverged).toBe(false);
    expect(r.history.at(-1)?.accuracy).toBeUndefined(); // targets are not 0/1
    expectClose(net.getWeight(1, 1, 1), 2, 1e-3);
    expectClose(net.getBias(1, 1), 1, 1e-2);
  });

  it('train() returns its history as plain data, printed entry by entry like the trainer history', () => {
    // Notebooks print train() results: a getter or a lazy array would print differently.
    const options = { loss: 'bce', learningRate: 0.5, batchSize: 4 } as const;
    const r = train(mlp([2, 2, 1], { seed: 1 }), gates.XOR, { ...options, epochs: 5 });
    const t = createTrainer(mlp([2, 2, 1], { seed: 1 }), gates.XOR, options);
    for (let e = 0; e < 5; e++) t.runEpoch();
    expect(inspect(r.history)).toBe(inspect(t.history));
    expect(inspect(r.history)).toContain(`{ epoch: 5, loss: ${r.history[4].loss}, accuracy:`);
    expect(inspect(r)).not.toMatch(/Getter|Proxy|\bempty\b/);
    expect(Object.keys(r.history)).toEqual(['0', '1', '2', '3', '4']);
    expect(JSON.parse(JSON.stringify(r)).history).toEqual(r.history);
  });

  it('train() onEpoch can stop training by returning false', () => {
    const r = train(mlp([2, 1]), gates.AND, {
      loss: 'mse',
      learningRate: 0.1,
      epochs: 100,
      batchSize: 2,
      onEpoch: (e) => e.epoch < 3,
    });
    expect(r.history).toHaveLength(3);
    expect(r.updates).toBe(6);
  });

  it('train() rejects bad options with a message saying what was expected', () => {
    const net = mlp([2, 1]);
    const ok = { loss: 'mse' as const, learningRate: 0.1, epochs: 1, batchSize: 2 };
    expect(() => train(net, gates.AND, { ...ok, batchSize: 0 })).toThrow(
      'train: expected batchSize to be an integer >= 1, got 0',
    );
    expect(() => train(net, gates.AND, { ...ok, batchSize: 5 })).toThrow(
      "train: expected batchSize to be at most the dataset's size 4, got 5",
    );
    expect(() => train(net, gates.AND, { ...ok, learningRate: -0.1 })).toThrow(
      'train: expected learningRate to be >= 0, got -0.1',
    );
    expect(() => train(net, gates.AND, { ...ok, learningRate: NaN })).toThrow(
      'train: expected learningRate to be a finite number, got NaN',
    );
    expect(() => train(net, gates.AND, { ...ok, loss: 'l1' as never })).toThrow(
      'train: unknown loss "l1"; expected one of mse, bce, crossEntropy',
    );
    expect(() => train(net, gates.AND, { ...ok, optimizer: 'adagrad' as never })).toThrow(
      'createOptimizer: unknown optimizer "adagrad"; expected one of sgd, momentum, rmsprop, adam',
    );
    expect(() => train(net, gates.AND, { ...ok, epochs: -1 })).toThrow(
      'train: expected epochs to be an integer >= 0, got -1',
    );
    expect(() => train(net, { inputs: [[1, 2, 3]], targets: [[1]] }, ok)).toThrow(
      'train: expected 2 inputs of sample 0 (the size of the input layer), got 3',
    );
    expect(() =>
      train(net, { inputs: [[1, NaN]], targets: [[1]] }, { ...ok, batchSize: 1 }),
    ).toThrow('train: expected inputs of sample 0 to be finite numbers, got NaN at index 1');
    expect(() => train(net, { inputs: [[1, 2]], targets: [] }, ok)).toThrow(
      'train: expected one target per input, got 1 inputs and 0 targets',
    );
    expect(() => train(net, { inputs: [], targets: [] }, ok)).toThrow(
      'train: expected a dataset with at least one sample, got 0',
    );
  });
});
