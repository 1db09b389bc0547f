import {
  datasets,
  evaluate,
  mlp,
  train,
  trainWithValidation,
  type Dataset,
} from '../../engine/index.ts';
import { LAYER_FLOW_SETUP, probeGap, type GapProbe } from './layer-flow.ts';

/**
 * The runs behind lesson 11's two side studies, fixed so that the build and the tests agree:
 * lesson 1's circle network retrained from other seeds and with weight decay (what each says in
 * the empty band), and one-input networks of growing width and depth fitting a curve.
 */

/** Lesson 1's network retrained: its seed, its weight decay, and what it says in the band. */
export interface BandRun {
  seed: number;
  decay: number;
  /** The epoch whose weights it keeps: the last, or with early stopping the best on the fresh points. */
  keptEpoch: number;
  trainAccuracy: number;
  /** Accuracy on fresh points from the same circle generator, which has none in the band either. */
  validationAccuracy: number;
  gap: GapProbe;
}

/** The fresh points: the circle generator with another seed. */
export const BAND_VALIDATION = { n: 200, seed: 101 } as const;

/**
 * Trains lesson 1's 2-3-2-1 network on its circle points from `seed`, with L2 rate `decay`. With
 * `earlyStop` it keeps the weights of the epoch with the lowest loss on the fresh points, as early
 * stopping does (it trains every epoch, so no patience setting decides what it keeps).
 */
export function bandRun(seed: number, decay = 0, earlyStop = false): BandRun {
  const s = LAYER_FLOW_SETUP;
  const data = datasets.circle({ ...s.data });
  const validation = datasets.circle({ ...BAND_VALIDATION });
  const net = mlp([...s.sizes], { activation: 'tanh', output: 'sigmoid', seed });
  const run = trainWithValidation(net, data, validation, {
    loss: 'bce',
    learningRate: s.learningRate,
    batchSize: s.batchSize,
    epochs: s.epochs,
    seed: s.seed,
    regularization: decay === 0 ? null : { name: 'l2', rate: decay },
    restoreBest: earlyStop,
  });
  return {
    seed,
    decay,
    keptEpoch: earlyStop ? run.bestEpoch : run.history.length,
    trainAccuracy: evaluate(net, data, 'bce').accuracy ?? NaN,
    validationAccuracy: evaluate(net, validation, 'bce').accuracy ?? NaN,
    gap: probeGap(net),
  };
}

/** The curve the width study fits: two periods of a sine over [-1, 1], on an even grid. */
export const CURVE = {
  periods: 2,
  points: 81,
  epochs: 5000,
  learningRate: 0.01,
  seed: 1,
} as const;

/** The curve's points: x from -1 to 1, y = sin(2 pi periods x / 2). */
export function curveData(): Dataset {
  const xs = Array.from({ length: CURVE.points }, (_, i) => -1 + (2 * i) / (CURVE.points - 1));
  return {
    inputs: xs.map((x) => [x]),
    targets: xs.map((x) => [Math.sin(CURVE.periods * Math.PI * x)]),
  };
}

/** One fit: the hidden layers' sizes, the parameter count and the mean squared error reached. */
export interface CurveFit {
  hidden: number[];
  parameters: number;
  mse: number;
}

/** Trains a 1-hidden-1 tanh network with a linear output on the curve (Adam, full batch). */
export function fitCurve(hidden: readonly number[]): CurveFit {
  const data = curveData();
  const net = mlp([1, ...hidden, 1], { activation: 'tanh', output: 'linear', seed: CURVE.seed });
  train(net, data, {
    loss: 'mse',
    learningRate: CURVE.learningRate,
    optimizer: 'adam',
    batchSize: data.inputs.length,
    epochs: CURVE.epochs,
  });
  return {
    hidden: [...hidden],
    parameters: net.parameterCount,
    mse: evaluate(net, data, 'mse').loss,
  };
}
