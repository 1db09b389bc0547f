import type { CodeVerdict } from './code-checks';

/** How long a reader's code may run before it is stopped (an endless loop, say). */
export const CODE_TIME_LIMIT_MS = 3000;

/**
 * Checks a reader's code in a fresh module worker, which is terminated when the answer arrives or
 * after CODE_TIME_LIMIT_MS, so nothing the reader writes can hang the page or outlive the check.
 */
export function runCodeInWorker(check: string, source: string): Promise<CodeVerdict> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./code-worker.ts', import.meta.url), { type: 'module' });
    const done = (verdict: CodeVerdict) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(verdict);
    };
    const timer = setTimeout(
      () =>
        done({
          kind: 'invalid',
          message: `Stopped after ${CODE_TIME_LIMIT_MS / 1000} s: does a loop never end?`,
        }),
      CODE_TIME_LIMIT_MS,
    );
    worker.addEventListener('message', (event: MessageEvent<CodeVerdict>) => done(event.data));
    worker.addEventListener('error', (event) =>
      done({
        kind: 'invalid',
        message: `The checker could not start: ${event.message || 'worker error'}.`,
      }),
    );
    worker.postMessage({ check, source });
  });
}
