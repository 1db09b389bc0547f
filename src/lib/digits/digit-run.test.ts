import { describe, expect, it } from 'vitest';
import { createTrainer, mlp, optimizerNames } from '../../../engine/index.ts';
import {
  BATCH_SIZE,
  createDigitRun,
  DEFAULT_RATES,
  DIGIT_OPTIMISERS,
  digitRunKey,
  OPTIMISER_LABELS,
} from './digit-run';

// A small stand-in for the digits: 40 examples of 784 pixels, one-hot over 10 classes.
const data = {
  inputs: Array.from({ length: 40 }, (_, i) =>
    Array.from({ length: 784 }, (_, p) => ((i * 31 + p * 7) % 17) / 16),
  ),
  targets: Array.from({ length: 40 }, (_, i) =>
    Array.from({ length: 10 }, (_, k) => (k === i % 10 ? 1 : 0)),
  ),
};
const settings = { hidden: 4, learningRate: 0.01, seed: 3, optimizer: 'adam' } as const;

describe('digit-run', () => {
  it('DIGIT_OPTIMISERS are the engine optimisers, each with a label and a rate', () => {
    expect(DIGIT_OPTIMISERS).toEqual(optimizerNames);
    expect(Object.keys(OPTIMISER_LABELS)).toEqual(optimizerNames);
    expect(DEFAULT_RATES).toEqual({ sgd: 0.1, momentum: 0.01, rmsprop: 0.01, adam: 0.01 });
  });

  it('digitRunKey() changes with the optimiser, as with the rate', () => {
    const key = digitRunKey(settings);
    expect(digitRunKey({ ...settings, optimizer: 'sgd' })).not.toBe(key);
    expect(digitRunKey({ ...settings, learningRate: 0.02 })).not.toBe(key);
    expect(digitRunKey({ ...settings })).toBe(key);
  });

  it('createDigitRun() trains 784-h-10 with the chosen optimiser, as the engine would by hand', () => {
    const { net, trainer } = createDigitRun(settings, data);
    expect(net.sizes).toEqual([784, 4, 10]);
    trainer.runEpoch();
    const byHand = mlp([784, 4, 10], { activation: 'relu', output: 'softmax', seed: 3 });
    createTrainer(byHand, data, {
      loss: 'crossEntropy',
      learningRate: 0.01,
      batchSize: BATCH_SIZE,
      optimizer: 'adam',
      seed: 3,
    }).runEpoch();
    expect(Array.from(net.getParams())).toEqual(Array.from(byHand.getParams()));
    const sgd = createDigitRun({ ...settings, optimizer: 'sgd' }, data);
    sgd.trainer.runEpoch();
    expect(Array.from(sgd.net.getParams())).not.toEqual(Array.from(net.getParams()));
  });
});
