import { SvelteMap } from 'svelte/reactivity';
import type { LabRun } from './overfit-lab';
import type { LabAnswer, LabRequest } from './lab-protocol';

/**
 * The page's side of the lab's worker. Each decay's run is trained once and kept. The worker
 * trains one run at a time and cannot be interrupted, so while it is busy only the latest wish is
 * remembered: a reader who clicks through three rates waits for at most one run they skipped.
 * The kept runs are reactive: an effect that asked `get()` for a run not yet there runs again
 * when it arrives.
 */
export class LabClient {
  private worker: Worker | null = null;
  private readonly runs = new SvelteMap<number, LabRun>();
  private busy: number | null = null;
  private wanted: number | null = null;

  constructor(private readonly onError: (decay: number, message: string) => void) {}

  /** The run at `decay` if the worker has sent it. */
  get(decay: number): LabRun | undefined {
    return this.runs.get(decay);
  }

  /** Asks for the run at `decay` (nothing to do when it is kept or being trained). */
  want(decay: number): void {
    if (this.runs.has(decay) || this.busy === decay) return;
    if (this.busy === null) this.send(decay);
    else this.wanted = decay;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busy = this.wanted = null;
  }

  private send(decay: number): void {
    if (!this.worker) {
      // A module worker from the site itself, allowed by the CSP's worker-src 'self'.
      this.worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<LabAnswer>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        const decay = this.busy ?? 0;
        this.busy = this.wanted = null;
        this.onError(decay, event.message || 'The training worker failed to start.');
      };
    }
    this.busy = decay;
    const request: LabRequest = { decay };
    this.worker.postMessage(request);
  }

  private receive(answer: LabAnswer): void {
    this.busy = null;
    if ('run' in answer) this.runs.set(answer.decay, answer.run);
    else this.onError(answer.decay, answer.error);
    const next = this.wanted;
    this.wanted = null;
    if (next !== null) this.want(next);
  }
}
