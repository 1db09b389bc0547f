import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mlp } from '../../../engine/index.ts';
import type { FromWorker, ToWorker, TrainSettings } from './train-protocol.ts';

// The worker is replaced by a script: what the run sends is recorded, and the test plays the
// worker's reports back to it.
const worker = vi.hoisted(() => ({
  sent: [] as ToWorker[],
  report: (_message: FromWorker) => {},
}));
vi.mock('./train-client.ts', () => ({
  createTrainClient(onMessage: (message: FromWorker) => void) {
    worker.report = onMessage;
    return { send: (message: ToWorker) => worker.sent.push(message), dispose() {} };
  },
}));

const { TrainingRun } = await import('./training-run.svelte.ts');

const settings: TrainSettings = {
  hidden: 32,
  optimizer: 'sgd',
  learningRate: 0.1,
  seed: 1,
  epochs: 1,
  url: '/data/digits-v1.bin',
};

function snapshot(running: boolean, finished: boolean): Extract<FromWorker, { type: 'snapshot' }> {
  return {
    type: 'snapshot',
    network: mlp([2, 3, 1], { seed: 1 }).toJSON(),
    history: [],
    confusion: [],
    mistakes: [],
    testAccuracy: 0.5,
    trained: { epochs: 0, batches: 3 },
    running,
    finished,
  };
}

describe('TrainingRun', () => {
  beforeEach(() => {
    worker.sent = [];
  });

  it('shows the download while it is awaited, and not once Stop has put the lab at rest', () => {
    const run = new TrainingRun();
    run.train(settings);
    worker.report({ type: 'status', message: 'Downloading…' });
    flushSync();
    expect([run.phase, run.status]).toEqual(['loading', 'Downloading…']);
    run.stop();
    worker.report({ type: 'cancelled' });
    // The download goes on for the next press; its news must not sit under an idle lab.
    worker.report({ type: 'status', message: 'Unpacking the digits…' });
    flushSync();
    expect([run.phase, run.status]).toEqual(['idle', '']);
    expect(worker.sent.map((m) => m.type)).toEqual(['train', 'stop']);
  });

  it('a run stopped part-way is continued from where it got to', () => {
    const run = new TrainingRun();
    run.train(settings);
    worker.report({
      type: 'progress',
      epoch: 1,
      batch: 3,
      batches: 10,
      loss: 2,
      testAccuracy: null,
    });
    flushSync();
    expect([run.phase, run.progress, run.loss]).toEqual(['running', 0.3, 2]);
    run.stop();
    worker.report(snapshot(false, false));
    flushSync();
    expect(run.phase).toBe('stopped');
    run.train(settings);
    flushSync();
    expect([run.phase, run.progress]).toEqual(['loading', 0.3]);
  });

  it('a run that did all its epochs is done, its progress full', () => {
    const run = new TrainingRun();
    run.train(settings);
    worker.report(snapshot(false, true));
    flushSync();
    expect([run.phase, run.progress]).toEqual(['done', 1]);
  });

  it('after a divergence the next Train is said to start afresh, as the worker does', () => {
    const run = new TrainingRun();
    run.train(settings);
    worker.report(snapshot(true, false));
    worker.report({ type: 'diverged', epoch: 2 });
    flushSync();
    expect([run.phase, run.startsAfresh]).toEqual(['done', true]);
    expect(run.problem).toBe(
      'Training diverged in epoch 2: the loss stopped being a finite number, so the network was put back to its last good epoch. Try a smaller learning rate: the next Train starts a new network from epoch 1.',
    );
    run.train(settings);
    flushSync();
    expect([run.startsAfresh, run.problem]).toEqual([false, '']);
  });

  it("stopped part-way through an epoch, the read-out keeps that epoch's running loss", () => {
    const run = new TrainingRun();
    run.train(settings);
    const epochOne = { epoch: 1, loss: 0.8, trainAccuracy: 0.7, testAccuracy: 0.7 };
    worker.report({
      type: 'progress',
      epoch: 2,
      batch: 3,
      batches: 10,
      loss: 0.5,
      testAccuracy: null,
    });
    run.stop();
    worker.report({
      ...snapshot(false, false),
      history: [epochOne],
      trained: { epochs: 1, batches: 3 },
    });
    flushSync();
    expect([run.phase, run.epoch, run.loss]).toEqual(['stopped', 2, 0.5]);
    // At an epoch's end the loss shown is that epoch's.
    worker.report({
      ...snapshot(false, true),
      history: [epochOne],
      trained: { epochs: 1, batches: 0 },
    });
    flushSync();
    expect(run.loss).toBe(0.8);
  });
});
