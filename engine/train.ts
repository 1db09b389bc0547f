import { checkInteger, fail } from './errors.ts';
import type { Dataset } from './dataset.ts';
import type { Network } from './network.ts';
import { makeTrainer } from './trainer.ts';
import type { HistoryEntry, TrainOptions } from './trainer.ts';

/** Settings for `train`: a number of epochs and an optional callback. */
export interface TrainRunOptions extends TrainOptions {
  epochs: number;
  /** Called after each epoch; returning false stops training. */
  onEpoch?: (entry: HistoryEntry) => boolean | void;
}

/** What `train` returns. */
export interface TrainResult {
  /** One entry per finished epoch; never contains NaN or Infinity. */
  history: HistoryEntry[];
  /** Parameter updates made (one per batch, the last short batch included). */
  updates: number;
  /**
   * True when a loss, or a parameter after an epoch's updates, became NaN or Infinity; the network
   * is then reset to its last finite epoch.
   */
  diverged: boolean;
  /** The epoch (counted from 1) in which a loss or a parameter stopped being finite, or null. */
  divergedAtEpoch: number | null;
}

/** Updates in one epoch over m examples: Math.ceil(m / batchSize), as the last short batch counts. */
export function updatesPerEpoch(m: number, batchSize: number): number {
  checkInteger('updatesPerEpoch', 'm', m, 1);
  checkInteger('updatesPerEpoch', 'batchSize', batchSize, 1);
  if (batchSize > m)
    fail('updatesPerEpoch', `expected batchSize to be at most m = ${m}, got ${batchSize}`);
  return Math.ceil(m / batchSize);
}

/** Trains `net` on `data` in place and returns the loss history and the number of updates. */
export function train(net: Network, data: Dataset, options: TrainRunOptions): TrainResult {
  const epochs = checkInteger('train', 'epochs', options?.epochs, 0);
  const t = makeTrainer(net, data, options, 'train', epochs);
  const onEpoch = options.onEpoch;
  for (let e = 0; e < epochs; e++) {
    if (!t.advanceEpoch()) break;
    if (onEpoch && onEpoch(t.entry(t.epoch - 1)) === false) break;
  }
  return {
    history: t.historyCopy(),
    updates: t.updates,
    diverged: t.diverged,
    divergedAtEpoch: t.divergedAtEpoch,
  };
}
