import type { OptimizerName } from '../../../engine/index.ts';
import type { FeatureName } from './features';

/**
 * Everything that defines a playground run: the data, the features, the architecture and the
 * training settings. It is what the URL holds and what "Reset" goes back to.
 */

/** The generated datasets, plus `own` for points the reader placed or loaded. */
export const datasetNames = [
  'circle',
  'xor',
  'gaussians',
  'spiral',
  'moons',
  'blobs3',
  'spiral3',
  'plane',
  'hill',
  'own',
] as const;
export type DatasetName = (typeof datasetNames)[number];
/** The regression sets: their targets are numbers, trained with MSE and a linear output. */
export const regressionSets: readonly DatasetName[] = ['plane', 'hill'];
/** The three-class sets: one-hot targets, trained with a softmax output and cross-entropy. */
export const threeClassSets: readonly DatasetName[] = ['blobs3', 'spiral3'];
/** The losses: binary cross-entropy and squared error for one output, cross-entropy for softmax. */
export type PlaygroundLoss = 'bce' | 'mse' | 'crossEntropy';

export const hiddenActivations = ['relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu'] as const;
export type HiddenActivation = (typeof hiddenActivations)[number];
/** The scale both rate menus share, as text so that the menus and the URL show them as written. */
const rateScale = [
  '0.0001',
  '0.001',
  '0.003',
  '0.01',
  '0.03',
  '0.1',
  '0.3',
  '1',
  '3',
  '10',
] as const;
/** The learning rates offered: the scale, with 0.00001 below it. */
export const learningRates = ['0.00001', ...rateScale] as const;
/** The regularization rates offered: the scale, with 0 (no penalty) below it. */
export const regularizationRates = ['0', ...rateScale] as const;

/** Controls an instructor can hide with `pg.hide=` (classroom mode). */
export const hideableControls = [
  'data',
  'features',
  'architecture',
  'training',
  'math',
  'export',
] as const;
export type HideableControl = (typeof hideableControls)[number];

export const MAX_LAYERS = 6;
export const MAX_NEURONS = 16;

/** The whole playground configuration. */
export interface PlaygroundConfig {
  dataset: DatasetName;
  noise: number;
  points: number;
  /** Percent of the points held out as the test set; 0 means no test set. */
  testPercent: number;
  dataSeed: number;
  features: FeatureName[];
  /** Neurons per hidden layer, 0 to 6 layers of 1 to 16. */
  layers: number[];
  activation: HiddenActivation;
  loss: PlaygroundLoss;
  optimizer: OptimizerName;
  learningRate: string;
  batchSize: number;
  regularization: 'none' | 'l1' | 'l2';
  regularizationRate: string;
  seed: number;
  hide: HideableControl[];
  /** The class a click on the plot adds to own points (not kept in the URL). */
  ownClass: 0 | 1 | 2;
}

export const defaultConfig: PlaygroundConfig = {
  dataset: 'circle',
  noise: 0.1,
  points: 500,
  testPercent: 20,
  dataSeed: 1,
  features: ['x1', 'x2'],
  layers: [8, 8],
  activation: 'tanh',
  loss: 'bce',
  optimizer: 'sgd',
  learningRate: '0.03',
  batchSize: 10,
  regularization: 'none',
  regularizationRate: '0',
  seed: 1,
  hide: [],
  ownClass: 1,
};

/** The number of training points the config leaves (the batch size can be at most this). */
export function trainCount(points: number, testPercent: number): number {
  return testPercent === 0 ? points : points - Math.round((points * testPercent) / 100);
}

/**
 * Makes settings that cannot go together consistent (batch above the training set, BCE on
 * regression, a loss that does not fit the number of classes). `threeClasses` says whether own
 * points include class 2 (generated sets say it by name).
 */
export function fitConfig(
  config: PlaygroundConfig,
  problems: string[] = [],
  threeClasses = false,
): PlaygroundConfig {
  const n = trainCount(config.points, config.testPercent);
  if (config.dataset !== 'own' && config.batchSize > n) {
    problems.push(
      `batch size: ${config.batchSize} is more than the ${n} training points; used ${n}.`,
    );
    config.batchSize = n;
  }
  if (regressionSets.includes(config.dataset) && config.loss !== 'mse') config.loss = 'mse';
  else if (threeClassSets.includes(config.dataset) || (config.dataset === 'own' && threeClasses))
    config.loss = 'crossEntropy';
  else if (config.loss === 'crossEntropy') config.loss = 'bce';
  return config;
}
