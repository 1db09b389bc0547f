import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { graphOf, mlp, parameters, valueLoss, valueNetwork } from '../../engine/index.ts';
import type { LossName, MlpOptions } from '../../engine/index.ts';

/** The fast path's gradients in getParams() order, for one sample. */
function fastGradients(net: ReturnType<typeof mlp>, x: number[], y: number[], loss: LossName) {
  const g = net.gradients(x, y, loss);
  return parameters(net).map((p) =>
    p.type === 'weight' ? g.weights[p.layer - 1][p.j - 1][p.k - 1] : g.biases[p.layer - 1][p.j - 1],
  );
}

/** The Value graph's gradients in the same order, and its loss. */
function graphGradients(net: ReturnType<typeof mlp>, x: number[], y: number[], loss: LossName) {
  const vnet = valueNetwork(net);
  const L = valueLoss(vnet.forward(x), y, loss);
  L.backward();
  return { loss: L.data, grads: vnet.parameters.map((p) => p.grad) };
}

const cases: [string, number[], MlpOptions, LossName][] = [
  ['2-2-1 sigmoid, MSE', [2, 2, 1], { activation: 'sigmoid', output: 'sigmoid' }, 'mse'],
  ['2-3-1 tanh, BCE', [2, 3, 1], { activation: 'tanh', output: 'sigmoid' }, 'bce'],
  ['3-4-2-2 relu, MSE', [3, 4, 2, 2], { activation: 'relu', output: 'linear' }, 'mse'],
  [
    '2-3-3 leaky ReLU, softmax, cross-entropy',
    [2, 3, 3],
    { activation: 'leakyRelu', output: 'softmax' },
    'crossEntropy',
  ],
  ['2-2-1 softplus, linear, MSE', [2, 2, 1], { activation: 'softplus', output: 'linear' }, 'mse'],
];

