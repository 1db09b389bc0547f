import { describe, expect, it } from 'vitest';
import { activations, mlp, toText, type ActivationName } from '../../../engine/index.ts';
import { activationSteps, noDerivativeAt, zAtFraction } from './activation-steps';

const names: ActivationName[] = ['step', 'sigmoid', 'tanh', 'relu', 'leakyRelu'];

describe('activationSteps(name, z)', () => {
  it("holds the engine's f(z) and df(z) for every lesson activation", () => {
    for (const name of names) {
      for (const z of [-2.5, -0.1, 0, 0.4, 3]) {
        const [a, d] = activationSteps(name, z);
        expect(a.result).toBe(activations[name].f(z));
        expect(d.result).toBe(activations[name].df(z));
      }
    }
  });

  it("renders like the engine's own steps: a = sigmoid(z) = sigmoid(0.5) = 0.6225, da/dz = ...", () => {
    const [a, d] = activationSteps('sigmoid', 0.5);
    expect(toText(a, { symbolic: true })).toBe('a = sigmoid(z) = sigmoid(0.5) = 0.6225');
    expect(toText(d, { symbolic: true })).toBe("da/dz = sigmoid'(z) = sigmoid'(0.5) = 0.235");
  });

  it("has the same kind and values as the derivative step a network's backward pass emits", () => {
    const net = mlp([1, 1], { output: 'tanh' });
    net.setWeights({ weights: [[[1]]], biases: [[0]] });
    const emitted = net
      .gradients([0.7], [0], 'mse')
      .steps.find((s) => s.kind === 'activationDerivative');
    const [, mine] = activationSteps('tanh', 0.7);
    expect(emitted?.kind).toBe(mine.kind);
    expect(emitted && 'result' in emitted ? emitted.result : NaN).toBe(mine.result);
  });
});

describe('noDerivativeAt(name, z)', () => {
  it('finds the jump of the step and the corners of the ReLUs at z = 0, and nothing elsewhere', () => {
    expect(noDerivativeAt('step', 0)?.kind).toBe('jump');
    expect(noDerivativeAt('relu', 0)?.kind).toBe('corner');
    expect(noDerivativeAt('leakyRelu', 0)?.kind).toBe('corner');
    for (const name of ['sigmoid', 'tanh', 'softplus', 'elu'] as const)
      expect(noDerivativeAt(name, 0)).toBeNull();
    for (const name of names) expect(noDerivativeAt(name, 0.05)).toBeNull();
  });

  it("names the slope the engine uses there, which is the engine's df(0)", () => {
    expect(activations.step.df(0)).toBe(0);
    expect(noDerivativeAt('step', 0)?.note).toContain('the engine uses 0');
    expect(noDerivativeAt('relu', 0)?.note).toContain(`the engine takes ${activations.relu.df(0)}`);
    expect(noDerivativeAt('leakyRelu', 0)?.note).toContain(
      `the engine takes ${activations.leakyRelu.df(0)}`,
    );
  });

  it('the one-sided slopes it states are the ones the engine computes beside 0', () => {
    const h = 1e-9;
    const side = (name: ActivationName, sign: number) =>
      (activations[name].f(sign * h) - activations[name].f(0)) / (sign * h);
    expect(side('relu', -1)).toBeCloseTo(0, 6);
    expect(side('relu', 1)).toBeCloseTo(1, 6);
    expect(side('leakyRelu', -1)).toBeCloseTo(0.01, 6);
    expect(side('leakyRelu', 1)).toBeCloseTo(1, 6);
    expect(noDerivativeAt('leakyRelu', 0)?.note).toContain(
      'slope 0.01 on the left, 1 on the right',
    );
  });
});

describe('zAtFraction(fraction, layout, step)', () => {
  const layout = { width: 400, marginLeft: 40, marginRight: 20, domain: [-5, 5] as const };
  it("maps the plot area's edges to the domain's ends and its middle to the middle", () => {
    expect(zAtFraction(40 / 400, layout, 0.05)).toBe(-5);
    expect(zAtFraction(380 / 400, layout, 0.05)).toBe(5);
    expect(zAtFraction(210 / 400, layout, 0.05)).toBe(0);
  });
  it('clamps pointers in the margins and rounds to the step', () => {
    expect(zAtFraction(0, layout, 0.05)).toBe(-5);
    expect(zAtFraction(1, layout, 0.05)).toBe(5);
    // 56.17% across the plot area is z = 0.617, which the 0.05 grid rounds to 0.6.
    expect(zAtFraction((40 + 0.5617 * 340) / 400, layout, 0.05)).toBe(0.6);
  });
});
