import {
  datasets,
  evaluate,
  mlp,
  regularizationPenalty,
  trainWithValidation,
  type Dataset,
  type Network,
  type RegularizationSpec,
  type Step,
} from '../../../engine/index.ts';

/**
 * The overfit lab: a network far bigger than its data (2-16-16-1, 337 parameters) learns 30 noisy
 * points of the engine's two moons, full batch, under binary cross-entropy, with an L2 weight
 * penalty the reader chooses. After every epoch the engine measures the loss on the 30 training
 * points and on 100 validation points drawn from the same moons with other noise, and every
 * epoch's parameters are kept, so the reader can look at the boundary and the math of any epoch.
 * The settings were chosen by running the engine (test/site/overfit-lab.test.ts holds the effect).
 */
export const OVERFIT_LAB = Object.freeze({
  sizes: [2, 16, 16, 1] as const,
  activation: 'tanh' as const,
  /** The network's initial weights. */
  seed: 7,
  /** The three sets: same moons, same noise, different draws. */
  data: {
    noise: 0.3,
    train: { n: 30, seed: 7 },
    validation: { n: 100, seed: 107 },
    test: { n: 100, seed: 207 },
  },
  learningRate: 0.3,
  epochs: 1500,
  /** Early stopping gives up after this many epochs without a new best validation loss. */
  patience: 100,
  /** The weight-decay rates lambda the reader can pick; 0 is no penalty. */
  decays: [0, 0.001, 0.003, 0.01, 0.03] as const,
  /** The boundary map's extent (every training and validation point lies inside it) and its grid of cells. */
  map: { x: [-1.3, 1.6] as [number, number], y: [-1.1, 1.1] as [number, number], nx: 58, ny: 44 },
});

/** Which set an example comes from. */
export type LabSet = 'train' | 'validation';

/** The training, validation and test sets, made by the engine from the fixed seeds. */
export function labData(): Record<LabSet | 'test', Dataset> {
  const { noise, train, validation, test } = OVERFIT_LAB.data;
  return {
    train: datasets.moons({ ...train, noise }),
    validation: datasets.moons({ ...validation, noise }),
    test: datasets.moons({ ...test, noise }),
  };
}

/** One run of the lab at one weight-decay rate. */
export interface LabRun {
  decay: number;
  data: Record<LabSet | 'test', Dataset>;
  /**
   * Parameters after epoch e at [P (e - paramsFrom), P (e - paramsFrom + 1)), P = parameterCount;
   * epoch 0 is the start. A whole run keeps every epoch (paramsFrom 0); the page's first state
   * keeps only the last one (see lastEpochOnly).
   */
  params: Float64Array;
  paramsFrom: number;
  parameterCount: number;
  epochs: number;
  /** Mean training and validation loss (data loss, no penalty) after each epoch, epoch 0 first. */
  trainLoss: number[];
  validationLoss: number[];
  /** The lowest validation loss over the whole run, and its epoch. */
  best: { epoch: number; loss: number };
  /** What the engine's early stopping (patience OVERFIT_LAB.patience) does with the same run. */
  earlyStop: { stoppedAt: number; bestEpoch: number; stoppedEarly: boolean };
}

function startNetwork(): Network {
  return mlp([...OVERFIT_LAB.sizes], {
    activation: OVERFIT_LAB.activation,
    output: 'sigmoid',
    seed: OVERFIT_LAB.seed,
  });
}

function penaltyOf(decay: number): RegularizationSpec | null {
  return decay === 0 ? null : { name: 'l2', rate: decay };
}

function trainOptions(decay: number, n: number) {
  return {
    loss: 'bce' as const,
    learningRate: OVERFIT_LAB.learningRate,
    batchSize: n,
    epochs: OVERFIT_LAB.epochs,
    regularization: penaltyOf(decay),
  };
}

const runs = new Map<number, LabRun>();

/**
 * Trains the lab's network at weight decay `decay`, keeping every epoch's parameters and losses.
 * A run is deterministic and takes a noticeable moment (1,500 epochs), so each rate's run is kept:
 * going back to a rate already seen is instant. Callers must not change the run they get.
 */
export function runLab(decay: number): LabRun {
  let run = runs.get(decay);
  if (!run) runs.set(decay, (run = trainLab(decay)));
  return run;
}

