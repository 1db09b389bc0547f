import type { FromWorker, ToWorker } from './train-protocol.ts';

/** The lab's handle on its training worker, which is created on the first Train and not before. */
export interface TrainClient {
  send(message: ToWorker): void;
  /** Ends the worker (when the lab leaves the page). */
  dispose(): void;
}

/** Creates the client; `onMessage` receives every report from the worker. */
export function createTrainClient(onMessage: (message: FromWorker) => void): TrainClient {
  let worker: Worker | null = null;
  return {
    send(message) {
      if (!worker) {
        // A module worker from the site itself: allowed by the CSP's worker-src 'self'.
        worker = new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
        worker.onerror = (event) => {
          onMessage({
            type: 'error',
            message: event.message || 'The training worker failed to start.',
          });
        };
      }
      worker.postMessage(message);
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
