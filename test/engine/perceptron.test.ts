import { describe, expect, it } from 'vitest';
import { gates, neuron, perceptronStep, toText, trainPerceptron } from '../../engine/index.ts';

describe('gates', () => {
  it('gates are truth tables with inputs [[0,0],[0,1],[1,0],[1,1]] and one target array per sample', () => {
    for (const g of Object.values(gates))
      expect(g.inputs).toEqual([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]);
    expect(gates.AND.targets).toEqual([[0], [0], [0], [1]]);
    expect(gates.OR.targets).toEqual([[0], [1], [1], [1]]);
    expect(gates.NAND.targets).toEqual([[1], [1], [1], [0]]);
    expect(gates.NOR.targets).toEqual([[1], [0], [0], [0]]);
    expect(gates.XOR.targets).toEqual([[0], [1], [1], [0]]);
  });
});

describe('trainPerceptron', () => {
  for (const name of ['AND', 'OR', 'NAND', 'NOR'] as const) {
    it(`trainPerceptron(gates.${name}) converges and classifies every row`, () => {
      const r = trainPerceptron(gates[name], { learningRate: 0.1, epochs: 100, seed: 1 });
      expect(r.converged).toBe(true);
      expect(r.history.at(-1)).toBe(0);
      expect(r.epochs).toBe(r.history.length);
      expect(r.neuron.activation.name).toBe('step');
      gates[name].inputs.forEach((x, i) =>
        expect(r.neuron.forward(x).a).toBe(gates[name].targets[i][0]),
      );
    });
  }

  it('trainPerceptron(gates.XOR) does not converge: its mistakes never reach zero', () => {
    for (const seed of [1, 2, 3]) {
      const r = trainPerceptron(gates.XOR, { learningRate: 0.1, epochs: 200, seed });
      expect(r.converged).toBe(false);
      expect(r.epochs).toBe(200);
      expect(r.history).toHaveLength(200);
      expect(Math.min(...r.history)).toBeGreaterThan(0);
    }
  });

  it('trainPerceptron() is deterministic for a seed', () => {
    expect(trainPerceptron(gates.AND, { seed: 4 }).neuron.weights).toEqual(
      trainPerceptron(gates.AND, { seed: 4 }).neuron.weights,
    );
  });

  it('trainPerceptron() rejects bad options and data', () => {
    expect(() => trainPerceptron(gates.AND, { learningRate: -1 })).toThrow(
      'trainPerceptron: expected learningRate to be >= 0, got -1',
    );
    expect(() => trainPerceptron(gates.AND, { epochs: 0 })).toThrow(
      'trainPerceptron: expected epochs to be an integer >= 1, got 0',
    );
    expect(() => trainPerceptron({ inputs: [[0, 1]], targets: [[0.5]] })).toThrow(
      "trainPerceptron: expected targets 0 or 1 (the step neuron's outputs), got 0.5 at sample 0",
    );
    expect(() => trainPerceptron({ inputs: [[0, 1]], targets: [[0, 1]] })).toThrow(
      'trainPerceptron: expected 1 targets of sample 0 (the size of the output layer), got 2',
    );
  });
});

describe('perceptronStep', () => {
  it('perceptronStep() applies w <- w + eta (y - yHat) x to each weight and the bias', () => {
    const n = neuron({ weights: [0.5, -0.5], bias: -0.2, activation: 'step' });
    const r = perceptronStep(n, [1, 0], 0, 0.1);
    expect(r.prediction).toBe(1);
    expect(r.error).toBe(-1);
    expect(r.neuron.weights).toEqual([0.4, -0.5]);
    expect(r.neuron.bias).toBeCloseTo(-0.3, 15);
    expect(r.steps.map((s) => toText(s))).toEqual([
      'w1 <- 0.5 + (0.1)(0 - 1)(1) = 0.4',
      'w2 <- -0.5 + (0.1)(0 - 1)(0) = -0.5',
      'b <- -0.2 + (0.1)(0 - 1)(1) = -0.3',
    ]);
    expect(toText(r.steps[2], { symbolic: true })).toBe(
      'b <- b + eta*(y - yhat)*1 = -0.2 + (0.1)(0 - 1)(1) = -0.3',
    );
  });

  it('perceptronStep() leaves a right prediction unchanged', () => {
    const n = neuron({ weights: [1, 1], bias: -1.5, activation: 'step' });
    const r = perceptronStep(n, [1, 1], 1, 0.1);
    expect(r.error).toBe(0);
    expect(r.neuron.weights).toEqual([1, 1]);
    expect(r.neuron.bias).toBe(-1.5);
  });

  it('perceptronStep() rejects inputs of the wrong length', () => {
    const n = neuron({ weights: [1, 1], bias: 0, activation: 'step' });
    expect(() => perceptronStep(n, [1], 1, 0.1)).toThrow(
      'perceptronStep: expected 2 inputs (one per weight), got 1',
    );
  });
});
