import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  activationNames,
  createTrainer,
  gradientCheck,
  lossNames,
  mlp,
  networkFromJSON,
} from '../../engine/index.ts';
import type { ActivationName, Dataset, LossName, Network } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

/** A random small network and dataset: 1-3 inputs, 0-2 hidden layers of 1-4, 1-2 outputs, 1-4 samples. */
const netAndData = (hidden: ActivationName, output: ActivationName) =>
  fc
    .record({
      sizes: fc.tuple(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
        fc.integer({ min: 1, max: 2 }),
      ),
      seed: fc.integer({ min: 0, max: 1e6 }),
      samples: fc.integer({ min: 1, max: 4 }),
      values: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
        minLength: 20,
        maxLength: 20,
      }),
      targets: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
      biases: fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), {
        minLength: 12,
        maxLength: 12,
      }),
    })
    .map(({ sizes: [nIn, hiddenSizes, nOut], seed, samples, values, targets, biases }) => {
      const net = mlp([nIn, ...hiddenSizes, nOut], { activation: hidden, output, seed });
      // Non-zero biases too, so the check covers more than the initial zero biases.
      const w = net.getWeights();
      let b = 0;
      w.biases = w.biases.map((layer) => layer.map(() => biases[b++ % biases.length]));
      net.setWeights(w);
      let v = 0;
      let t = 0;
      const data: Dataset = {
        inputs: Array.from({ length: samples }, () =>
          Array.from({ length: nIn }, () => values[v++ % values.length]),
        ),
        targets: Array.from({ length: samples }, () =>
          Array.from({ length: nOut }, () => targets[t++ % targets.length]),
        ),
      };
      return { net, data };
    });

/** True when some weighted sum is within `margin` of a kink (relu, leakyRelu, step and elu bend at 0). */
function nearKink(net: Network, data: Dataset, margin: number): boolean {
  return data.inputs.some((x) =>
    net.forward(x).z.some((layer) => layer.some((z) => Math.abs(z) < margin)),
  );
}

const kinked = new Set<ActivationName>(['relu', 'leakyRelu', 'step', 'elu']);

describe('gradientCheck', () => {
  it('gradientCheck() of a 2-2-1 sigmoid net reports tiny errors with one entry per parameter', () => {
    const net = mlp([2, 2, 1], { activation: 'sigmoid', output: 'sigmoid', seed: 3 });
    const r = gradientCheck(
      net,
      {
        inputs: [
          [0.5, -1],
          [1, 0.25],
        ],
        targets: [[1], [0]],
      },
      'mse',
    );
    expect(r.entries).toHaveLength(9);
    expect(r.entries[0].parameter).toBe('w(1)_11');
    expect(r.maxRelativeError).toBeLessThan(1e-8);
    expect(r.maxAbsoluteError).toBeLessThan(1e-10);
  });

  it('gradientCheck() catches a wrong derivative', () => {
    const wrong = {
      name: 'badTanh',
      f: Math.tanh,
      df: (z: number) => 1 - Math.tanh(z) ** 2 + 0.01,
    };
    const net = mlp([2, 3, 1], { activation: wrong, output: 'sigmoid', seed: 3 });
    const r = gradientCheck(net, { inputs: [[0.5, -1]], targets: [[1]] }, 'mse');
    expect(r.maxRelativeError).toBeGreaterThan(1e-3);
  });

  it('gradientCheck() leaves the network unchanged', () => {
    const net = mlp([2, 3, 1], { seed: 3 });
    const before = JSON.stringify(net);
    gradientCheck(net, { inputs: [[0.5, -1]], targets: [[1]] }, 'bce');
    expect(JSON.stringify(net)).toBe(before);
  });

  for (const loss of lossNames as LossName[]) {
    for (const hidden of activationNames) {
      // BCE and cross-entropy need outputs in (0, 1); MSE is checked with a linear output and
      // with the hidden activation itself. Softmax outputs are checked in softmax.test.ts.
      const outputs: ActivationName[] =
        loss === 'mse' ? ['linear', hidden === 'step' ? 'tanh' : hidden] : ['sigmoid'];
      for (const output of outputs) {
        it(`backprop matches gradientCheck() to 1e-6 over random nets: ${hidden} hidden, ${output} output, ${loss}`, () => {
          fc.assert(
            fc.property(netAndData(hidden, output), ({ net, data }) => {
              // Finite differences are meaningless across a kink: skip samples within 4h of one.
              fc.pre(!(kinked.has(hidden) || kinked.has(output)) || !nearKink(net, data, 4e-3));
              const r = gradientCheck(net, data, loss);
              return r.maxRelativeError < 1e-6;
            }),
            { numRuns: 40, seed: 42 },
          );
        });
      }
    }
  }

  it('property: the explained path (forward, gradients) equals the fast path (predict, trainer) to 1e-12', () => {
    fc.assert(
      fc.property(
        netAndData('tanh', 'sigmoid'),
        fc.constantFrom<ActivationName>(...activationNames),
        fc.constantFrom<LossName>('mse', 'bce'),
        ({ net: template, data }, hidden, loss) => {
          const json = template.toJSON();
          json.activations = json.activations.map((a, i, all) => (i < all.length - 1 ? hidden : a));
          const net = networkFromJSON(json);
          for (const x of data.inputs) expectClose(net.forward(x).output, net.predict(x), 1e-12);
          // One full-batch sgd update with learning rate 1 moves each parameter by minus its mean gradient.
          const mean = new Array(net.parameterCount).fill(0);
          data.inputs.forEach((x, i) => {
            const g = net.gradients(x, data.targets[i], loss);
            g.weights
              .flatMap((layer, l) => [...layer.flat(), ...g.biases[l]])
              .forEach((v, p) => (mean[p] += v / data.inputs.length));
          });
          const flat = (n: Network) => {
            const w = n.getWeights();
            return w.weights.flatMap((layer, l) => [...layer.flat(), ...w.biases[l]]);
          };
          const before = flat(net);
          createTrainer(net, data, { loss, learningRate: 1, batchSize: data.inputs.length }).step();
          expectClose(
            flat(net).map((p, i) => before[i] - p),
            mean,
            1e-12,
          );
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });
});
