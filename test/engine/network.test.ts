import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/typeset';
import { activations, losses, mlp, networkFromJSON, toLatex, toText } from '../../engine/index.ts';
import type { Network } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

/** A 2-2-1 sigmoid net with hand-picked weights, so values can be checked by hand. */
function net221(): Network {
  const net = mlp([2, 2, 1], { activation: 'sigmoid', output: 'sigmoid', seed: 1 });
  net.setWeights({
    weights: [
      [
        [0.15, 0.2],
        [0.25, 0.3],
      ],
      [[0.4, 0.45]],
    ],
    biases: [[0.35, 0.35], [0.6]],
  });
  return net;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The mean loss over outputs for input x, from predict(): the function gradients() differentiates. */
function lossAt(net: Network, x: number[], y: number[], loss: 'mse' | 'bce'): number {
  const out = net.predict(x);
  return out.reduce((s, o, j) => s + losses[loss].f(o, y[j]), 0) / out.length;
}

describe('mlp', () => {
  it('mlp(sizes, options) builds layers with the requested shape and activations', () => {
    const net = mlp([2, 4, 3, 1], { activation: 'relu', output: 'sigmoid', seed: 1 });
    expect(net.sizes).toEqual([2, 4, 3, 1]);
    expect(net.activations.map((a) => a.name)).toEqual(['relu', 'relu', 'sigmoid']);
    expect(net.parameterCount).toBe(2 * 4 + 4 + 4 * 3 + 3 + 3 * 1 + 1);
    const w = net.getWeights();
    expect(w.weights.map((l) => [l.length, l[0].length])).toEqual([
      [4, 2],
      [3, 4],
      [1, 3],
    ]);
    expect(w.biases.flat().every((b) => b === 0)).toBe(true);
  });

  it('mlp() is deterministic for a seed and differs between seeds', () => {
    expect(mlp([2, 3, 1], { seed: 5 }).getWeights()).toEqual(
      mlp([2, 3, 1], { seed: 5 }).getWeights(),
    );
    expect(mlp([2, 3, 1], { seed: 5 }).getWeights()).not.toEqual(
      mlp([2, 3, 1], { seed: 6 }).getWeights(),
    );
  });

  it('mlp() initialises tanh layers Xavier-uniform and relu layers He-normal', () => {
    const wide = mlp([200, 200, 1], { activation: 'tanh', seed: 2 }).getWeights().weights[0].flat();
    const limit = Math.sqrt(6 / 400);
    expect(Math.max(...wide.map(Math.abs))).toBeLessThanOrEqual(limit);
    expect(Math.max(...wide.map(Math.abs))).toBeGreaterThan(0.95 * limit);
    const he = mlp([200, 200, 1], { activation: 'relu', seed: 2 }).getWeights().weights[0].flat();
    const sd = Math.sqrt(he.reduce((s, v) => s + v * v, 0) / he.length);
    expectClose(sd, Math.sqrt(2 / 200), 0.02);
  });

  it('predict(x) of a 2-2-1 sigmoid net matches a hand computation', () => {
    const net = net221();
    const h1 = sigmoid(0.15 * 0.05 + 0.2 * 0.1 + 0.35);
    const h2 = sigmoid(0.25 * 0.05 + 0.3 * 0.1 + 0.35);
    expectClose(net.predict([0.05, 0.1]), [sigmoid(0.4 * h1 + 0.45 * h2 + 0.6)]);
  });

  it('forward(x) and predict(x) agree to 1e-12 for every activation', () => {
    for (const name of Object.keys(activations) as (keyof typeof activations)[]) {
      const net = mlp([3, 5, 4, 2], {
        activation: name,
        output: name === 'step' ? 'sigmoid' : name,
        seed: 3,
      });
      for (const x of [
        [0.1, -0.7, 2],
        [-1.5, 0.3, 0.05],
      ]) {
        const f = net.forward(x);
        expectClose(f.output, net.predict(x), 1e-12);
        expect(f.a[2]).toEqual(f.output);
      }
    }
  });

  it('predictInto(x, out) writes the prediction into out and returns it', () => {
    const net = mlp([2, 3, 2], { seed: 5 });
    const out = new Float64Array(2);
    expect(net.predictInto([0.3, -0.4], out)).toBe(out);
    expect(Array.from(out)).toEqual(net.predict([0.3, -0.4]));
    expect(() => net.predictInto([0.3, -0.4], new Float64Array(3))).toThrow(
      'predictInto: expected out to be an array of 2 slots (the size of the output layer), got a Float64Array of length 3',
    );
  });

  it('forward(x) labels layer l neuron j as z^{(l)}_{j} and a^{(l)}_{j} with weights w^{(l)}_{jk}', () => {
    const f = net221().forward([0.05, 0.1]);
    expect(f.steps.map((s) => s.kind)).toEqual([
      'weightedSum',
      'activation',
      'weightedSum',
      'activation',
      'weightedSum',
      'activation',
    ]);
    expect(toLatex(f.steps[2], { symbolic: true })).toBe(
      'z^{(1)}_{2} = w^{(1)}_{21} x_{1} + w^{(1)}_{22} x_{2} + b^{(1)}_{2} = (0.25)(0.05) + (0.3)(0.1) + 0.35 = 0.3925',
    );
    expect(toText(f.steps[4], { symbolic: true })).toMatch(
      /^z\(2\)_1 = w\(2\)_11\*a\(1\)_1 \+ w\(2\)_12\*a\(1\)_2 \+ b\(2\)_1 = \(0\.4\)\(0\.5933\) \+ \(0\.45\)\(0\.5969\) \+ 0\.6 = 1\.1059$/,
    );
    expect(toText(f.steps[5])).toBe('a(2)_1 = sigmoid(1.1059) = 0.7514');
  });

  it('gradients() of a 2-2-1 sigmoid net match central differences', () => {
    for (const loss of ['mse', 'bce'] as const) {
      const net = net221();
      const x = [0.05, 0.1];
      const y = [0.99];
      const g = net.gradients(x, y, loss);
      expectClose(g.loss, lossAt(net, x, y, loss), 1e-15);
      const h = 1e-6;
      const numeric = (set: (v: number) => void, v0: number) => {
        set(v0 + h);
        const up = lossAt(net, x, y, loss);
        set(v0 - h);
        const down = lossAt(net, x, y, loss);
        set(v0);
        return (up - down) / (2 * h);
      };
      for (let l = 1; l <= 2; l++) {
        for (let j = 1; j <= net.sizes[l]; j++) {
          for (let k = 1; k <= net.sizes[l - 1]; k++) {
            const n = numeric((v) => net.setWeight(l, j, k, v), net.getWeight(l, j, k));
            expectClose(g.weights[l - 1][j - 1][k - 1], n, 1e-8);
          }
          const n = numeric((v) => net.setBias(l, j, v), net.getBias(l, j));
          expectClose(g.biases[l - 1][j - 1], n, 1e-8);
        }
      }
    }
  });

  it('gradients() of the classic 2-2-1 example give the textbook dL/dw^{(2)}_{11}', () => {
    // Matt Mazur's worked example uses E = 1/2 (target - out)^2, i.e. half our squared error.
    const net = net221();
    const g = net.gradients([0.05, 0.1], [0.01], 'mse');
    expectClose(g.weights[1][0][0] / 2, 0.08216704056423078, 1e-6);
  });

  it('gradients() returns forward, loss, chain-rule and backprop-sum steps that render as MathML', () => {
    const net = mlp([2, 3, 2], { activation: 'tanh', output: 'sigmoid', seed: 4 });
    const g = net.gradients([0.3, -0.2], [1, 0], 'bce');
    const kinds = new Set(g.steps.map((s) => s.kind));
    expect([...kinds].sort()).toEqual([
      'activation',
      'activationDerivative',
      'backpropSum',
      'chainRule',
      'loss',
      'lossDerivative',
      'weightedSum',
    ]);
    for (const s of g.steps) {
      expect(() => typeset(toLatex(s, { symbolic: true }))).not.toThrow();
      expect(() => typeset(toLatex(s))).not.toThrow();
    }
    // Each weight's chain-rule step has three named factors whose product is its gradient.
    const w = g.steps.find((s) => s.kind === 'chainRule' && s.output.text === 'dL/dw(1)_21');
    expect(w?.kind).toBe('chainRule');
    if (w?.kind === 'chainRule') {
      expect(w.factors.map((f) => f.label.text)).toEqual([
        'dL/da(1)_2',
        'da(1)_2/dz(1)_2',
        'dz(1)_2/dw(1)_21',
      ]);
      expect(w.factors[2].value).toBe(0.3);
      expect(w.result).toBe(w.factors[0].value * w.factors[1].value * w.factors[2].value);
      expect(w.result).toBe(g.weights[0][1][0]);
    }
  });

  it('explainGradient() gives one parameter its gradient and only the steps on its path', () => {
    const net = mlp([2, 3, 2], { activation: 'tanh', output: 'sigmoid', seed: 4 });
    const x = [0.3, -0.2];
    const y = [1, 0];
    const all = net.gradients(x, y, 'mse');
    const one = net.explainGradient(x, y, 'mse', { type: 'weight', layer: 1, j: 2, k: 1 });
    expect(one.value).toBe(all.weights[0][1][0]);
    expect(one.parameter.latex).toBe('w^{(1)}_{21}');
    expect(one.steps.map((s) => toText(s).split(' =')[0])).toEqual([
      'L',
      'dL/da(2)_1',
      'dL/da(2)_2',
      'da(2)_1/dz(2)_1',
      'dL/dz(2)_1',
      'da(2)_2/dz(2)_2',
      'dL/dz(2)_2',
      'dL/da(1)_2',
      'da(1)_2/dz(1)_2',
      'dL/dz(1)_2',
      'dL/dw(1)_21',
    ]);
    const bias = net.explainGradient(x, y, 'mse', { type: 'bias', layer: 2, j: 2 });
    expect(bias.value).toBe(all.biases[1][1]);
    expect(bias.steps.map((s) => toText(s).split(' =')[0])).toEqual([
      'L',
      'dL/da(2)_2',
      'da(2)_2/dz(2)_2',
      'dL/dz(2)_2',
      'dL/db(2)_2',
    ]);
  });

  it('getWeight/setWeight and getBias/setBias address parameters as the math does, from 1', () => {
    const net = net221();
    expect(net.getWeight(1, 2, 1)).toBe(0.25);
    expect(net.getBias(2, 1)).toBe(0.6);
    net.setWeight(2, 1, 2, -1.5);
    net.setBias(1, 2, 0.01);
    expect(net.getWeights().weights[1][0][1]).toBe(-1.5);
    expect(net.getWeights().biases[0][1]).toBe(0.01);
    expect(net.parameterLabel(0).latex).toBe('w^{(1)}_{11}');
    expect(net.parameterLabel(4).latex).toBe('b^{(1)}_{1}');
    expect(net.parameterLabel(8).latex).toBe('b^{(2)}_{1}');
  });

  it('toJSON() round-trips through JSON.stringify and networkFromJSON()', () => {
    const net = mlp([2, 3, 1], { activation: 'relu', output: 'linear', seed: 9 });
    const copy = networkFromJSON(JSON.parse(JSON.stringify(net)));
    expect(copy.sizes).toEqual([2, 3, 1]);
    expect(copy.activations.map((a) => a.name)).toEqual(['relu', 'linear']);
    expect(copy.predict([0.4, -0.9])).toEqual(net.predict([0.4, -0.9]));
    expect(copy.getWeights()).toEqual(net.getWeights());
  });

  it('networkFromJSON() rejects malformed JSON, saying what was expected', () => {
    const json = mlp([2, 2, 1], { seed: 1 }).toJSON();
    expect(() => networkFromJSON({ ...json, activations: ['tanh'] })).toThrow(
      'networkFromJSON: expected 2 activations (one per layer after the input), got 1',
    );
    // softmax reads a whole layer: it may be the output, never a hidden layer.
    expect(() => networkFromJSON({ ...json, activations: ['softmax', 'sigmoid'] })).toThrow(
      /^networkFromJSON: unknown activation "softmax"; expected one of/,
    );
    expect(() => networkFromJSON({ ...json, activations: ['tanh', 'softmx'] })).toThrow(
      /^networkFromJSON: unknown activation "softmx"; expected one of/,
    );
    expect(() => networkFromJSON({ ...json, sizes: [2, 0, 1] })).toThrow(
      'networkFromJSON: expected every layer size to be an integer >= 1, got 0 at index 1',
    );
    expect(() => networkFromJSON(null as never)).toThrow(
      'networkFromJSON: expected { sizes, activations, weights, biases } as made by net.toJSON()',
    );
  });

  it('clone() is independent of the original', () => {
    const net = net221();
    const copy = net.clone();
    copy.setWeight(1, 1, 1, 5);
    expect(net.getWeight(1, 1, 1)).toBe(0.15);
    expect(copy.predict([1, 1])).not.toEqual(net.predict([1, 1]));
  });

  it('mlp() rejects layers of size 0 and bad shapes, saying what was expected', () => {
    expect(() => mlp([2, 0, 1])).toThrow(
      'mlp: expected every layer size to be an integer >= 1, got 0 at index 1',
    );
    expect(() => mlp([2])).toThrow(
      'mlp: expected sizes to be an array of at least 2 layer sizes like [2, 4, 1], got an array of length 1',
    );
    expect(() => mlp([2, 1.5])).toThrow(
      'mlp: expected every layer size to be an integer >= 1, got 1.5 at index 1',
    );
    expect(() => mlp([2, 1], { activation: 'sigmoidd' as never })).toThrow(
      /^mlp: unknown activation "sigmoidd"; expected one of step, linear, sigmoid, tanh, relu, leakyRelu/,
    );
    expect(() => mlp([2, 1], { seed: NaN })).toThrow(
      'mlp: expected seed to be a finite number, got NaN',
    );
  });

  it('predict(), forward() and gradients() reject wrong lengths, NaN and unknown losses', () => {
    const net = net221();
    expect(() => net.predict([1])).toThrow(
      'predict: expected 2 inputs (the size of the input layer), got 1',
    );
    expect(() => net.forward([1, 2, 3])).toThrow(
      'forward: expected 2 inputs (the size of the input layer), got 3',
    );
    expect(() => net.predict([1, NaN])).toThrow(
      'predict: expected inputs to be finite numbers, got NaN at index 1',
    );
    expect(() => net.gradients([1, 2], [1, 0], 'mse')).toThrow(
      'gradients: expected 1 targets (the size of the output layer), got 2',
    );
    expect(() => net.gradients([1, 2], [Infinity], 'mse')).toThrow(
      'gradients: expected targets to be finite numbers, got Infinity at index 0',
    );
    expect(() => net.gradients([1, 2], [1], 'hinge' as never)).toThrow(
      'gradients: unknown loss "hinge"; expected one of mse, bce, crossEntropy',
    );
  });

  it('setWeight(), setWeights() and explainGradient() reject bad indices and values', () => {
    const net = net221();
    expect(() => net.setWeight(0, 1, 1, 1)).toThrow(
      'setWeight: expected layer to be an integer from 1 to 2 (layer 0 is the input and has no weights), got 0',
    );
    expect(() => net.getWeight(1, 3, 1)).toThrow(
      'getWeight: expected j to be an integer from 1 to 2 (neuron of layer 1), got 3',
    );
    expect(() => net.setBias(1, 1, NaN)).toThrow(
      'setBias: expected value to be a finite number, got NaN',
    );
    expect(() => net.setWeights({ weights: [[[1, 2]]], biases: [[0]] })).toThrow(
      'setWeights: expected weights and biases for 2 layers, got 1 and 1',
    );
    expect(() =>
      net.setWeights({
        weights: [
          [
            [1, 2],
            [3, NaN],
          ],
          [[1, 1]],
        ],
        biases: [[0, 0], [0]],
      }),
    ).toThrow(
      'setWeights: expected weights of layer 1 neuron 2 to be finite numbers, got NaN at index 1',
    );
    expect(net.getWeight(1, 1, 1)).toBe(0.15); // a rejected setWeights changes nothing
    expect(() =>
      net.explainGradient([1, 1], [1], 'mse', { type: 'weight', layer: 2, j: 1, k: 3 }),
    ).toThrow(
      'explainGradient: expected k to be an integer from 1 to 2 (neuron of layer 1), got 3',
    );
  });

  it('getParams() and setParams() copy every parameter in the flat training order', () => {
    const net = net221();
    const flat = net.getParams();
    expect(Array.from(flat)).toEqual([0.15, 0.2, 0.25, 0.3, 0.35, 0.35, 0.4, 0.45, 0.6]);
    expect(net.getParams(new Float64Array(9))).toEqual(flat);
    flat[0] = 9;
    expect(net.getWeight(1, 1, 1)).toBe(0.15);
    const other = mlp([2, 2, 1], { seed: 7 });
    other.setParams(flat);
    expect(other.getWeight(1, 1, 1)).toBe(9);
    expect(other.getBias(2, 1)).toBe(0.6);
    expect(() => other.setParams([1, 2])).toThrow(
      'setParams: expected 9 values (one per parameter), got 2',
    );
    expect(() => other.setParams([...flat.slice(0, 8), NaN])).toThrow(
      'setParams: expected values to be finite numbers, got NaN at index 8',
    );
    expect(other.getWeight(1, 1, 1)).toBe(9);
    expect(() => net.getParams(new Float64Array(3))).toThrow(
      'getParams: expected out to be a Float64Array of 9 slots',
    );
  });
});
