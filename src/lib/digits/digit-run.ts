import {
  createTrainer,
  mlp,
  optimizerNames,
  type Dataset,
  type Network,
  type OptimizerName,
  type Trainer,
} from '../../../engine/index.ts';

/**
 * How the digit lab's network is built and trained, in one place: the lab's worker and the
 * lessons' build-time runs both call `createDigitRun`, so a sentence about a run and the run a
 * reader starts with the same settings are the same run.
 */

/** Digits per mini-batch. */
export const BATCH_SIZE = 32;
/** How many digits the lab learns from (the rest of the 10,000 are kept to test on). */
export const TRAIN_DIGITS = 8000;

/** The optimisers the lab offers: the engine's, with its default settings. */
export const DIGIT_OPTIMISERS: readonly OptimizerName[] = optimizerNames;

/**
 * A learning rate that suits each optimiser on the digits, which the lab offers beside η. Adam's
 * and RMSProp's steps are about η whatever the gradient's size, so SGD's 0.1 is far too large for
 * them (784-32-10, seed 1: Adam at 0.1 reads 35.7% of the test digits after one epoch, RMSProp
 * 62% after two); momentum in the engine's form, v <- beta v + g, takes steps up to ten times
 * plain descent's, so it gets a tenth of SGD's rate.
 */
export const DEFAULT_RATES: Readonly<Record<OptimizerName, number>> = {
  sgd: 0.1,
  momentum: 0.01,
  rmsprop: 0.01,
  adam: 0.01,
};

/** What decides a run: the same settings give the same weights, in Node and in the worker. */
export interface DigitRunSettings {
  hidden: number;
  learningRate: number;
  seed: number;
  optimizer: OptimizerName;
}

/** A key that changes exactly when the settings do (a new key means a new run). */
export function digitRunKey(s: DigitRunSettings): string {
  return `${s.hidden}/${s.learningRate}/${s.seed}/${s.optimizer}`;
}

/**
 * The lab's network, 784 inputs, `hidden` ReLU neurons (the engine's `auto` initialisation draws
 * He weights for them) and 10 softmax outputs, with its trainer: cross-entropy, mini-batches of
 * BATCH_SIZE shuffled by the seed, and the chosen optimiser.
 */
export function createDigitRun(
  s: DigitRunSettings,
  train: Dataset,
): { net: Network; trainer: Trainer } {
  const net = mlp([784, s.hidden, 10], { activation: 'relu', output: 'softmax', seed: s.seed });
  const trainer = createTrainer(net, train, {
    loss: 'crossEntropy',
    learningRate: s.learningRate,
    batchSize: BATCH_SIZE,
    optimizer: s.optimizer,
    seed: s.seed,
  });
  return { net, trainer };
}

/** Each optimiser's name as the lab and the lessons print it. */
export const OPTIMISER_LABELS: Readonly<Record<OptimizerName, string>> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};
