import type { PlaygroundConfig } from './config-model';
import type { Point } from './data';
import type { PlaygroundRun, RunSnapshot } from './run';
import type { FromWorker, ToWorker } from './train-protocol';

/**
 * The page's side of the training worker. The page keeps its own copy of the run (for drawing,
 * the math panel and edits); the worker trains and sends snapshots back. The worker is created
 * on the first training request, and a new run reaches it only then, as the page's copy at that
 * moment, so settings and edits made before any training need no messages of their own.
 */
export class TrainClient {
  private worker: Worker | null = null;
  private gen = 0;
  private pending: { run: PlaygroundRun; points: Point[] } | null = null;
  /** Training requests sent and not answered yet. */
  outstanding = 0;
  /** Callers of idle() waiting for the outstanding requests to be answered. */
  private waiting: (() => void)[] = [];

  constructor(
    private readonly onSnapshot: (snapshot: RunSnapshot) => void,
    private readonly onError: (message: string) => void,
  ) {}

  /** A new run: the worker forgets the old one; answers about it are dropped. */
  start(run: PlaygroundRun, points: Point[]): void {
    this.gen++;
    this.outstanding = 0;
    this.pending = { run, points };
    this.wake();
  }

  /**
   * Resolves once every request sent so far has been answered and its snapshot handed to the
   * page, so that what the reader exports right after "Step one epoch" includes that epoch.
   */
  idle(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** New training settings for the current run (the page's copy has already taken them). */
  retrain(config: PlaygroundConfig): void {
    if (!this.pending) this.send({ type: 'retrain', gen: this.gen, config });
  }

  /** The reader changed the page's weights: the worker takes them. */
  params(params: Float64Array): void {
    if (!this.pending) this.send({ type: 'params', gen: this.gen, params }, [params.buffer]);
  }

  /** Asks for one update, one epoch or one frame's epochs; the answer comes to onSnapshot. */
  train(what: 'update' | 'epoch' | 'frame', epochs = 1): void {
    if (this.pending) {
      const { run, points } = this.pending;
      this.pending = null;
      this.send({
        type: 'start',
        gen: this.gen,
        config: run.settings,
        points,
        network: run.net.toJSON(),
      });
    }
    this.outstanding++;
    this.send({ type: 'train', gen: this.gen, what, epochs });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.outstanding = 0;
    this.wake();
  }

  private wake(): void {
    if (this.outstanding > 0) return;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private send(message: ToWorker, transfer: Transferable[] = []): void {
    if (!this.worker) {
      // A module worker from the site itself, allowed by the CSP's worker-src 'self'.
      this.worker = new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        this.outstanding = 0;
        this.onError(event.message || 'The training worker failed to start.');
        this.wake();
      };
    }
    this.worker.postMessage(message, transfer);
  }

  private receive(m: FromWorker): void {
    if (m.gen !== this.gen) return;
    this.outstanding = Math.max(0, this.outstanding - 1);
    if (m.type === 'error') this.onError(m.message);
    else this.onSnapshot(m.snapshot);
    this.wake();
  }
}
