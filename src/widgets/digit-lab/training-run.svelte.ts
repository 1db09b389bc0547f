import { networkFromJSON, type Network } from '../../../engine/index.ts';
import { createTrainClient } from './train-client.ts';
import type {
  EpochRecord,
  FromWorker,
  Mistake,
  Phase,
  TrainedSoFar,
  TrainSettings,
} from './train-protocol.ts';

/**
 * The digit lab's training run as the page sees it: the worker's reports kept as reactive state
 * (phase, progress, loss, accuracy, the trained network and what it gets wrong), and the three
 * things the reader can do to it. The worker starts on the first `train`, not before.
 */
export class TrainingRun {
  phase: Phase = $state('idle');
  /** What the worker is doing before the first batch (downloading, decoding), or ''. */
  status = $state('');
  /** Why the run stopped early (divergence, an error), or ''. */
  problem = $state('');
  /** True after a divergence: the worker dropped the run, so the next `train` starts a new network. */
  startsAfresh = $state(false);
  /** How far through the current epoch, from 0 to 1. */
  progress = $state(0);
  epoch = $state(0);
  loss: number | null = $state(null);
  testAccuracy: number | null = $state(null);
  log: EpochRecord[] = $state([]);
  confusion: number[][] = $state([]);
  mistakes: Mistake[] = $state([]);
  /** The network as of the last snapshot, or null before any. */
  network: Network | null = $state.raw(null);
  /** How far the network in `network` has trained (what a link to it carries). */
  trained: TrainedSoFar = $state({ epochs: 0, batches: 0 });
  /** The shared link's run being replayed, until the replay ends; else null. */
  replaying: TrainedSoFar | null = $state(null);

  #client = createTrainClient((m) => this.#receive(m));
  // After Start over, reports the worker sent before it read the reset are stale: ignore them.
  #accepting = false;

  #receive(m: FromWorker) {
    if (!this.#accepting) return;
    if (m.type === 'status') {
      // A download a press set off goes on after Stop; its news would sit under a stopped lab.
      if (this.phase === 'loading' || this.phase === 'running') this.status = m.message;
    } else if (m.type === 'progress') {
      this.status = '';
      this.phase = 'running';
      this.epoch = m.epoch;
      this.progress = m.batch / m.batches;
      if (Number.isFinite(m.loss)) this.loss = m.loss;
      if (m.testAccuracy !== null) this.testAccuracy = m.testAccuracy;
    } else if (m.type === 'snapshot') {
      this.status = '';
      this.network = networkFromJSON(m.network);
      this.log = m.history;
      this.confusion = m.confusion;
      this.mistakes = m.mistakes;
      this.testAccuracy = m.testAccuracy;
      this.trained = m.trained;
      if (!m.running) this.replaying = null;
      // Stopped part-way through an epoch, the read-out keeps that epoch's running loss: the last
      // finished epoch's loss beside the current epoch's number would read as this epoch's.
      const midEpoch = m.trained.batches > 0 && this.loss !== null;
      if (m.history.length && !midEpoch) this.loss = m.history[m.history.length - 1].loss;
      if (!m.running) {
        this.phase = m.finished ? 'done' : 'stopped';
        if (m.finished) this.progress = 1;
      }
    } else if (m.type === 'diverged') {
      this.phase = 'done';
      this.replaying = null;
      this.startsAfresh = true;
      this.problem = `Training diverged in epoch ${m.epoch}: the loss stopped being a finite number, so the network was put back to its last good epoch. Try a smaller learning rate: the next Train starts a new network from epoch 1.`;
    } else if (m.type === 'cancelled') {
      this.replaying = null;
      this.status = '';
      this.phase = this.log.length ? 'done' : 'idle';
    } else if (m.type === 'error') {
      this.replaying = null;
      this.phase = this.log.length ? 'done' : 'idle';
      this.status = '';
      this.problem = `Training stopped: ${m.message}`;
    }
  }

  /** Starts training with these settings, or continues a stopped run. */
  train(settings: TrainSettings) {
    this.#accepting = true;
    this.problem = '';
    this.startsAfresh = false;
    if (this.phase !== 'stopped') this.progress = 0;
    this.phase = 'loading';
    this.#client.send({ type: 'train', settings });
  }

  /**
   * Trains afresh to exactly how far a shared link's run had got, in the worker (the page keeps
   * responding), so the lab ends on that run's very weights.
   */
  replay(settings: Omit<TrainSettings, 'replay'>, upTo: TrainedSoFar) {
    this.startOver();
    this.replaying = upTo;
    this.train({ ...settings, replay: upTo });
  }

  /** Pauses the run; the worker answers with a snapshot of where it got to. */
  stop() {
    this.#client.send({ type: 'stop' });
  }

  /** Forgets the run: back to an untrained network. */
  startOver() {
    this.#accepting = false;
    this.#client.send({ type: 'reset' });
    this.phase = 'idle';
    this.status = '';
    this.problem = '';
    this.startsAfresh = false;
    this.progress = 0;
    this.epoch = 0;
    this.loss = null;
    this.testAccuracy = null;
    this.log = [];
    this.confusion = [];
    this.mistakes = [];
    this.network = null;
    this.trained = { epochs: 0, batches: 0 };
    this.replaying = null;
  }

  /** Ends the worker (the lab has left the page). */
  dispose() {
    this.#client.dispose();
  }
}
