import { describe, expect, it } from 'vitest';
import { createRng, gates, perceptronStep, trainPerceptron } from '../../engine/index.ts';
import {
  learnOne,
  learnUntilRight,
  rightCount,
  startLearning,
  stepNeuron,
} from '../../src/lib/gate-learning';

describe('learnOne(state, data, eta)', () => {
  it('applies perceptronStep to the samples in truth-table order and counts mistakes per epoch', () => {
    let s = startLearning(stepNeuron(0, 0, 0));
    // step(0) = 1, so the AND neuron starting at zero is wrong on (0, 0) first.
    s = learnOne(s, gates.AND, 1);
    const direct = perceptronStep(stepNeuron(0, 0, 0), [0, 0], 0, 1);
    expect(s.neuron.weights).toEqual(direct.neuron.weights);
    expect(s.neuron.bias).toBe(direct.neuron.bias);
    expect(s.last?.sample).toBe(0);
    expect(s.last?.error).toBe(-1);
    expect(s.mistakes).toBe(1);
    for (let i = 0; i < 3; i++) s = learnOne(s, gates.AND, 1);
    expect(s.epoch).toBe(2);
    expect(s.next).toBe(0);
    expect(s.history).toHaveLength(1);
    expect(s.updates).toBe(4);
  });

  it('drops binary rounding noise from the new weights', () => {
    let s = startLearning(stepNeuron(0.1, 0.2, 0));
    s = learnOne(s, gates.AND, 0.1); // wrong on (0, 0): only the bias moves
    s = learnOne(s, gates.OR, 0.1);
    expect(s.neuron.weights.every((w) => String(w).length < 8)).toBe(true);
  });
});

describe('learnUntilRight(state, data, eta, maxEpochs)', () => {
  it('ends with the same neuron as trainPerceptron from the same starting weights', () => {
    for (const name of ['AND', 'OR', 'NAND', 'NOR'] as const) {
      const rng = createRng(1);
      const start = stepNeuron(rng.next() - 0.5, rng.next() - 0.5, rng.next() - 0.5);
      const trained = trainPerceptron(gates[name], { learningRate: 0.1, seed: 1 });
      const { state, solved } = learnUntilRight(startLearning(start), gates[name], 0.1, 100);
      expect(solved).toBe(true);
      expect(trained.converged).toBe(true);
      state.neuron.weights.forEach((w, i) => expect(w).toBeCloseTo(trained.neuron.weights[i], 10));
      expect(state.neuron.bias).toBeCloseTo(trained.neuron.bias, 10);
      expect(rightCount(state.neuron, gates[name])).toBe(4);
    }
  });

  it('gives up on XOR after the epoch limit, never getting all four right', () => {
    const { state, solved } = learnUntilRight(startLearning(stepNeuron(0, 0, 0)), gates.XOR, 1, 20);
    expect(solved).toBe(false);
    expect(state.epoch).toBe(21);
    expect(state.history).toHaveLength(20);
    expect(state.history.every((m) => m > 0)).toBe(true);
    expect(rightCount(state.neuron, gates.XOR)).toBeLessThan(4);
  });
});
