import type { CellOutput } from './outputs';
import type { FromKernel, ToKernel } from './protocol';

/** The part of a Worker the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: ToKernel): void;
  /** `message` events carry `data`; `error` (a worker that fails to load, or throws outside a cell) may carry `message`. */
  addEventListener(
    type: 'message' | 'error',
    listener: (event: { data?: FromKernel; message?: string }) => void,
  ): void;
  terminate(): void;
}

/** How one run ended. `lostState`: the kernel had to be restarted, so earlier cells must re-run. */
export interface RunResult {
  ok: boolean;
  /** The execution counter shown as [n]. */
  count: number;
  stopped: boolean;
  lostState: boolean;
}

export interface RunHandlers {
  onOutput(output: CellOutput): void;
  onProgress?(progress: { epoch: number; epochs: number; loss: number | null }): void;
}

/** How long Stop waits for the kernel to stop by itself before it terminates the worker. */
export const STOP_GRACE_MS = 1500;

/**
 * The page's side of the kernel: runs cells one after another in one worker, streams their outputs,
 * and stops them. Stop first asks (training stops after its current slice, state kept); a kernel
 * that does not answer within STOP_GRACE_MS, or a run past its time limit, is terminated and
 * replaced by a fresh one, and the run reports that state was lost.
 */
export function createKernelClient(makeWorker: () => WorkerLike) {
  let worker: WorkerLike | undefined;
  let counter = 0;
  let runs = 0;
  interface ActiveRun {
    run: number;
    handlers: RunHandlers;
    finish: (r: Omit<RunResult, 'count'>) => void;
    /** Set by stop(): terminates the kernel if the run has not ended by then. */
    stopTimer?: ReturnType<typeof setTimeout>;
  }
  let active: ActiveRun | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let stopAsked = false;

  const start = () => {
    const w = makeWorker();
    w.addEventListener('message', ({ data }) => {
      if (!active || !data || data.run !== active.run) return;
      if (data.type === 'output') active.handlers.onOutput(data.output);
      else if (data.type === 'progress') active.handlers.onProgress?.(data);
      else active.finish({ ok: data.ok, stopped: stopAsked, lostState: false });
    });
    // Without this a kernel that cannot start would leave the run waiting for its time limit.
    w.addEventListener('error', (event) => {
      active?.handlers.onOutput({
        kind: 'error',
        name: 'KernelError',
        message: `The kernel stopped working: ${event.message || 'it could not be loaded'}.`,
      });
      killAndFinish();
    });
    return w;
  };

  const killAndFinish = () => {
    worker?.terminate();
    worker = undefined;
    active?.finish({ ok: false, stopped: true, lostState: true });
  };

  return {
    /** Runs a cell after those already queued; `timeoutMs` stops it (default 60 s). */
    run(source: string, handlers: RunHandlers, timeoutMs = 60_000): Promise<RunResult> {
      const result = queue.then(
        () =>
          new Promise<RunResult>((resolve) => {
            worker ??= start();
            const run = ++runs;
            const count = ++counter;
            stopAsked = false;
            const limit = setTimeout(() => {
              handlers.onOutput({
                kind: 'error',
                name: 'Timeout',
                message: `Stopped after ${timeoutMs / 1000} s.`,
              });
              killAndFinish();
            }, timeoutMs);
            active = {
              run,
              handlers,
              finish(r) {
                clearTimeout(limit);
                clearTimeout(this.stopTimer);
                active = undefined;
                resolve({ ...r, count });
              },
            };
            worker.postMessage({ type: 'run', run, source });
          }),
      );
      queue = result;
      return result;
    },

    /** Asks the running cell to stop; terminates the kernel if it does not within STOP_GRACE_MS. */
    stop() {
      // A second Stop must not start a second timer: the first would outlive its run and kill a later one.
      if (!active || !worker || active.stopTimer !== undefined) return;
      stopAsked = true;
      worker.postMessage({ type: 'stop' });
      active.stopTimer = setTimeout(killAndFinish, STOP_GRACE_MS);
    },

    /** Throws the kernel's state away; the next run starts a fresh kernel and the counter restarts. */
    restart() {
      killAndFinish();
      counter = 0;
    },

    /** True while a cell runs. */
    get busy() {
      return active !== undefined;
    },
  };
}
