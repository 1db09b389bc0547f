import { describe, expect, it } from 'vitest';
import { ONE_NEURON, oneNeuron } from './one-neuron';

describe('oneNeuron(x, w, b)', () => {
  it('gives the sigmoid of the weighted sum, exactly', () => {
    const { x, w, b } = ONE_NEURON.start;
    const z = w * x + b;
    expect(oneNeuron(x, w, b).z).toEqual([[z]]);
    expect(oneNeuron(x, w, b).output).toEqual([1 / (1 + Math.exp(-z))]);
  });

  it("shows the weighted sum and then the activation, with the reader's numbers", () => {
    const steps = oneNeuron(2, -1.5, 0.5).steps;
    expect(steps.map((s) => s.kind)).toEqual(['weightedSum', 'activation']);
    expect(steps[0].result).toBe(-2.5);
  });

  it('starts inside its controls range', () => {
    const { start, range } = ONE_NEURON;
    for (const value of Object.values(start)) {
      expect(value).toBeGreaterThanOrEqual(range.min);
      expect(value).toBeLessThanOrEqual(range.max);
    }
  });
});
