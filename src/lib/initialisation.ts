import {
  datasets,
  evaluate,
  gates,
  layerGradients,
  mlp,
  train,
  type InitSpec,
  type NetworkWeights,
} from '../../engine/index.ts';

/**
 * The runs behind lesson 13 (initialisation and depth), fixed so that the build and the tests
 * agree: XOR trained from equal and from random weights, the spread of activations layer by layer
 * at three starting scales, the variance of the engine's Xavier and He draws, and ReLUs killed by
 * a large learning rate.
 */

/** XOR on a 2-3-1 tanh network (lesson 5's 2-2-1 with a third hidden neuron), full batch, with the start chosen. */
export const SYMMETRY = { learningRate: 0.5, epochs: 500, seed: 2, equal: 0.5 } as const;

/** A trained XOR network's weights, loss and accuracy. */
export interface SymmetryRun {
  start: NetworkWeights;
  end: NetworkWeights;
  loss: number;
  accuracy: number;
}

/**
 * Trains the XOR network from `init` (every weight `SYMMETRY.equal`, or random from the seed);
 * `seed: null` leaves the seed to `mlp`'s default, as the lesson's first cell does.
 */
export function symmetryRun(
  init: 'equal' | 'zeros' | 'random',
  seed: number | null = SYMMETRY.seed,
): SymmetryRun {
  const spec: InitSpec =
    init === 'equal'
      ? { name: 'constant', value: SYMMETRY.equal }
      : init === 'zeros'
        ? 'zeros'
        : 'auto';
  const net = mlp([2, 3, 1], {
    activation: 'tanh',
    output: 'sigmoid',
    init: spec,
    seed: seed ?? undefined,
  });
  const start = net.getWeights();
  train(net, gates.XOR, {
    loss: 'bce',
    learningRate: SYMMETRY.learningRate,
    epochs: SYMMETRY.epochs,
    batchSize: 4,
  });
  const { loss, accuracy } = evaluate(net, gates.XOR, 'bce');
  return { start, end: net.getWeights(), loss, accuracy: accuracy ?? NaN };
}

/** The deep ReLU network whose activations the lesson follows: 10 hidden layers of 32. */
export const SCALE = { width: 32, depth: 10, seed: 1, data: { n: 200, seed: 5 } } as const;

/** He's standard deviation for the scale network's hidden layers, sqrt(2 / 32). */
export const heSd = (nIn: number) => Math.sqrt(2 / nIn);

/**
 * The root mean square of each hidden layer's activations when every weight is drawn from
 * N(0, (factor x He's sd)^2): below 1 the signal shrinks layer by layer, above 1 it grows.
 */
export function activationProfile(factor: number): number[] {
  const hidden = Array.from({ length: SCALE.depth }, () => SCALE.width);
  const net = mlp([2, ...hidden, 1], {
    activation: 'relu',
    output: 'sigmoid',
    init: { name: 'normal', sd: factor * heSd(SCALE.width) },
    seed: SCALE.seed,
  });
  const stats = layerGradients(net, datasets.moons({ ...SCALE.data }), 'bce');
  return stats.slice(0, -1).map((s) => s.activation.rms);
}

/** The mean and variance of every weight the engine draws for one layer of `nIn` inputs and `nOut` neurons. */
export function drawnVariance(init: 'xavier' | 'he', nIn: number, nOut: number) {
  const ws = mlp([nIn, nOut], { init, activation: 'relu', output: 'relu', seed: 3 })
    .getWeights()
    .weights.flat(2);
  const mean = ws.reduce((a, b) => a + b, 0) / ws.length;
  const variance = ws.reduce((a, w) => a + (w - mean) ** 2, 0) / ws.length;
  return { count: ws.length, mean, variance };
}

/** A 2-16-16-1 ReLU network on 100 moons, trained briefly at one learning rate, then gently. */
export const DEAD = {
  sizes: [2, 16, 16, 1],
  seed: 2,
  data: { n: 100, seed: 5 },
  epochs: 20,
  batchSize: 10,
  recovery: { learningRate: 0.1, epochs: 200 },
} as const;

/** Silent neurons per hidden layer at the start, after the first training, and after the gentle one. */
export interface DeadRun {
  learningRate: number;
  start: number[];
  after: number[];
  recovered: number[];
  loss: number;
  accuracy: number;
}

/** Counts the ReLUs that output 0 on every example, before and after training at `learningRate`. */
export function deadRun(learningRate: number): DeadRun {
  const data = datasets.moons({ ...DEAD.data });
  const net = mlp([...DEAD.sizes], { activation: 'relu', output: 'sigmoid', seed: DEAD.seed });
  const silent = () =>
    layerGradients(net, data, 'bce')
      .slice(0, -1)
      .map((s) => s.silentNeurons);
  const start = silent();
  const options = { loss: 'bce', batchSize: DEAD.batchSize, seed: 1 } as const;
  train(net, data, { ...options, learningRate, epochs: DEAD.epochs });
  const after = silent();
  train(net, data, { ...options, ...DEAD.recovery, seed: 2 });
  const { loss, accuracy } = evaluate(net, data, 'bce');
  return { learningRate, start, after, recovered: silent(), loss, accuracy: accuracy ?? NaN };
}
