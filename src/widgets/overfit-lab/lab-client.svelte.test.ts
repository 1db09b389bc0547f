import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { LabClient } from './lab-client';
import type { LabAnswer, LabRequest } from './lab-protocol';
import type { LabRun } from './overfit-lab';

/** A stand-in for the module worker: it records the requests and answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: LabRequest[] = [];
  onmessage: ((event: MessageEvent<LabAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: LabRequest) {
    this.sent.push(message);
  }
  terminate() {}
  answer(decay: number) {
    const run = { decay } as LabRun;
    this.onmessage!({ data: { decay, run } } as MessageEvent<LabAnswer>);
  }
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

test('want() trains each decay once and keeps its run', () => {
  const client = new LabClient(() => {});
  client.want(0);
  client.want(0);
  const worker = FakeWorker.made[0];
  expect(worker.sent).toEqual([{ decay: 0 }]);
  worker.answer(0);
  client.want(0);
  expect(worker.sent).toEqual([{ decay: 0 }]);
  expect(client.get(0)?.decay).toBe(0);
  expect(FakeWorker.made).toHaveLength(1);
});

test('want() while the worker is busy remembers only the latest decay', () => {
  const client = new LabClient(() => {});
  client.want(0);
  client.want(0.001);
  client.want(0.003);
  client.want(0.01);
  const worker = FakeWorker.made[0];
  expect(worker.sent).toEqual([{ decay: 0 }]);
  worker.answer(0);
  expect(worker.sent).toEqual([{ decay: 0 }, { decay: 0.01 }]);
  worker.answer(0.01);
  expect(client.get(0)?.decay).toBe(0);
  expect(client.get(0.001)).toBeUndefined();
  expect(client.get(0.01)?.decay).toBe(0.01);
});

test("a worker's error reaches onError with its decay, and the next want() is sent", () => {
  const errors: string[] = [];
  const client = new LabClient((decay, message) => errors.push(`${decay}: ${message}`));
  client.want(0.03);
  const worker = FakeWorker.made[0];
  worker.onmessage!({ data: { decay: 0.03, error: 'no' } } as MessageEvent<LabAnswer>);
  expect(errors).toEqual(['0.03: no']);
  client.want(0.01);
  expect(worker.sent).toEqual([{ decay: 0.03 }, { decay: 0.01 }]);
});

test('an effect that asked for a run not yet trained runs again when it arrives', () => {
  const client = new LabClient(() => {});
  const seen: (number | undefined)[] = [];
  const stop = $effect.root(() => {
    $effect(() => {
      seen.push(client.get(0.01)?.decay);
    });
  });
  flushSync();
  client.want(0.01);
  FakeWorker.made[0].answer(0.01);
  flushSync();
  expect(seen).toEqual([undefined, 0.01]);
  stop();
});
