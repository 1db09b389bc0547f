import { describe, expect, it } from 'vitest';
import { createTrainingLoop, LOOP_SETUP } from '../../lib/training-loop';
import { replayTo } from './training-loop-replay';

const settings = { learningRate: 0.5, seed: 3, targetLoss: 0.001, maxEpochs: 100 };
const n = LOOP_SETUP.data.inputs.length;

describe('replayTo(loop, updates, stage, samples)', () => {
  it('reaches the same weights and stage as stepping by hand', () => {
    const byHand = createTrainingLoop(settings);
    byHand.finishEpoch();
    for (let i = 0; i < 4 + 2; i++) byHand.next(); // one more sample, then feedforward and loss
    const replayed = createTrainingLoop(settings);
    replayTo(replayed, n + 1, 'loss', n);
    const [a, b] = [byHand.view(), replayed.view()];
    expect(b.updates).toBe(a.updates);
    expect(b.stage).toBe('loss');
    expect(b.weights).toEqual(a.weights);
    expect(b.history).toEqual(a.history);
  });

  it('stops on an update stage with that update made', () => {
    const loop = createTrainingLoop(settings);
    replayTo(loop, 3, 'update', n);
    expect(loop.view()).toMatchObject({ updates: 3, stage: 'update', sample: 2 });
  });

  it('refuses positions no reader can reach', () => {
    expect(() => replayTo(createTrainingLoop(settings), 0, 'update', n)).toThrow();
    expect(() => replayTo(createTrainingLoop(settings), 3, 'start', n)).toThrow();
  });
});
