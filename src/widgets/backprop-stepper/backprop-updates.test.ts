import { describe, expect, it } from 'vitest';
import { createTrainer, gates, mlp } from '../../../engine/index.ts';
import { appendUpdate, applyUpdate, formatUpdates, parseUpdates } from './backprop-updates';

const RATE = { min: 0.01, max: 5 };
const net = () => mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });

describe('backprop update history', () => {
  it('merges identical updates and writes them as example-loss-rate x count', () => {
    let runs = appendUpdate([], { sample: 2, loss: 'mse', lr: 1 });
    runs = appendUpdate(runs, { sample: 2, loss: 'mse', lr: 1 });
    runs = appendUpdate(runs, { sample: 0, loss: 'bce', lr: 0.5 });
    expect(formatUpdates(runs)).toBe('2-mse-1x2,0-bce-0.5x1');
    expect(parseUpdates(formatUpdates(runs), 4, RATE, 100)).toEqual(runs);
    expect(parseUpdates('', 4, RATE, 100)).toEqual([]);
  });

  it('says what is wrong with a bad history', () => {
    expect(parseUpdates('2-mse-1', 4, RATE, 100)).toMatch(/example-loss-rate x count/);
    expect(parseUpdates('7-mse-1x1', 4, RATE, 100)).toBe('an example must be 0 to 3');
    expect(parseUpdates('1-abc-1x1', 4, RATE, 100)).toBe('a loss must be mse or bce');
    expect(parseUpdates('1-mse-9x1', 4, RATE, 100)).toBe('a rate must be between 0.01 and 5');
    expect(parseUpdates('1-mse-1x0', 4, RATE, 100)).toBe('a run needs at least one update');
    expect(parseUpdates('1-mse-1x60,2-bce-1x41', 4, RATE, 100)).toBe(
      'more than 100 updates in all',
    );
    expect(parseUpdates('<script>', 4, RATE, 100)).toMatch(/written/);
  });

  it('applies an update exactly as the engine trainer does, with the loss before and after', () => {
    const a = net();
    const result = applyUpdate(a, [1, 0], [1], { sample: 2, loss: 'bce', lr: 0.5 });
    const b = net();
    const before = b.gradients([1, 0], [1], 'bce').loss;
    createTrainer(
      b,
      { inputs: [[1, 0]], targets: [[1]] },
      { loss: 'bce', learningRate: 0.5, batchSize: 1 },
    ).step();
    expect(a.getWeights()).toEqual(b.getWeights());
    expect(result.before).toBe(before);
    expect(result.after).toBe(b.gradients([1, 0], [1], 'bce').loss);
    expect(result.steps.every((s) => s.kind === 'update')).toBe(true);
    expect(result.steps).toHaveLength(9);
    expect(gates.XOR.inputs[2]).toEqual([1, 0]);
  });
});
