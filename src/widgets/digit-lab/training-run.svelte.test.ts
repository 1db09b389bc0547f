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

function snapshot(running: boolean, finished: boolean): FromWorker {
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
});
