import { describe, expect, it } from 'vitest';
import { createTrainingLoop, type LoopSettings } from '../../lib/training-loop';
import { stopMessage } from './training-loop-view';
import { replayTo } from './training-loop-replay';

const start: LoopSettings = { learningRate: 0.5, seed: 1, targetLoss: 0.02, maxEpochs: 2000 };

/** Plays the stepper with these settings to its end, epoch by epoch, and returns what it says. */
function playedToTheEnd(settings: Partial<LoopSettings>) {
  const all = { ...start, ...settings };
  const loop = createTrainingLoop(all);
  let view = loop.view();
  while (view.stop === null) {
    loop.finishEpoch();
    view = loop.view();
  }
  return { view, text: stopMessage(view.stop, view, all.targetLoss, all.maxEpochs) };
}

describe('stopMessage at the epoch limit', () => {
  // Lesson 6: "this start gets stuck on a high loss plateau".
  it('calls seed 5 at eta = 0.5 stuck: its loss has stopped falling', () => {
    const { view, text } = playedToTheEnd({ seed: 5 });
    expect(view.stop).toBe('max-epochs');
    expect(text).toBe(
      "Stopped after 2,000 epochs without reaching the target loss 0.02 (last epoch's loss 0.2661). This start got stuck; try another seed or learning rate.",
    );
  });

  // Lesson 6: at eta = 10 "the loss sits near 0.5 ... and learning stalls".
  it('calls seed 1 at eta = 10 stuck', () => {
    const { text } = playedToTheEnd({ learningRate: 10 });
    expect(text).toMatch(/^Stopped after 2,000 epochs .*This start got stuck/);
  });

  it('says a run with all four right and its loss still falling is still learning (eta = 0.1, target 0.001)', () => {
    const seed1 = playedToTheEnd({ learningRate: 0.1, targetLoss: 0.001 });
    expect(seed1.view.stop).toBe('max-epochs');
    expect(seed1.text).toBe(
      'Stopped after 2,000 epochs: all four outputs are on the right side of 0.5, but the loss, 0.0018, is still above the target 0.001: still learning, slowly.',
    );
    const seed8 = playedToTheEnd({ learningRate: 0.1, seed: 8, targetLoss: 0.001 });
    expect(seed8.text).toBe(
      'Stopped after 2,000 epochs: all four outputs are on the right side of 0.5, but the loss, 0.0116, is still above the target 0.001: still learning, slowly.',
    );
  });

  it('says a run not yet right whose loss is still falling is learning slowly, not stuck (eta = 0.05, seed 8)', () => {
    const { text } = playedToTheEnd({ learningRate: 0.05, seed: 8 });
    expect(text).toBe(
      "Stopped after 2,000 epochs without reaching the target loss 0.02, but the loss (last epoch's 0.1723) is still falling: this run is learning slowly, not stuck. A larger η may get there sooner.",
    );
  });
});

describe('the epoch a step belongs to', () => {
  it('after the 4th update of epoch 1 it is still epoch 1, though that update closed the epoch', () => {
    const loop = createTrainingLoop(start);
    for (let i = 0; i < 4 * 4; i++) loop.next();
    expect(loop.view()).toMatchObject({
      stage: 'update',
      epoch: 1,
      updates: 4,
      sample: 3,
      stepEpoch: 1,
    });
    loop.next();
    expect(loop.view()).toMatchObject({
      stage: 'feedforward',
      updates: 4,
      sample: 0,
      stepEpoch: 2,
    });
  });

  it('is the next epoch before a step starts, and the same when a link replays the position', () => {
    const loop = createTrainingLoop(start);
    expect(loop.view().stepEpoch).toBe(1);
    loop.finishEpoch();
    loop.finishEpoch();
    expect(loop.view()).toMatchObject({ stage: null, updates: 8, stepEpoch: 3 });
    const replayed = createTrainingLoop(start);
    replayTo(replayed, 8, 'update', 4);
    expect(replayed.view()).toMatchObject({ stage: 'update', sample: 3, stepEpoch: 2 });
  });
});
