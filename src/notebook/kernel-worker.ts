/// <reference lib="webworker" />
import * as engine from '../../engine/index.ts';
import { createKernel } from './kernel';
import type { FromKernel, ToKernel } from './protocol';
import { digitsUrl, fetchDigitBytes } from '../lib/digits/digit-source';

/**
 * The kernel, one per page, in a module worker: user code never blocks the page. A Stop message is
 * read between training slices (the sliced `train` pauses for it); code that never pauses is
 * stopped by the page terminating this worker.
 */
const post = (message: FromKernel) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
// datasets.digits() in a cell downloads the site's own digits asset, below its base path.
engine.setDigitsSource(() => fetchDigitBytes(digitsUrl(import.meta.env.BASE_URL)));
let stopRequested = false;
let current = 0;

const kernel = createKernel(engine as unknown as Record<string, unknown>, {
  stopRequested: () => stopRequested,
  progress: (p) => post({ type: 'progress', run: current, ...p }),
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
});

// Runs arrive one at a time (the page queues them), so `current` always names the running cell.
self.addEventListener('message', async (event: MessageEvent<ToKernel>) => {
  const message = event.data;
  if (message.type === 'stop') {
    stopRequested = true;
    return;
  }
  current = message.run;
  stopRequested = false;
  const ok = await kernel.run(message.source, (output) =>
    post({ type: 'output', run: message.run, output }),
  );
  post({ type: 'done', run: message.run, ok });
});
