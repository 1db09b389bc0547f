import { describe, expect, it } from 'vitest';
import {
  accuracy,
  argMax,
  classifiedRight,
  confusionMatrix,
  mlp,
  oneHot,
} from '../../engine/index.ts';

describe('metrics', () => {
  it('classifiedRight: one output says 1 from 0.5 up; several are read by arg max', () => {
    expect(classifiedRight([0.5], [1])).toBe(true);
    expect(classifiedRight([0.4999], [1])).toBe(false);
    expect(classifiedRight([0.4999], [0])).toBe(true);
    expect(classifiedRight([0.2, 0.7, 0.1], oneHot(1, 3))).toBe(true);
    expect(classifiedRight([0.2, 0.7, 0.1], oneHot(2, 3))).toBe(false);
    // yOff reads a target from a flat array of several samples' targets.
    expect(classifiedRight([0.9], [0, 1, 0], 1)).toBe(true);
  });

  it('oneHot(label, classes) puts a 1 at label, and rejects labels outside the classes', () => {
    expect(oneHot(3, 5)).toEqual([0, 0, 0, 1, 0]);
    expect(() => oneHot(10, 10)).toThrow(
      'oneHot: expected label to be an integer from 0 to 9, got 10',
    );
    expect(() => oneHot(1.5, 10)).toThrow(
      'oneHot: expected label to be an integer from 0 to 9, got 1.5',
    );
    expect(() => oneHot(0, 1)).toThrow('oneHot: expected classes to be an integer >= 2, got 1');
  });

  it('argMax() picks the largest, the first on a tie', () => {
    expect(argMax([0.1, 0.7, 0.2])).toBe(1);
    expect(argMax([0.5, 0.5])).toBe(0);
    expect(() => argMax([])).toThrow('argMax: expected at least one value, got none');
  });

  // Output j's weighted sum is x_j (identity weights), so the predicted class is the largest input.
  const identity = () => {
    const net = mlp([3, 3], { output: 'softmax' });
    net.setWeights({
      weights: [
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
      ],
      biases: [[0, 0, 0]],
    });
    return net;
  };

  it('confusionMatrix(net, data) counts counts[actual][predicted]', () => {
    const data = {
      inputs: [
        [5, 0, 0],
        [0, 5, 0],
        [0, 5, 0],
        [0, 0, 5],
        [5, 0, 0],
      ],
      targets: [oneHot(0, 3), oneHot(1, 3), oneHot(2, 3), oneHot(2, 3), oneHot(1, 3)],
    };
    const m = confusionMatrix(identity(), data);
    expect(m.counts).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 1, 1],
    ]);
    expect(m).toMatchObject({ classes: 3, correct: 3, total: 5, accuracy: 0.6 });
    expect(accuracy(identity(), data)).toBe(0.6);
  });

  it('one output counts as two classes, thresholded at 0.5', () => {
    const net = mlp([1, 1], { activation: 'linear', output: 'sigmoid' });
    net.setWeights({ weights: [[[1]]], biases: [[0]] });
    const m = confusionMatrix(net, { inputs: [[2], [-2], [1]], targets: [[1], [1], [0]] });
    expect(m.counts).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('confusionMatrix() rejects data of the wrong shape', () => {
    expect(() => confusionMatrix(identity(), { inputs: [[1, 2, 3]], targets: [[1, 0]] })).toThrow(
      'confusionMatrix: expected 3 targets of sample 0 (the size of the output layer), got 2',
    );
  });
});
