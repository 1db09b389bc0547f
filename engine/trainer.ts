import { createCheckpoint } from './checkpoint.ts';
import { flatten } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { createEpochHistory } from './epoch-history.ts';
import { backwardInto, forwardInto } from './kernels.ts';
import { gradientLabel } from './labels.ts';
import { classifiedRight, isClassification } from './metrics.ts';
import { coreOf } from './network.ts';
import type { Network } from './network.ts';
import { createOptimizer } from './optimizers.ts';
import { createRng } from './random.ts';
import { addPenaltyGradient } from './regularization.ts';
import { scheduledRate } from './schedules.ts';
import type { Label, Step } from './steps.ts';
import { checkTrainOptions } from './train-options.ts';
import type { TrainOptions } from './train-options.ts';
import type { InternalTrainer, Trainer } from './trainer-types.ts';

export type { HistoryEntry } from './epoch-history.ts';
export type { TrainOptions } from './train-options.ts';
export type { Trainer, TrainerUpdate } from './trainer-types.ts';

/**
 * The training loop: one batch at a time, forward and backward over its samples on the fast
 * path, then one optimizer update. `train` runs it for whole epochs; widgets step it.
 */

/** Creates a trainer; `train` is this trainer run for a number of epochs. */
export function createTrainer(net: Network, data: Dataset, options: TrainOptions): Trainer {
  return makeTrainer(net, data, options, 'createTrainer');
}

