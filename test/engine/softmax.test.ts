import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { typeset } from '../../src/lib/typeset';
import {
  createTrainer,
  gradientCheck,
  losses,
  mlp,
  networkFromJSON,
  oneHot,
  softmax,
  toLatex,
  toText,
} from '../../engine/index.ts';
import type { Dataset } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

const finiteVector = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), {
  minLength: 1,
  maxLength: 12,
});

describe('softmax', () => {
  it('softmax([1, 2, 3]) gives e^z / sum e^z', () => {
    const e = [Math.exp(1), Math.exp(2), Math.exp(3)];
    const sum = e[0] + e[1] + e[2];
    expectClose(softmax([1, 2, 3]), [e[0] / sum, e[1] / sum, e[2] / sum], 1e-15);
    expectClose(
      softmax([1, 2, 3]),
      [0.09003057317038046, 0.24472847105479764, 0.6652409557748218],
      1e-15,
    );
    expect(softmax([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('softmax() stays finite where e^z overflows', () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
    expectClose(softmax([-1000, 0]), [0, 1], 1e-300);
  });

  it('property: softmax(z) is a probability vector, in [0, 1] and summing to 1', () => {
    fc.assert(
      fc.property(finiteVector, (z) => {
        const p = softmax(z);
        expect(p.every((v) => v >= 0 && v <= 1)).toBe(true);
        expectClose(
          p.reduce((s, v) => s + v, 0),
          1,
          1e-12,
        );
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('property: softmax(z + c) equals softmax(z) for any shift c, and keeps the order of z', () => {
    fc.assert(
      fc.property(finiteVector, fc.double({ min: -100, max: 100, noNaN: true }), (z, c) => {
        const p = softmax(z);
        expectClose(softmax(z.map((v) => v + c)), p, 1e-9);
        for (let i = 0; i < z.length; i++)
          for (let j = 0; j < z.length; j++)
            if (z[i] < z[j]) expect(p[i]).toBeLessThanOrEqual(p[j]);
      }),
      { numRuns: 200, seed: 8 },
    );
  });

  it('softmax() rejects empty and non-finite input', () => {
    expect(() => softmax([])).toThrow('softmax: expected at least one value, got an empty array');
    expect(() => softmax([1, NaN])).toThrow(
      'softmax: expected z to be finite numbers, got NaN at index 1',
    );
  });
});

describe('crossEntropy', () => {
  it('losses.crossEntropy is -y ln(yHat), summed over the outputs', () => {
    expect(losses.crossEntropy.f(0.25, 1)).toBe(Math.log(4));
    expect(losses.crossEntropy.f(0.7, 0)).toBe(0);
    expect(losses.crossEntropy.df(0.25, 1)).toBe(-4);
    expect(losses.crossEntropy.reduction).toBe('sum');
    // Clamped: a probability of exactly 0 for the right class costs -ln(1e-12), not Infinity.
    expectClose(losses.crossEntropy.f(0, 1), 27.631021115928547, 1e-12);
  });
});

describe('a softmax output layer', () => {
  // z = (1, 2) for x = 1, so a = softmax(1, 2).
  const tiny = () => {
    const net = mlp([1, 2], { output: 'softmax' });
    net.setWeights({ weights: [[[1], [2]]], biases: [[0, 0]] });
    return net;
  };

  it('net.forward(x) explains each a_j with every z of the layer', () => {
    const f = tiny().forward([1]);
    expectClose(f.output, [0.2689414213699951, 0.7310585786300049], 1e-15);
    expect(f.steps.map((s) => s.kind)).toEqual([
      'weightedSum',
      'weightedSum',
      'softmax',
      'softmax',
    ]);
    expect(toText(f.steps[3], { symbolic: true })).toBe(
      'a(1)_2 = (exp(z(1)_2))/(exp(z(1)_1) + exp(z(1)_2)) = (exp(2))/(exp(1) + exp(2)) = (7.3891)/(10.1073) = 0.7311',
    );
    expect(toLatex(f.steps[3], { symbolic: true })).toBe(
      String.raw`a^{(1)}_{2} = \dfrac{e^{z^{(1)}_{2}}}{e^{z^{(1)}_{1}} + e^{z^{(1)}_{2}}} = \dfrac{e^{2}}{e^{1} + e^{2}} = \dfrac{7.3891}{10.1073} = 0.7311`,
    );
  });

  it('net.explainGradient() through softmax and cross-entropy is a_j - y_j', () => {
    const g = tiny().explainGradient([1], [0, 1], 'crossEntropy', {
      type: 'weight',
      layer: 1,
      j: 2,
      k: 1,
    });
    expectClose(g.value, 0.7310585786300049 - 1, 1e-15);
    expect(g.steps.map((s) => toText(s, { symbolic: true }))).toEqual([
      'L = -[y1*ln(a(1)_1) + y2*ln(a(1)_2)] = -[(1)ln(0.7311)] = 0.3133',
      'dL/dz(1)_2 = a(1)_2 - y2 = 0.7311 - 1 = -0.2689',
      'dL/dw(1)_21 = dL/dz(1)_2 * dz(1)_2/dw(1)_21 = (-0.2689)(1) = -0.2689',
    ]);
    for (const s of g.steps) expect(() => typeset(toLatex(s, { symbolic: true }))).not.toThrow();
  });

  it('explainGradient() through softmax shows sum(y) when the targets do not sum to 1', () => {
    const g = tiny().explainGradient([1], [0.5, 1], 'crossEntropy', {
      type: 'weight',
      layer: 1,
      j: 2,
      k: 1,
    });
    // dL/dz_j = a_j sum(y) - y_j, and the numbers shown must give the result shown.
    expectClose(g.value, 0.7310585786300049 * 1.5 - 1, 1e-15);
    expect(toText(g.steps[1], { symbolic: true })).toBe(
      'dL/dz(1)_2 = a(1)_2*sum(y) - y2 = (0.7311)(1.5) - 1 = 0.0966',
    );
    expect(toLatex(g.steps[1], { symbolic: true })).toBe(
      String.raw`\frac{\partial L}{\partial z^{(1)}_{2}} = a^{(1)}_{2} \sum_k y_k - y_{2} = (0.7311)(1.5) - 1 = 0.0966`,
    );
    for (const s of g.steps) expect(() => typeset(toLatex(s, { symbolic: true }))).not.toThrow();
  });

  it('predict() of a softmax network gives probabilities summing to 1', () => {
    const net = mlp([5, 8, 10], { activation: 'relu', output: 'softmax', seed: 3 });
    const p = net.predict([0.1, 0.9, 0, 0.4, 1]);
    expect(p).toHaveLength(10);
    expectClose(
      p.reduce((s, v) => s + v, 0),
      1,
      1e-12,
    );
  });

  it('property: backprop through softmax + cross-entropy matches gradientCheck() to 1e-6', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 16, maxLength: 16 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        (nIn, classes, seed, values, labels) => {
          const net = mlp([nIn, 3, classes], { activation: 'tanh', output: 'softmax', seed });
          const data: Dataset = {
            inputs: labels.map((_, i) =>
              Array.from({ length: nIn }, (_, k) => values[(i * 4 + k) % 16]),
            ),
            targets: labels.map((l) => oneHot(l % classes, classes)),
          };
          return gradientCheck(net, data, 'crossEntropy').maxRelativeError < 1e-6;
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('property: the explained gradients equal the fast path (gradientCheck analytic) to 1e-12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.nat(3), (seed, label) => {
        const net = mlp([3, 4, 4], { activation: 'relu', output: 'softmax', seed });
        const x = [0.3, -0.8, 1.2];
        const y = oneHot(label, 4);
        const explained = net.gradients(x, y, 'crossEntropy');
        const fast = gradientCheck(net, { inputs: [x], targets: [y] }, 'crossEntropy').entries.map(
          (e) => e.analytic,
        );
        const flat = explained.weights.flatMap((layer, l) => [
          ...layer.flat(),
          ...explained.biases[l],
        ]);
        expectClose(flat, fast, 1e-12);
      }),
      { numRuns: 30, seed: 12 },
    );
  });

  it('wide inputs (the sparse fast path) give the same gradients as the explained path', () => {
    const net = mlp([100, 6, 3], { activation: 'relu', output: 'softmax', seed: 5 });
    const x = Array.from({ length: 100 }, (_, i) => (i % 7 === 0 ? (i % 3) / 3 + 0.1 : 0));
    const y = oneHot(2, 3);
    const explained = net.gradients(x, y, 'crossEntropy');
    const fast = gradientCheck(net, { inputs: [x], targets: [y] }, 'crossEntropy');
    const flat = explained.weights.flatMap((layer, l) => [...layer.flat(), ...explained.biases[l]]);
    expectClose(
      flat,
      fast.entries.map((e) => e.analytic),
      1e-12,
    );
    expect(fast.maxRelativeError).toBeLessThan(1e-6);
    expectClose(net.predict(x), explained.output, 1e-12);
  });

  it('mlp() and networkFromJSON() keep softmax as the output, and refuse it as a hidden layer', () => {
    const net = mlp([2, 3, 4], { output: 'softmax', seed: 1 });
    expect(net.activations[1].name).toBe('softmax');
    const copy = networkFromJSON(JSON.parse(JSON.stringify(net)));
    expect(copy.predict([0.5, 0.5])).toEqual(net.predict([0.5, 0.5]));
    expect(() => mlp([2, 3, 4], { activation: 'softmax' as never })).toThrow(
      /^mlp: unknown activation "softmax"/,
    );
  });

  it('a softmax output must be trained with crossEntropy, and says so', () => {
    const net = mlp([2, 3], { output: 'softmax' });
    const data = { inputs: [[1, 0]], targets: [oneHot(1, 3)] };
    expect(() => createTrainer(net, data, { loss: 'mse', learningRate: 0.1 })).toThrow(
      `createTrainer: a softmax output is trained with the crossEntropy loss, got "mse"; use loss: 'crossEntropy' (or a sigmoid output for mse)`,
    );
    expect(() => net.gradients([1, 0], oneHot(1, 3), 'bce')).toThrow(
      /^gradients: a softmax output is trained with the crossEntropy loss, got "bce"/,
    );
    expect(() => gradientCheck(net, data, 'mse')).toThrow(/^gradientCheck: a softmax output/);
  });

  it('a one-hot target of the wrong length is rejected, naming the expected length', () => {
    const net = mlp([2, 3], { output: 'softmax' });
    const data = { inputs: [[1, 0]], targets: [oneHot(1, 4)] };
    expect(() => createTrainer(net, data, { loss: 'crossEntropy', learningRate: 0.1 })).toThrow(
      'createTrainer: expected 3 targets of sample 0 (the size of the output layer), got 4',
    );
    expect(() => net.gradients([1, 0], [0, 1], 'crossEntropy')).toThrow(
      'gradients: expected 3 targets (the size of the output layer), got 2',
    );
  });

  it('trains: a 2-8-3 softmax network separates three clusters', () => {
    const centers = [
      [-1, -1],
      [1, -1],
      [0, 1],
    ];
    const inputs: number[][] = [];
    const targets: number[][] = [];
    for (let i = 0; i < 60; i++) {
      const c = centers[i % 3];
      inputs.push([c[0] + 0.1 * Math.sin(i), c[1] + 0.1 * Math.cos(i)]);
      targets.push(oneHot(i % 3, 3));
    }
    const net = mlp([2, 8, 3], { activation: 'tanh', output: 'softmax', seed: 1 });
    const t = createTrainer(
      net,
      { inputs, targets },
      { loss: 'crossEntropy', learningRate: 0.5, batchSize: 10 },
    );
    let last = t.runEpoch();
    for (let e = 0; e < 20; e++) last = t.runEpoch();
    expect(last?.accuracy).toBe(1);
    expect(last?.loss).toBeLessThan(0.05);
  });
});
