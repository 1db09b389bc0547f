import type { Dataset } from './dataset.ts';
import { checkDataset } from './dataset.ts';
import { checkFinite, checkInteger, fail } from './errors.ts';
import { evaluate } from './evaluate.ts';
import type { Evaluation } from './evaluate.ts';
import type { Network } from './network-types.ts';
import { train } from './train.ts';
import type { TrainResult, TrainRunOptions } from './train.ts';

/** Settings for `trainWithValidation`: `train`'s, and when to stop. */
export interface ValidationOptions extends TrainRunOptions {
  /**
   * Stop after this many epochs in a row without a new best validation loss (early stopping).
   * Default: never stop early, train every epoch.
   */
  patience?: number;
  /** How much lower than the best a validation loss must be to count as better; default 0. */
  minDelta?: number;
  /** Put back the weights of the best epoch at the end, with or without `patience` (default true). */
  restoreBest?: boolean;
}

/** What `trainWithValidation` returns: `train`'s result and the validation record. */
export interface ValidationResult extends TrainResult {
  /** The validation loss and accuracy after each epoch (entry i after epoch i + 1). */
  validation: ({ epoch: number } & Evaluation)[];
  /** The epoch with the lowest validation loss (0: none beat the untrained network). */
  bestEpoch: number;
  /** The lowest validation loss, the untrained network's included. */
  bestLoss: number;
  /** True when training stopped because the validation loss stopped improving. */
  stoppedEarly: boolean;
}

/**
 * Trains `net` on `data` as `train` does, measuring the loss on `validation` (examples it never
 * trains on) after every epoch. The training loss keeps falling as a network memorises its data;
 * the validation loss turns up when it starts to overfit, and with `patience` training stops
 * there. At the end (by default) it goes back to the best epoch's weights, also without `patience`.
 */
export function trainWithValidation(
  net: Network,
  data: Dataset,
  validation: Dataset,
  options: ValidationOptions,
): ValidationResult {
  const where = 'trainWithValidation';
  checkDataset(where, validation, net.sizes[0], net.sizes[net.sizes.length - 1]);
  const patience =
    options.patience === undefined
      ? Infinity
      : checkInteger(where, 'patience', options.patience, 1);
  const minDelta =
    options.minDelta === undefined ? 0 : checkFinite(where, 'minDelta', options.minDelta);
  if (minDelta < 0) fail(where, `expected minDelta to be >= 0, got ${minDelta}`);
  const loss = options.loss;
  const record: ValidationResult['validation'] = [];
  let bestLoss = evaluate(net, validation, loss).loss;
  let bestEpoch = 0;
  let best = net.getWeights();
  let stoppedEarly = false;
  const result = train(net, data, {
    ...options,
    onEpoch(entry) {
      if (options.onEpoch?.(entry) === false) return false;
      const now = evaluate(net, validation, loss);
      record.push({ epoch: entry.epoch, ...now });
      if (now.loss < bestLoss - minDelta) {
        bestLoss = now.loss;
        bestEpoch = entry.epoch;
        best = net.getWeights();
      } else if (entry.epoch - bestEpoch >= patience) {
        stoppedEarly = true;
        return false;
      }
    },
  });
  if (options.restoreBest !== false) net.setWeights(best);
  return { ...result, validation: record, bestEpoch, bestLoss, stoppedEarly };
}
