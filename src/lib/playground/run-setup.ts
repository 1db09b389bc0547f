import { mlp, type Network, type TrainOptions } from '../../../engine/index.ts';
import { regressionSets, threeClassSets, type PlaygroundConfig } from './config-model';
import type { Point } from './data';

/** What a config asks the engine for: how many classes its data have, its network and its training options. */

/** The engine's training options for a config. */
export function trainOptions(config: PlaygroundConfig, trainSize: number): TrainOptions {
  return {
    loss: config.loss,
    learningRate: Number(config.learningRate),
    batchSize: Math.min(config.batchSize, trainSize),
    optimizer: config.optimizer,
    seed: config.seed,
    regularization:
      config.regularization === 'none'
        ? null
        : { name: config.regularization, rate: Number(config.regularizationRate) },
  };
}

/** Whether the config's data are a regression set (a linear output and MSE). */
export const isRegression = (config: PlaygroundConfig, points: readonly Point[]) =>
  regressionSets.includes(config.dataset) ||
  points.some((p) => p.y !== 0 && p.y !== 1 && p.y !== 2);
/** How many classes the data have: 3 for a three-class set or own points with a class 2, else 2 (or 1, a number, for regression). */
export function classCount(config: PlaygroundConfig, points: readonly Point[]): 1 | 2 | 3 {
  if (isRegression(config, points)) return 1;
  return threeClassSets.includes(config.dataset) || points.some((p) => p.y === 2) ? 3 : 2;
}
/** The layer sizes of the config's network: features, hidden layers, one output (three for three classes). */
export const sizesOf = (config: PlaygroundConfig, classes: number = 2) => [
  config.features.length,
  ...config.layers,
  classes === 3 ? 3 : 1,
];
/** The output activation: linear for regression, sigmoid for two classes, softmax for three. */
export const outputFor = (classes: number) =>
  classes === 1 ? 'linear' : classes === 3 ? 'softmax' : 'sigmoid';

/** A fresh network for a config: the same config and seed always give the same initial weights. */
export function networkFor(config: PlaygroundConfig, classes: number): Network {
  return mlp(sizesOf(config, classes), {
    activation: config.activation,
    output: outputFor(classes),
    seed: config.seed,
  });
}
