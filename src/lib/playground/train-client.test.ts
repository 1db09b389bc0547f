import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PlaygroundRun, RunSnapshot } from './run';
import { TrainClient } from './train-client';
import type { FromWorker, ToWorker } from './train-protocol';

/** A stand-in for the module worker: it records what the page sends and answers when told. */
class FakeWorker {
  static last: FakeWorker;
  sent: ToWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: ToWorker) {
    this.sent.push(message);
  }
  terminate() {}
  answer(gen: number) {
    const snapshot = { epoch: 1 } as unknown as RunSnapshot;
    this.onmessage!({ data: { type: 'snapshot', gen, snapshot } } as MessageEvent<FromWorker>);
  }
}

const run = {
  settings: {},
  net: { toJSON: () => ({}) },
} as unknown as PlaygroundRun;

beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
afterEach(() => vi.unstubAllGlobals());

test('idle() resolves at once when nothing is asked, and only after every answer otherwise', async () => {
  const seen: string[] = [];
  const client = new TrainClient(
    () => seen.push('snapshot'),
    () => seen.push('error'),
  );
  client.start(run, []);
  await client.idle();
  client.train('epoch');
  client.train('epoch');
  const gen = FakeWorker.last.sent[0].gen;
  let settled = false;
  void client.idle().then(() => {
    settled = true;
    seen.push('idle');
  });
  FakeWorker.last.answer(gen);
  await Promise.resolve();
  expect(settled).toBe(false);
  FakeWorker.last.answer(gen);
  await Promise.resolve();
  // The page has the second snapshot before the waiter hears that training is done.
  expect(seen).toEqual(['snapshot', 'snapshot', 'idle']);
});

test('a new run or a disposed client releases whoever waits for the old run', async () => {
  const client = new TrainClient(
    () => {},
    () => {},
  );
  client.start(run, []);
  client.train('epoch');
  const waitForRestart = client.idle();
  client.start(run, []);
  await expect(waitForRestart).resolves.toBeUndefined();
  client.train('frame', 5);
  const waitForDispose = client.idle();
  client.dispose();
  await expect(waitForDispose).resolves.toBeUndefined();
});

test('a worker that fails reports the error and releases the waiters', async () => {
  const errors: string[] = [];
  const client = new TrainClient(
    () => {},
    (message) => errors.push(message),
  );
  client.start(run, []);
  client.train('update');
  const waiting = client.idle();
  FakeWorker.last.onerror!({ message: '' } as ErrorEvent);
  await expect(waiting).resolves.toBeUndefined();
  expect(errors).toEqual(['The training worker failed to start.']);
});
