import { describe, expect, it } from 'vitest';
import { datasets, evaluate, gates, mlp, trainWithValidation } from '../../engine/index.ts';

// A big network, 30 noisy points to learn from and 300 it never sees: it overfits.
const small = datasets.moons({ n: 30, seed: 2, noise: 0.35 });
const unseen = datasets.moons({ n: 300, seed: 9, noise: 0.35 });
const big = () => mlp([2, 32, 32, 1], { activation: 'relu', output: 'sigmoid', seed: 1 });
const options = {
  loss: 'bce',
  learningRate: 0.01,
  epochs: 400,
  batchSize: 30,
  optimizer: 'adam',
} as const;

describe('trainWithValidation(net, data, validation, options)', () => {
  it('records the validation loss after every epoch; it turns up while the training loss falls', () => {
    const net = big();
    const run = trainWithValidation(net, small, unseen, { ...options, restoreBest: false });
    expect(run.history).toHaveLength(400);
    expect(run.validation.map((v) => v.epoch)).toEqual(run.history.map((h) => h.epoch));
    const losses = run.validation.map((v) => v.loss);
    expect(run.bestLoss).toBe(Math.min(...losses));
    expect(losses[run.bestEpoch - 1]).toBe(run.bestLoss);
    expect(run.bestEpoch).toBeLessThan(100);
    expect(losses.at(-1)!).toBeGreaterThan(2 * run.bestLoss);
    expect(run.history.at(-1)!.loss).toBeLessThan(run.history[run.bestEpoch - 1].loss / 10);
    expect(run.stoppedEarly).toBe(false);
    // Without restoreBest the network keeps its last weights.
    expect(evaluate(net, unseen, 'bce').loss).toBe(losses.at(-1));
  });

  it('with patience, stops that many epochs after the best one and puts its weights back', () => {
    const net = big();
    const run = trainWithValidation(net, small, unseen, { ...options, patience: 20 });
    expect(run.stoppedEarly).toBe(true);
    expect(run.history).toHaveLength(run.bestEpoch + 20);
    expect(evaluate(net, unseen, 'bce').loss).toBe(run.bestLoss);
    // The same best epoch as the full run: early stopping changes when it stops, not the path.
    const full = trainWithValidation(big(), small, unseen, options);
    expect(run.bestEpoch).toBe(full.bestEpoch);
  });

  it('counts only improvements larger than minDelta', () => {
    const net = big();
    const untrained = evaluate(net, unseen, 'bce').loss;
    const run = trainWithValidation(net, small, unseen, { ...options, minDelta: 10, patience: 5 });
    // No epoch beat the untrained network by 10: it stops after 5 and goes back to the start.
    expect([run.bestEpoch, run.history.length, run.bestLoss]).toEqual([0, 5, untrained]);
    expect(evaluate(net, unseen, 'bce').loss).toBe(untrained);
  });

  it("still stops when the reader's onEpoch says so", () => {
    const run = trainWithValidation(mlp([2, 2, 1]), gates.XOR, gates.XOR, {
      ...options,
      batchSize: 4,
      onEpoch: (e) => e.epoch < 3,
    });
    expect(run.history).toHaveLength(3);
    expect(run.validation).toHaveLength(2);
  });

  it('rejects a bad patience, minDelta or validation set with a message', () => {
    const net = mlp([2, 2, 1]);
    expect(() =>
      trainWithValidation(net, gates.XOR, gates.XOR, { ...options, patience: 0 }),
    ).toThrow('trainWithValidation: expected patience to be an integer >= 1, got 0');
    expect(() =>
      trainWithValidation(net, gates.XOR, gates.XOR, { ...options, minDelta: -1 }),
    ).toThrow('trainWithValidation: expected minDelta to be >= 0, got -1');
    expect(() =>
      trainWithValidation(net, gates.XOR, { inputs: [[1]], targets: [[1]] }, options),
    ).toThrow(/^trainWithValidation: /);
  });
});
