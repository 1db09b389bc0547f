import { afterEach, describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine/index.ts';
import { createKernel } from '../../src/notebook/kernel';
import {
  createKernelClient,
  STOP_GRACE_MS,
  type WorkerLike,
} from '../../src/notebook/kernel-client';
import type { CellOutput } from '../../src/notebook/outputs';
import type { FromKernel, ToKernel } from '../../src/notebook/protocol';

/** A worker that runs the real kernel in this process, answering asynchronously as a worker does. */
function inProcessWorker(): WorkerLike & { terminated: boolean } {
  const listeners: ((event: { data?: FromKernel }) => void)[] = [];
  const send = (data: FromKernel) => setTimeout(() => listeners.forEach((l) => l({ data })), 0);
  let stop = false;
  let current = 0;
  const kernel = createKernel(engine as unknown as Record<string, unknown>, {
    stopRequested: () => stop,
    progress: (p) => send({ type: 'progress', run: current, ...p }),
    pause: () => new Promise((r) => setTimeout(r, 0)),
  });
  const worker = {
    terminated: false,
    addEventListener: (type: string, l: (event: { data?: FromKernel }) => void) => {
      if (type === 'message') listeners.push(l);
    },
    postMessage(message: ToKernel) {
      if (message.type === 'stop') {
        stop = true;
        return;
      }
      current = message.run;
      stop = false;
      setTimeout(async () => {
        const ok = await kernel.run(message.source, (output) =>
          send({ type: 'output', run: message.run, output }),
        );
        send({ type: 'done', run: message.run, ok });
      }, 0);
    },
    terminate() {
      worker.terminated = true;
      listeners.length = 0;
    },
  };
  return worker;
}

/** A worker stuck in `while (true) {}`: it never answers anything. */
function hungWorker(): WorkerLike & { terminated: boolean } {
  const worker = {
    terminated: false,
    addEventListener() {},
    postMessage() {},
    terminate: () => (worker.terminated = true),
  };
  return worker;
}

const collect = () => {
  const outputs: CellOutput[] = [];
  return { outputs, handlers: { onOutput: (o: CellOutput) => outputs.push(o) } };
};

afterEach(() => vi.useRealTimers());

/** A worker whose script cannot load: it fires `error` instead of answering. */
function brokenWorker(): WorkerLike & { terminated: boolean } {
  let onError: (event: { message?: string }) => void = () => {};
  const worker = {
    terminated: false,
    addEventListener: (type: string, l: (event: { message?: string }) => void) => {
      if (type === 'error') onError = l;
    },
    postMessage: () =>
      setTimeout(() => onError({ message: 'Failed to fetch the kernel script' }), 0),
    terminate: () => (worker.terminated = true),
  };
  return worker;
}

/** Starts a training run far too long to finish (its code ends with `extra`), once it reports progress. */
async function startLongTraining(client: ReturnType<typeof createKernelClient>, extra = '') {
  const progress: number[] = [];
  const running = client.run(
    "const net = mlp([2, 16, 1], { seed: 1 });\nconst r = await train(net, datasets.spiral({ n: 500, seed: 1 }), { loss: 'bce', learningRate: 0.1, epochs: 1000000, batchSize: 1 });" +
      extra,
    { onOutput: () => {}, onProgress: (p) => progress.push(p.epoch) },
  );
  while (progress.length === 0) await new Promise((r) => setTimeout(r, 5));
  // Wrapped: an async function returning the promise itself would wait for the run to end.
  return { running };
}

describe('createKernelClient(makeWorker)', () => {
  it('ends a run with a readable error when the kernel cannot start, instead of waiting for the time limit', async () => {
    const client = createKernelClient(brokenWorker);
    const { outputs, handlers } = collect();
    const result = await client.run('1 + 1', handlers);
    expect(result).toMatchObject({ ok: false, lostState: true });
    expect(outputs).toEqual([
      {
        kind: 'error',
        name: 'KernelError',
        message: 'The kernel stopped working: Failed to fetch the kernel script.',
      },
    ]);
    expect(client.busy).toBe(false);
  });

  it('runs cells in order in one kernel, counting them [1], [2]', async () => {
    const client = createKernelClient(inProcessWorker);
    const a = collect();
    const b = collect();
    const first = client.run('const x = 20;', a.handlers);
    const second = client.run('x + 1', b.handlers);
    expect(await first).toEqual({ ok: true, count: 1, stopped: false, lostState: false });
    expect(await second).toEqual({ ok: true, count: 2, stopped: false, lostState: false });
    expect(b.outputs).toEqual([{ kind: 'value', display: { t: 'number', text: '21' } }]);
  });

  it('Stop ends a long training run after its current slice and keeps the kernel state', async () => {
    const client = createKernelClient(inProcessWorker);
    await client.run('const kept = 7;', collect().handlers);
    const { running } = await startLongTraining(client, '\nr.stopped');
    client.stop();
    expect(await running).toMatchObject({ ok: true, stopped: true, lostState: false });
    const after = collect();
    await client.run('kept', after.handlers);
    expect(after.outputs).toEqual([{ kind: 'value', display: { t: 'number', text: '7' } }]);
  });

  it('Stop pressed twice stops the run once: the kernel and its state survive past the grace period', async () => {
    const workers: ReturnType<typeof inProcessWorker>[] = [];
    const client = createKernelClient(() => {
      const w = inProcessWorker();
      workers.push(w);
      return w;
    });
    await client.run('const kept = 7;', collect().handlers);
    const { running } = await startLongTraining(client);
    client.stop();
    client.stop();
    expect(await running).toMatchObject({ ok: true, stopped: true, lostState: false });
    // A later run must not be killed by a timer the second Stop left behind.
    const later = client.run(
      'await new Promise((r) => setTimeout(r, STOP + 200)); kept'.replace(
        'STOP',
        String(STOP_GRACE_MS),
      ),
      collect().handlers,
    );
    expect(await later).toMatchObject({ ok: true, stopped: false, lostState: false });
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(false);
  });

  it('Stop when nothing runs, or after the run ended, does nothing', async () => {
    const client = createKernelClient(inProcessWorker);
    client.stop();
    await client.run('const kept = 7;', collect().handlers);
    client.stop();
    client.stop();
    const { outputs, handlers } = collect();
    expect(await client.run('kept', handlers)).toMatchObject({
      ok: true,
      stopped: false,
      count: 2,
    });
    expect(outputs).toEqual([{ kind: 'value', display: { t: 'number', text: '7' } }]);
  });

  it('Stop on a kernel that never answers terminates it, says state was lost, and the next run starts fresh', async () => {
    vi.useFakeTimers();
    const workers: ReturnType<typeof hungWorker>[] = [];
    const client = createKernelClient(() => {
      const w = hungWorker();
      workers.push(w);
      return w;
    });
    const running = client.run('while (true) {}', collect().handlers);
    await vi.advanceTimersByTimeAsync(10);
    client.stop();
    await vi.advanceTimersByTimeAsync(STOP_GRACE_MS);
    expect(await running).toMatchObject({ ok: false, stopped: true, lostState: true });
    expect(workers[0].terminated).toBe(true);
    void client.run('1', collect().handlers);
    await vi.advanceTimersByTimeAsync(10);
    expect(workers).toHaveLength(2);
  });

  it('a run past its time limit is stopped with a message', async () => {
    vi.useFakeTimers();
    const client = createKernelClient(hungWorker);
    const { outputs, handlers } = collect();
    const running = client.run('while (true) {}', handlers, 2000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await running).toMatchObject({ ok: false, lostState: true });
    expect(outputs).toEqual([{ kind: 'error', name: 'Timeout', message: 'Stopped after 2 s.' }]);
  });

  it('restart() throws the state away and restarts the counter', async () => {
    const client = createKernelClient(inProcessWorker);
    await client.run('const gone = 1;', collect().handlers);
    client.restart();
    const { outputs, handlers } = collect();
    expect(await client.run('typeof gone', handlers)).toMatchObject({ count: 1 });
    expect(outputs).toEqual([{ kind: 'value', display: { t: 'string', text: 'undefined' } }]);
  });
});
