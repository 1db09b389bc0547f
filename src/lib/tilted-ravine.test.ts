import { describe, expect, it } from 'vitest';
import { evaluate, mlp } from '../../engine/index.ts';
import { expectClose } from '../../test/helpers/expect-close';
import { stepsOnTilted, tiltInputs, turn } from './tilted-ravine';

// A ravine along the axes: one large input, one small, each with its mirror image so b stays 0.
const ravine = {
  inputs: [
    [2, 0],
    [-2, 0],
    [0, 0.4],
    [0, -0.4],
  ],
  targets: [[2], [-2], [0.4], [-0.4]],
};
const start = { w1: -1.5, w2: -1 };

describe('turn(x, degrees)', () => {
  it('turns (1, 0) to (0, 1) by 90 degrees and keeps lengths', () => {
    expectClose(turn([1, 0], 90), [0, 1]);
    expectClose(Math.hypot(...turn([3, -4], 37)), 5);
  });
});

describe('tiltInputs(data, degrees)', () => {
  it('gives the same loss at the weights turned with the data', () => {
    const lossAt = (data: typeof ravine, w: number[]) => {
      const net = mlp([2, 1], { output: 'linear' });
      net.setWeights({ weights: [[w]], biases: [[0]] });
      return evaluate(net, data, 'mse').loss;
    };
    expectClose(lossAt(tiltInputs(ravine, 45), turn([0.3, 2], 45)), lossAt(ravine, [0.3, 2]));
  });
});

describe('stepsOnTilted(data, start, degrees, optimizer, eta, target, maxSteps)', () => {
  it('takes plain descent the same number of steps at any tilt, but RMSProp more when tilted', () => {
    const steps = (degrees: number, optimizer: 'sgd' | 'rmsprop') =>
      stepsOnTilted(ravine, start, degrees, optimizer, 0.1, 0.01, 500);
    expect(steps(0, 'sgd')).not.toBeNull();
    expect(steps(45, 'sgd')).toBe(steps(0, 'sgd'));
    expect(steps(45, 'rmsprop')!).toBeGreaterThan(steps(0, 'rmsprop')!);
  });

  it('is null when the target is not reached in time', () => {
    expect(stepsOnTilted(ravine, start, 0, 'sgd', 0.1, 0.01, 5)).toBeNull();
  });
});
