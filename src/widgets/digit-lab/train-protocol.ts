import type { NetworkJSON } from '../../../engine/index.ts';
import type { DigitRunSettings } from '../../lib/digits/digit-run.ts';
import type { Mistake } from '../../lib/digits/test-report.ts';

/** The messages between the digit lab and its training worker (train-worker.ts). */

export { BATCH_SIZE, TRAIN_DIGITS } from '../../lib/digits/digit-run.ts';
export type { Mistake };

/** What the lab asks the worker to train: the run's settings (digit-run.ts) and how far. */
export interface TrainSettings extends DigitRunSettings {
  /** How many epochs this press of Train (or Continue) adds. */
  epochs: number;
  /** Where the digits asset is, below the site's base path. */
  url: string;
  /**
   * A shared link's run: start afresh and stop after exactly this many whole epochs and batches
   * into the next (`epochs` above is then ignored), which gives back the link's network.
   */
  replay?: TrainedSoFar;
}

/** How far a run has trained: whole epochs, and batches into the next one. */
export interface TrainedSoFar {
  epochs: number;
  batches: number;
}

export type ToWorker =
  { type: 'train'; settings: TrainSettings } | { type: 'stop' } | { type: 'reset' };

/** One finished epoch. */
export interface EpochRecord {
  epoch: number;
  /** Mean training loss over the epoch (cross-entropy). */
  loss: number;
  trainAccuracy: number;
  testAccuracy: number;
}

export type FromWorker =
  | { type: 'status'; message: string }
  | {
      type: 'progress';
      epoch: number;
      batch: number;
      batches: number;
      /** Mean loss of this epoch's batches so far. */
      loss: number;
      /** Test accuracy measured at this point, or null when not measured yet. */
      testAccuracy: number | null;
    }
  | {
      type: 'snapshot';
      network: NetworkJSON;
      history: EpochRecord[];
      confusion: number[][];
      mistakes: Mistake[];
      testAccuracy: number;
      /** How far training has got (after a divergence: the epochs it was put back to). */
      trained: TrainedSoFar;
      running: boolean;
      /** True when the epochs asked for are all done (not stopped part-way). */
      finished: boolean;
    }
  | { type: 'diverged'; epoch: number }
  /** Stop arrived before the first update (still downloading or building): nothing was trained. */
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

/** Where the lab is: not trained, downloading, training, stopped part-way, or done with its epochs. */
export type Phase = 'idle' | 'loading' | 'running' | 'stopped' | 'done';
