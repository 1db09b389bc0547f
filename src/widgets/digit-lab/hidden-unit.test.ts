import { describe, expect, it } from 'vitest';
import { mlp } from '../../../engine/index.ts';
import { hiddenActivations, hiddenUnitSteps, inkedTerms } from './hidden-unit';

// A small stand-in for the lab's network: 5 pixels, 3 ReLU neurons, 2 softmax outputs.
const net = mlp([5, 3, 2], { activation: 'relu', output: 'softmax', seed: 4 });
const x = [0, 0.5, 0, 1, 0];
const pass = net.forward(x);

describe('hiddenUnitSteps(steps, unit)', () => {
  it('finds hidden neuron 2’s weighted sum and activation, as the forward pass computed them', () => {
    const pair = hiddenUnitSteps(pass.steps, 1)!;
    expect(pair.sum.output.latex).toBe('z^{(1)}_{2}');
    expect(pair.sum.result).toBe(pass.z[0][1]);
    expect(pair.activation.result).toBe(pass.a[0][1]);
    expect(pair.activation.result).toBe(Math.max(0, pass.z[0][1]));
  });

  it('returns null past the hidden layer', () => {
    expect(hiddenUnitSteps(pass.steps, 3)).toBeNull();
    expect(hiddenUnitSteps([], 0)).toBeNull();
  });
});

describe('inkedTerms(step)', () => {
  it('keeps the terms whose input is not 0, and the same bias and result', () => {
    const { sum } = hiddenUnitSteps(pass.steps, 0)!;
    const inked = inkedTerms(sum);
    expect(inked.inputs.map((o) => o.label.latex)).toEqual(['x_{2}', 'x_{4}']);
    expect(inked.weights.map((o) => o.value)).toEqual([
      net.getWeight(1, 1, 2),
      net.getWeight(1, 1, 4),
    ]);
    expect(inked.bias).toBe(sum.bias);
    expect(inked.result).toBe(sum.result);
    const total = inked.weights.reduce((s, w, k) => s + w.value * inked.inputs[k].value, 0);
    expect(total + inked.bias.value).toBeCloseTo(sum.result, 12);
  });
});

describe('hiddenActivations(steps)', () => {
  it('lists the hidden layer’s activations in order', () => {
    expect(hiddenActivations(pass.steps)).toEqual(pass.a[0]);
  });
});