describe('valueNetwork: the graph of a network agrees with the fast path', () => {
  it.each(cases)('%s: loss and every gradient to 1e-12', (_name, sizes, options, loss) => {
    const net = mlp(sizes, { ...options, seed: 7 });
    const x = sizes[0] === 3 ? [0.3, -0.8, 0.5] : [0.3, -0.8];
    const out = sizes[sizes.length - 1];
    const y = loss === 'crossEntropy' ? [0, 1, 0] : out === 2 ? [0.2, 0.9] : [1];
    const fast = fastGradients(net, x, y, loss);
    const graph = graphGradients(net, x, y, loss);
    expect(graph.loss).toBeCloseTo(net.gradients(x, y, loss).loss, 12);
    graph.grads.forEach((g, i) => expect(Math.abs(g - fast[i])).toBeLessThanOrEqual(1e-12));
  });

  it('agrees at the kink z = 0, where ReLU takes slope 0 and leaky ReLU 0.01', () => {
    for (const activation of ['relu', 'leakyRelu'] as const) {
      const net = mlp([1, 2, 1], { activation, output: 'sigmoid' });
      net.setWeights({ weights: [[[1], [-1]], [[0.5, -0.3]]], biases: [[0, 0], [0.1]] });
      // + 0 turns -0 into 0: the two paths may reach a zero gradient with different signs.
      const fast = fastGradients(net, [0], [1], 'mse').map((g) => g + 0);
      expect(graphGradients(net, [0], [1], 'mse').grads.map((g) => g + 0)).toEqual(fast);
    }
  });

  it('agrees on random networks, weights and samples', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
        fc.constantFrom<MlpOptions['activation']>('sigmoid', 'tanh', 'relu', 'leakyRelu'),
        fc.integer({ min: 0, max: 1e6 }),
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (nIn, hidden, activation, seed, x0, target) => {
          const net = mlp([nIn, ...hidden, 1], { activation, output: 'sigmoid', seed });
          const x = x0.slice(0, nIn);
          const fast = fastGradients(net, x, [target], 'mse');
          const graph = graphGradients(net, x, [target], 'mse');
          graph.grads.forEach((g, i) =>
            expect(Math.abs(g - fast[i])).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(fast[i]))),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('labels parameters as getParams() does, and the neurons of each layer', () => {
    const net = mlp([2, 2, 1], { seed: 1 });
    const vnet = valueNetwork(net);
    expect(vnet.parameters.map((p) => p.label)).toEqual(parameters(net).map((p) => p.label));
    expect(vnet.parameters.map((p) => p.data)).toEqual(Array.from(net.getParams()));
    const [out] = vnet.forward([1, 0]);
    expect(out.label).toBe('a(2)_1');
    expect(out.inputs[0].label).toBe('z(2)_1');
    expect(out.data).toBeCloseTo(net.predict([1, 0])[0], 15);
  });

  it('tags each value with its neuron: weights, products, bias, z and activation', () => {
    const net = mlp([2, 3, 1], { activation: 'leakyRelu', output: 'sigmoid', seed: 2 });
    const vnet = valueNetwork(net);
    const [out] = vnet.forward([0.5, -1]);
    const { nodes, edges } = graphOf(out);
    // Every parameter belongs to the neuron its label names.
    parameters(net).forEach((p, i) =>
      expect(vnet.parameters[i].group).toEqual({ layer: p.layer, neuron: p.j }),
    );
    // The inputs x belong to no neuron; everything else does.
    expect(nodes.filter((n) => !n.group).map((n) => n.label)).toEqual(['x1', 'x2']);
    // A neuron's values reach another neuron only through its activation a.
    for (const e of edges) {
      const [from, to] = [nodes[e.from], nodes[e.to]];
      if (from.group && to.group && from.group.neuron !== to.group.neuron)
        expect(from.label).toBe(`a(${from.group.layer})_${from.group.neuron}`);
    }
    // Leaky ReLU's own constants and nodes are its neuron's: 3 hidden neurons, each 2 products,
    // 2 weights, 1 bias, z, and 0.01 z + 0.99 relu(z) (2 constants, 4 operations).
    expect(nodes.filter((n) => n.group?.layer === 1 && n.group.neuron === 2)).toHaveLength(12);
  });

  it("tags softmax's values with its layer, and each weighted sum with its neuron", () => {
    const net = mlp([2, 2, 3], { activation: 'tanh', output: 'softmax', seed: 3 });
    const outs = valueNetwork(net).forward([0.1, 0.2]);
    const total = outs[0].inputs[1];
    expect(total.group).toEqual({ layer: 2 });
    outs.forEach((a) => expect(a.group).toEqual({ layer: 2 }));
    const sums = graphOf(total).nodes.filter((n) => n.label.startsWith('z(2)'));
    expect(sums.map((z) => z.group)).toEqual([1, 2, 3].map((neuron) => ({ layer: 2, neuron })));
  });
});

describe('valueNetwork and valueLoss: bad input', () => {
  it('names an activation that has no Value form', () => {
    expect(() => valueNetwork(mlp([2, 1], { output: 'elu' }))).toThrow(
      'valueNetwork: layer 1\'s activation "elu" has no Value form; expected one of linear, sigmoid, tanh, relu, leakyRelu, softplus, softmax',
    );
  });
  it('checks the input length', () => {
    expect(() => valueNetwork(mlp([2, 1])).forward([1])).toThrow(
      'forward: expected 2 x (one per input), got 1',
    );
  });
  it('refuses a BCE prediction the fast path would clamp', () => {
    const net = mlp([1, 1], { output: 'sigmoid' });
    net.setWeights({ weights: [[[100]]], biases: [[0]] });
    const out = valueNetwork(net).forward([1]);
    expect(() => valueLoss(out, [1], 'bce')).toThrow(
      'valueLoss: bce needs predictions strictly between',
    );
  });
  it('checks the targets', () => {
    const out = valueNetwork(mlp([2, 1])).forward([1, 0]);
    expect(() => valueLoss(out, [1, 0], 'mse')).toThrow(
      'valueLoss: expected 1 targets (one per output), got 2',
    );
  });
});
