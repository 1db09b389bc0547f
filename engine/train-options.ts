import { checkDataset } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { checkFinite, checkInteger, fail } from './errors.ts';
import type { Core } from './kernels.ts';
import { getLoss } from './losses.ts';
import type { Loss, LossName } from './losses.ts';
import type { OptimizerSpec } from './optimizers.ts';
import { checkRegularization } from './regularization.ts';
import { checkSchedule } from './schedules.ts';
import type { ScheduleSpec } from './schedules.ts';
import type { RegularizationSpec } from './regularization.ts';
import { checkSoftmaxLoss } from './softmax.ts';

/** Settings for `train` and `createTrainer`. */
export interface TrainOptions {
  loss: LossName | Loss;
  /** eta, the step size; must be >= 0. */
  learningRate: number;
  /** Samples per update: 1 is stochastic, the dataset's size is batch, between is mini-batch. Default min(32, n). */
  batchSize?: number;
  /** Default plain gradient descent, `'sgd'`. */
  optimizer?: OptimizerSpec;
  /** Seed for the order of samples in each epoch; default 1. */
  seed?: number;
  /** Shuffle the samples before each epoch (default true; a full batch is never shuffled). */
  shuffle?: boolean;
  /** An L1 or L2 weight penalty, `{ name: 'l2', rate: 0.001 }`; biases are not penalized. Default none. */
  regularization?: RegularizationSpec | null;
  /** How the learning rate changes from epoch to epoch, `{ name: 'step', every: 50, factor: 0.5 }`. Default constant. */
  schedule?: ScheduleSpec | null;
}

/** Training options checked against the network and data, with their defaults filled in (engine-internal). */
export interface TrainSettings {
  loss: Loss;
  learningRate: number;
  batchSize: number;
  seed: number;
  shuffle: boolean;
  penalty: RegularizationSpec | null;
  schedule: ReturnType<typeof checkSchedule>;
}

/** Checks a trainer's options, network and data together; `where` names the public function in errors. */
export function checkTrainOptions(
  where: string,
  core: Core,
  data: Dataset,
  options: TrainOptions,
): TrainSettings {
  if (options === null || typeof options !== 'object')
    fail(where, 'expected options { loss, learningRate, batchSize, ... }');
  const loss = getLoss(options.loss, where);
  checkSoftmaxLoss(where, core.acts, loss);
  const learningRate = checkFinite(where, 'learningRate', options.learningRate);
  if (learningRate < 0) fail(where, `expected learningRate to be >= 0, got ${learningRate}`);
  checkDataset(where, data, core.sizes[0], core.sizes[core.layers]);
  const n = data.inputs.length;
  const batchSize =
    options.batchSize === undefined
      ? Math.min(32, n)
      : checkInteger(where, 'batchSize', options.batchSize, 1);
  if (batchSize > n)
    fail(where, `expected batchSize to be at most the dataset's size ${n}, got ${batchSize}`);
  const seed = options.seed === undefined ? 1 : checkFinite(where, 'seed', options.seed);
  const shuffle = options.shuffle !== false && batchSize < n;
  const penalty = checkRegularization(where, options.regularization);
  const schedule = checkSchedule(where, options.schedule);
  return { loss, learningRate, batchSize, seed, shuffle, penalty, schedule };
}
