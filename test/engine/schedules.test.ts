import { describe, expect, it } from 'vitest';
import { createTrainer, learningRateAt, mlp, train } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

describe('learningRateAt', () => {
  it('learningRateAt(eta, step) halves the rate every `every` epochs', () => {
    const s = { name: 'step', every: 10, factor: 0.5 } as const;
    expect([0, 9, 10, 19, 20, 35].map((e) => learningRateAt(0.8, s, e))).toEqual([
      0.8, 0.8, 0.4, 0.4, 0.2, 0.1,
    ]);
  });

  it('learningRateAt(eta, cosine) falls from eta to min along half a cosine, then stays at min', () => {
    const s = { name: 'cosine', epochs: 100, min: 0.1 } as const;
    expect(learningRateAt(1, s, 0)).toBe(1);
    expectClose(learningRateAt(1, s, 50), 0.55);
    expectClose(learningRateAt(1, s, 25), 0.1 + (0.9 * (1 + Math.SQRT1_2)) / 2);
    expect(learningRateAt(1, s, 100)).toBe(0.1);
    expect(learningRateAt(1, s, 500)).toBe(0.1);
    expect(learningRateAt(1, { name: 'constant' }, 77)).toBe(1);
    expect(learningRateAt(1, null, 77)).toBe(1);
  });

  it('learningRateAt refuses an unknown name and out-of-range settings, saying what it expected', () => {
    expect(() => learningRateAt(1, { name: 'linear' } as never, 0)).toThrow(
      'learningRateAt: unknown schedule "linear"; expected one of constant, step, cosine',
    );
    expect(() => learningRateAt(1, { name: 'step', every: 10, factor: 2 }, 0)).toThrow(
      'expected schedule.factor to be in (0, 1], got 2',
    );
    expect(() => learningRateAt(1, { name: 'step', every: 0, factor: 0.5 }, 0)).toThrow(
      'schedule.every',
    );
    expect(() => learningRateAt(1, { name: 'cosine', epochs: 10, min: -1 }, 0)).toThrow(
      'expected schedule.min to be >= 0, got -1',
    );
  });
});

describe('training with a schedule', () => {
  const data = { inputs: [[1], [2]], targets: [[2], [3]] };
  const start = () => {
    const net = mlp([1, 1], { output: 'linear' });
    net.setWeight(1, 1, 1, 0.5);
    net.setBias(1, 1, 0);
    return net;
  };

  it("createTrainer with schedule makes each epoch's update with that epoch's rate", () => {
    const schedule = { name: 'step', every: 1, factor: 0.5 } as const;
    const t = createTrainer(start(), data, {
      loss: 'mse',
      learningRate: 0.1,
      batchSize: 2,
      schedule,
    });
    for (let epoch = 0; epoch < 3; epoch++) {
      const update = t.step({ explain: true });
      const w = update.steps.find((s) => s.kind === 'update');
      expect(w).toMatchObject({ learningRate: learningRateAt(0.1, schedule, epoch) });
    }
  });

  it('train with a constant schedule gives exactly the run without one', () => {
    const a = start();
    const b = start();
    const options = { loss: 'mse', learningRate: 0.05, batchSize: 1, epochs: 20 } as const;
    train(a, data, options);
    train(b, data, { ...options, schedule: { name: 'constant' } });
    expect(b.getWeight(1, 1, 1)).toBe(a.getWeight(1, 1, 1));
    expect(b.getBias(1, 1)).toBe(a.getBias(1, 1));
  });
});