/** Trains the lab's network at weight decay `decay` afresh, with no cache (for the worker). */
export function trainLab(decay: number): LabRun {
  const data = labData();
  const net = startNetwork();
  const P = net.parameterCount;
  const params = new Float64Array(P * (OVERFIT_LAB.epochs + 1));
  net.getParams(params.subarray(0, P));
  const trainLoss = [evaluate(net, data.train, 'bce').loss];
  const full = trainWithValidation(net, data.train, data.validation, {
    ...trainOptions(decay, data.train.inputs.length),
    restoreBest: false,
    onEpoch: ({ epoch }) => {
      net.getParams(params.subarray(P * epoch, P * (epoch + 1)));
      // Measured after the update, as the validation loss is, so the two curves line up.
      trainLoss.push(evaluate(net, data.train, 'bce').loss);
    },
  });
  const validationLoss = [
    evaluate(startNetwork(), data.validation, 'bce').loss,
    ...full.validation.map((v) => v.loss),
  ];
  // The same run again under the engine's early stopping: where it stops and what it keeps.
  const stopped = trainWithValidation(startNetwork(), data.train, data.validation, {
    ...trainOptions(decay, data.train.inputs.length),
    patience: OVERFIT_LAB.patience,
  });
  return {
    decay,
    data,
    params,
    paramsFrom: 0,
    parameterCount: P,
    epochs: full.history.length,
    trainLoss,
    validationLoss,
    best: { epoch: full.bestEpoch, loss: full.bestLoss },
    earlyStop: {
      stoppedAt: stopped.history.length,
      bestEpoch: stopped.bestEpoch,
      stoppedEarly: stopped.stoppedEarly,
    },
  };
}

/** The run's network as it was after `epoch` (a new network: the caller may keep it). */
export function networkAt(run: LabRun, epoch: number): Network {
  const e = Math.min(Math.max(Math.round(epoch), run.paramsFrom), run.epochs) - run.paramsFrom;
  const net = startNetwork();
  net.setParams(run.params.subarray(run.parameterCount * e, run.parameterCount * (e + 1)));
  return net;
}

/** Every weight of `net` (no biases), in one flat list: what the L2 penalty is taken over. */
export function weightsOf(net: Network): number[] {
  return net.getWeights().weights.flat(2);
}

/** The L2 penalty at one epoch, and the weights' size, as the engine computes them. */
export interface PenaltyMoment {
  decay: number;
  /** (lambda / 2) sum w^2: what the penalty adds to the training loss. */
  penalty: number;
  /** (1 / 2) sum w^2, the penalty's sum before lambda multiplies it. */
  halfSumSquares: number;
  weightCount: number;
  /** The largest |w|. */
  largest: number;
}

export function penaltyAt(run: LabRun, epoch: number): PenaltyMoment {
  const w = weightsOf(networkAt(run, epoch));
  return {
    decay: run.decay,
    penalty: run.decay === 0 ? 0 : regularizationPenalty(w, { name: 'l2', rate: run.decay }),
    halfSumSquares: regularizationPenalty(w, { name: 'l2', rate: 1 }),
    weightCount: w.length,
    largest: Math.max(...w.map(Math.abs)),
  };
}

/** One example's output and loss at one epoch, with the engine's steps from the output neuron on. */
export interface ExampleMoment {
  x: readonly number[];
  y: number;
  yHat: number;
  loss: number;
  /** The output neuron's weighted sum and sigmoid, then the binary cross-entropy. */
  steps: Step[];
}

export function exampleAt(run: LabRun, epoch: number, set: LabSet, index: number): ExampleMoment {
  const net = networkAt(run, epoch);
  const x = run.data[set].inputs[index];
  const y = run.data[set].targets[index];
  const forward = net.forward(x);
  const out = OVERFIT_LAB.sizes.length - 1;
  const explained = net.explainGradient(x, y, 'bce', { type: 'bias', layer: out, j: 1 });
  const loss = explained.steps.find((s) => s.kind === 'loss')!;
  return {
    x,
    y: y[0],
    yHat: forward.output[0],
    loss: loss.kind === 'loss' ? loss.result : NaN,
    // The hidden layers' 32 neurons would bury the two steps that decide this example's loss.
    steps: [...forward.steps.slice(-2), loss],
  };
}

/** The index of the example of `set` nearest to (x1, x2). */
export function nearestExample(run: LabRun, set: LabSet, x1: number, x2: number): number {
  let best = 0;
  let bestD = Infinity;
  run.data[set].inputs.forEach(([a, b], i) => {
    const d = (a - x1) ** 2 + (b - x2) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  });
  return best;
}

/** The network's output on the map's grid at one epoch, row by row from the top (for a raster). */
export function outputGrid(run: LabRun, epoch: number): number[] {
  const net = networkAt(run, epoch);
  const { x, y, nx, ny } = OVERFIT_LAB.map;
  const values: number[] = [];
  const out = new Float64Array(1);
  for (let j = 0; j < ny; j++) {
    const x2 = y[1] - ((j + 0.5) / ny) * (y[1] - y[0]);
    for (let i = 0; i < nx; i++) {
      const x1 = x[0] + ((i + 0.5) / nx) * (x[1] - x[0]);
      net.predictInto([x1, x2], out);
      values.push(out[0]);
    }
  }
  return values;
}

/** Accuracy of the network at one epoch on one set, by the engine's rule (output >= 0.5 says 1). */
export function accuracyAt(run: LabRun, epoch: number, set: LabSet | 'test'): number {
  return evaluate(networkAt(run, epoch), run.data[set], 'bce').accuracy ?? NaN;
}
