import { describe, expect, it } from 'vitest';
import { evaluate, gates, mlp, train } from '../../engine/index.ts';
import type { Network } from '../../engine/index.ts';

describe('evaluate(net, data, loss)', () => {
  // yHat = 2x + 1: predicts 1 at x = 0 and 3 at x = 1.
  const line = () => {
    const net = mlp([1, 1], { output: 'linear' });
    net.setWeights({ weights: [[[2]]], biases: [[1]] });
    return net;
  };
  const data = { inputs: [[0], [1]], targets: [[1], [0]] };

  it('gives the mean loss over the samples and the accuracy at threshold 0.5', () => {
    // MSE: (1 - 1)^2 = 0 and (3 - 0)^2 = 9, mean 4.5; 1 >= 0.5 is class 1 (right), 3 is class 1 (wrong).
    expect(evaluate(line(), data, 'mse')).toEqual({ loss: 4.5, accuracy: 0.5 });
  });

  it('reports no accuracy when a target is neither 0 nor 1', () => {
    expect(evaluate(line(), { inputs: [[0]], targets: [[0.5]] }, 'mse')).toEqual({
      loss: 0.25,
      accuracy: null,
    });
  });

  it('classifies several outputs by arg max, with the loss summed over outputs for cross-entropy', () => {
    // Zero weights and biases (0, ln 3): every input gets the probabilities (1/4, 3/4).
    const net = mlp([1, 2], { output: 'softmax' });
    net.setWeights({ weights: [[[0], [0]]], biases: [[0, Math.log(3)]] });
    const r = evaluate(
      net,
      {
        inputs: [[0], [1]],
        targets: [
          [0, 1],
          [1, 0],
        ],
      },
      'crossEntropy',
    );
    expect(r.accuracy).toBe(0.5);
    expect(r.loss).toBeCloseTo(-(Math.log(3 / 4) + Math.log(1 / 4)) / 2, 14);
  });

  it('equals the loss and accuracy a full-batch epoch records before its update, to the last bit', () => {
    const net = mlp([2, 4, 1], { seed: 3 });
    const before = evaluate(net, gates.XOR, 'bce');
    const run = train(net, gates.XOR, { loss: 'bce', learningRate: 0.5, epochs: 1, batchSize: 4 });
    expect(before).toEqual({ loss: run.history[0].loss, accuracy: run.history[0].accuracy });
  });

  it('changes no parameter', () => {
    const net = mlp([2, 3, 1], { seed: 2 });
    const params = net.getParams();
    evaluate(net, gates.AND, 'mse');
    expect(net.getParams()).toEqual(params);
  });

  it('rejects data of the wrong width, an unknown loss, a softmax output without cross-entropy and a non-network', () => {
    expect(() => evaluate(line(), { inputs: [[0, 1]], targets: [[1]] }, 'mse')).toThrow(
      'evaluate: expected 1 inputs of sample 0 (the size of the input layer), got 2',
    );
    expect(() => evaluate(line(), { inputs: [[0]], targets: [[1, 0]] }, 'mse')).toThrow(
      'evaluate: expected 1 targets of sample 0 (the size of the output layer), got 2',
    );
    expect(() => evaluate(line(), data, 'hinge' as 'mse')).toThrow(
      'evaluate: unknown loss "hinge"; expected one of mse, bce, crossEntropy',
    );
    expect(() => evaluate(mlp([1, 2], { output: 'softmax' }), data, 'mse')).toThrow(
      `evaluate: a softmax output is trained with the crossEntropy loss, got "mse"`,
    );
    expect(() => evaluate({} as Network, data, 'mse')).toThrow(
      'evaluate: expected a network made by mlp() or networkFromJSON(), got an object',
    );
    expect(() => evaluate(line(), { inputs: [], targets: [] }, 'mse')).toThrow(
      'evaluate: expected a dataset with at least one sample, got 0',
    );
  });
});