/** Builds a trainer (engine-internal; `where` names the public function in error messages). */
export function makeTrainer(
  net: Network,
  data: Dataset,
  options: TrainOptions,
  where: string,
  expectedEpochs = 64,
): InternalTrainer {
  const core = coreOf(net);
  const {
    loss,
    learningRate: lr,
    batchSize,
    seed,
    shuffle,
    penalty,
    schedule,
  } = checkTrainOptions(where, core, data, options);
  const n = data.inputs.length;

  const nIn = core.sizes[0];
  const nOut = core.sizes[core.layers];
  const { x, y } = flatten(data);
  const classify = isClassification(data.targets);
  const order = new Int32Array(n).map((_, i) => i);
  const rng = createRng(seed);
  const optimizer = createOptimizer(options.optimizer, core.params.length);
  const grad = new Float64Array(core.params.length);
  const sampleGrad = new Float64Array(core.params.length);
  const lastGood = createCheckpoint(core.params);

  const history = createEpochHistory(classify, expectedEpochs);
  let epoch = 0;
  let updates = 0;
  let cursor = 0;
  let batchIndex = 0;
  // Running sums of doubles live in a typed array: a double kept in a closure variable is boxed
  // on every write, which would allocate once per batch. sums[0]: epoch loss, sums[1]: last batch's mean loss.
  const sums = new Float64Array(2);
  let epochCorrect = 0;
  let diverged = false;
  let divergedAtEpoch: number | null = null;
  let labels: Label[] | null = null;

  const diverge = () => {
    diverged = true;
    divergedAtEpoch = epoch + 1;
    // Leave the network as it was after its last finite epoch, so nothing downstream sees NaN.
    lastGood.restore();
  };

  // What the last batch did, kept in variables so the fast loop allocates no result objects.
  let lastCount = 0;
  let epochEnded = false;

  /** One batch: forward and backward over its samples, then one update. The only training loop. */
  const runBatch = (steps: Step[] | null): void => {
    if (cursor === 0 && shuffle) rng.shuffle(order);
    const start = cursor;
    const end = Math.min(n, start + batchSize);
    const count = end - start;
    // grad is zero here: optimizer.apply zeroes it as it reads it.
    let batchLoss = 0;
    const values: number[][] | null = steps ? Array.from({ length: grad.length }, () => []) : null;
    for (let i = start; i < end; i++) {
      const s = order[i];
      const out = forwardInto(core, x, s * nIn);
      if (values === null) {
        backwardInto(core, y, s * nOut, loss, grad);
      } else {
        // Per-sample gradients for the average steps; adding them to grad gives the same sums.
        sampleGrad.fill(0);
        backwardInto(core, y, s * nOut, loss, sampleGrad);
        for (let p = 0; p < grad.length; p++) {
          grad[p] += sampleGrad[p];
          values[p].push(sampleGrad[p]);
        }
      }
      batchLoss += core.out[0];
      if (classify && classifiedRight(out, y, s * nOut)) epochCorrect++;
    }
    sums[0] += batchLoss;
    batchIndex++;
    sums[1] = batchLoss / count;
    lastCount = count;
    epochEnded = false;
    if (!Number.isFinite(batchLoss)) {
      diverge();
      return;
    }
    if (steps !== null && values !== null) {
      if (!labels) labels = Array.from({ length: grad.length }, (_, i) => net.parameterLabel(i));
      // Example s's loss: a superscript in brackets, since a subscript means an input (NOTATION).
      const item = { latex: 'L^{[s]}', text: 'L[s]' };
      for (let p = 0; p < grad.length; p++) {
        const g = gradientLabel(labels[p]);
        steps.push({
          kind: 'average',
          output: g,
          item: gradientLabel(labels[p], item),
          values: values[p],
          result: grad[p] / count,
        });
      }
    }
    // Each layer's weights sit before its biases in params; only the weights are penalized.
    if (penalty !== null)
      for (let l = 1; l <= core.layers; l++)
        addPenaltyGradient(penalty, core.params, grad, core.wOff[l], core.bOff[l], count);
    // The epoch's rate under the schedule (the same number for every batch of the epoch).
    const rate = schedule === null ? lr : scheduledRate(lr, schedule, epoch);
    optimizer.apply(core.params, grad, count, rate, steps, labels);
    updates++;
    cursor = end;
    if (cursor === n) epochEnded = endEpoch();
  };

  /** Closes the epoch: records it, or rolls back if it diverged. True if it was finite. */
  const endEpoch = (): boolean => {
    const loss = sums[0] / n;
    const accuracy = epochCorrect / n;
    cursor = 0;
    batchIndex = 0;
    sums[0] = 0;
    epochCorrect = 0;
    // Updates can overflow the weights even when every batch's loss was finite; check them
    // before saving them as the state to return to if a later epoch diverges.
    if (!Number.isFinite(loss) || !lastGood.save()) {
      diverge();
      return false;
    }
    history.record(loss, accuracy);
    epoch++;
    return true;
  };

  const advanceEpoch = (): boolean => {
    while (!diverged) {
      runBatch(null);
      if (epochEnded) return true;
    }
    return false;
  };

  return {
    net,
    get epoch() {
      return epoch;
    },
    get updates() {
      return updates;
    },
    get history() {
      return history.entries();
    },
    get diverged() {
      return diverged;
    },
    get divergedAtEpoch() {
      return divergedAtEpoch;
    },
    step(opts = {}) {
      if (diverged) {
        return {
          epoch: epoch + 1,
          batch: batchIndex,
          samples: 0,
          loss: null,
          epochEnded: null,
          diverged: true,
          steps: [],
        };
      }
      const steps: Step[] | null = opts.explain === true ? [] : null;
      const epochOfBatch = epoch + 1;
      runBatch(steps);
      return {
        epoch: epochOfBatch,
        batch: epochEnded ? Math.ceil(n / batchSize) : batchIndex,
        samples: lastCount,
        loss: Number.isFinite(sums[1]) ? sums[1] : null,
        epochEnded: epochEnded ? history.entry(epoch - 1) : null,
        diverged,
        steps: steps ?? [],
      };
    },
    runEpoch() {
      return advanceEpoch() ? history.entry(epoch - 1) : null;
    },
    advanceEpoch,
    entry: history.entry,
    historyCopy: history.copy,
  };
}
