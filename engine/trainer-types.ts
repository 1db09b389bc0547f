import type { HistoryEntry } from './epoch-history.ts';
import type { Network } from './network.ts';
import type { Step } from './steps.ts';

/** What a trainer offers: the public `Trainer` and what one step reports. */

/** What one `trainer.step()` did. */
export interface TrainerUpdate {
  /** The epoch this update belongs to, counted from 1. */
  epoch: number;
  /** The batch within the epoch, counted from 1. */
  batch: number;
  /** How many samples the batch had. */
  samples: number;
  /** The batch's mean loss before the update; null when it was NaN or Infinity (training diverged). */
  loss: number | null;
  /** The epoch's record when this update finished an epoch, else null. */
  epochEnded: HistoryEntry | null;
  diverged: boolean;
  /** With `explain: true`: per parameter, the batch average of its gradient and its update. */
  steps: Step[];
}

/** Trains a network one update at a time, for widgets with step, play and pause. */
export interface Trainer {
  readonly net: Network;
  /** Finished epochs. */
  readonly epoch: number;
  /** Parameter updates made so far. */
  readonly updates: number;
  readonly history: readonly HistoryEntry[];
  readonly diverged: boolean;
  readonly divergedAtEpoch: number | null;
  /** Makes one parameter update (one batch); with `explain: true` also returns its steps. */
  step(options?: { explain?: boolean }): TrainerUpdate;
  /** Runs the rest of the current epoch (a whole epoch at its start) and returns its record, or null if training diverged. */
  runEpoch(): HistoryEntry | null;
}

/** The trainer with two engine-internal methods that `train` uses to avoid allocating per epoch. */
export interface InternalTrainer extends Trainer {
  /** Runs the rest of the epoch; false if training diverged. */
  advanceEpoch(): boolean;
  /** History entry i (from 0) as a new object. */
  entry(i: number): HistoryEntry;
  /** The history as a new array, allocated at its full length. */
  historyCopy(): HistoryEntry[];
}
