/// <reference lib="webworker" />
import { networkFromJSON } from '../../../engine/index.ts';
import { PlaygroundRun } from './run';
import type { FromWorker, ToWorker } from './train-protocol';

/**
 * The playground's training worker: the same `PlaygroundRun` as the page's copy, trained here so
 * that the page's main thread only draws. It trains only when asked (one update, one epoch, or
 * one animation frame's epochs) and answers each request with one snapshot, so the page gets at
 * most one set of weights per frame and the same seed trains exactly as in Node.
 */

let run: PlaygroundRun | null = null;
let gen = 0;
/** How many of the run's loss records the page already has. */
let sent = 0;

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

function handle(m: ToWorker): void {
  if (m.type === 'start') {
    gen = m.gen;
    run = new PlaygroundRun(m.config, m.points, networkFromJSON(m.network));
    sent = run.history.length;
    return;
  }
  if (!run || m.gen !== gen) return;
  if (m.type === 'retrain') run.retrain(m.config);
  else if (m.type === 'params') {
    run.net.setParams(m.params);
    run.touch();
  } else {
    if (m.what === 'update') run.stepUpdate();
    else if (m.what === 'epoch') run.stepEpoch();
    else for (let i = 0; i < m.epochs && !run.diverged; i++) run.stepEpoch();
    const snapshot = run.snapshot(sent);
    sent = run.history.length;
    post({ type: 'snapshot', gen, snapshot }, [snapshot.params.buffer]);
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  try {
    handle(event.data);
  } catch (error) {
    post({
      type: 'error',
      gen: event.data.gen,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
