import { describe, expect, it } from 'vitest';
import { activations, neuron, toLatex, toText } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

describe('neuron', () => {
  it('neuron().forward(x) computes z = w . x + b and a = f(z)', () => {
    const n = neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' });
    const { z, a } = n.forward([1, 0]);
    expectClose(z, 0.6);
    expectClose(a, 1 / (1 + Math.exp(-0.6)));
  });

  it('neuron().forward(x) returns a weighted-sum step and an activation step with the numbers', () => {
    const n = neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' });
    const { steps } = n.forward([1, 0]);
    expect(steps.map((s) => s.kind)).toEqual(['weightedSum', 'activation']);
    expect(toLatex(steps[0])).toBe('z = (0.5)(1) + (-0.3)(0) + 0.1 = 0.6');
    expect(toLatex(steps[1])).toBe(String.raw`a = \sigma(0.6) = 0.6457`);
    expect(toLatex(steps[0], { symbolic: true })).toBe(
      'z = w_{1} x_{1} + w_{2} x_{2} + b = (0.5)(1) + (-0.3)(0) + 0.1 = 0.6',
    );
    expect(toText(steps[0], { symbolic: true })).toBe(
      'z = w1*x1 + w2*x2 + b = (0.5)(1) + (-0.3)(0) + 0.1 = 0.6',
    );
    expect(toText(steps[1])).toBe('a = sigmoid(0.6) = 0.6457');
    expect(toText(steps[1], { symbolic: true })).toBe('a = sigmoid(z) = sigmoid(0.6) = 0.6457');
  });

  it('neuron() keeps full precision in steps while rendering 4 decimals', () => {
    const n = neuron({ weights: [1 / 3], bias: 0, activation: 'linear' });
    const { steps, z } = n.forward([1]);
    expect(z).toBe(1 / 3);
    expect(steps[0].kind === 'weightedSum' && steps[0].result).toBe(1 / 3);
    expect(toText(steps[0])).toBe('z = (0.3333)(1) + 0 = 0.3333');
  });

  it('neuron() with a step activation outputs 1 at z = 0', () => {
    const n = neuron({ weights: [1, 1], bias: -1, activation: 'step' });
    expect(n.forward([1, 0]).a).toBe(1);
    expect(n.forward([0, 0]).a).toBe(0);
    expect(toLatex(n.forward([1, 0]).steps[1])).toBe(String.raw`a = \operatorname{step}(0) = 1`);
  });

  it('neuron() with a step activation reads a sum that is rounding noise around 0 as the 0 it shows', () => {
    // (-0.1)(1) + (-0.2)(1) + 0.3 is -5.55e-17 in binary: exactly 0, so step(0) = 1.
    const n = neuron({ weights: [-0.1, -0.2], bias: 0.3, activation: 'step' });
    const out = n.forward([1, 1]);
    expect(out.z).toBeLessThan(0);
    expect(out.a).toBe(1);
    expect(toText(out.steps[0])).toBe('z = (-0.1)(1) + (-0.2)(1) + 0.3 = 0');
    expect(toText(out.steps[1])).toBe('a = step(0) = 1');
    // A genuine small negative sum stays below the threshold.
    expect(neuron({ weights: [1], bias: -1e-9, activation: 'step' }).forward([0]).a).toBe(0);
    // Continuous activations get z as computed.
    const s = neuron({ weights: [-0.1, -0.2], bias: 0.3, activation: 'sigmoid' }).forward([1, 1]);
    expect(s.a).toBe(activations.sigmoid.f(s.z));
  });

  it('neuron() accepts an activation object and defaults to sigmoid', () => {
    expect(neuron({ weights: [1], bias: 0, activation: activations.tanh }).forward([1]).a).toBe(
      Math.tanh(1),
    );
    expect(neuron({ weights: [1], bias: 0 }).activation.name).toBe('sigmoid');
  });

  it('neuron() copies and freezes its weights', () => {
    const w = [1, 2];
    const n = neuron({ weights: w, bias: 0, activation: 'linear' });
    w[0] = 100;
    expect(n.weights).toEqual([1, 2]);
    expect(Object.isFrozen(n.weights)).toBe(true);
  });

  it('neuron().forward(x) rejects inputs of the wrong length', () => {
    const n = neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' });
    expect(() => n.forward([1, 0, 1])).toThrow(
      'neuron.forward: expected 2 inputs (one per weight), got 3',
    );
    expect(() => n.forward([])).toThrow(
      'neuron.forward: expected 2 inputs (one per weight), got 0',
    );
  });

  it('neuron() and forward() reject NaN and Infinity, naming where', () => {
    const n = neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' });
    expect(() => n.forward([1, NaN])).toThrow(
      'neuron.forward: expected inputs to be finite numbers, got NaN at index 1',
    );
    expect(() => neuron({ weights: [Infinity], bias: 0 })).toThrow(
      'neuron: expected weights to be finite numbers, got Infinity at index 0',
    );
    expect(() => neuron({ weights: [1], bias: NaN })).toThrow(
      'neuron: expected bias to be a finite number, got NaN',
    );
    expect(() => neuron({ weights: 'ab' as never, bias: 0 })).toThrow(
      'neuron: expected weights to be an array of numbers, got "ab"',
    );
  });

  it('neuron() rejects an unknown activation, listing the valid ones', () => {
    expect(() => neuron({ weights: [1], bias: 0, activation: 'softmax' as never })).toThrow(
      /neuron: unknown activation "softmax"; expected one of step, linear, sigmoid/,
    );
  });
});
