import {
  createTrainer,
  evaluate,
  gates,
  mlp,
  type Network,
  type Step,
} from '../../../engine/index.ts';

/**
 * The loss race: one sigmoid neuron learns the OR gate from a start the reader chooses (both
 * weights w, bias b), trained by the engine twice with the same learning rate and full batches,
 * once under squared error and once under binary cross-entropy. Each run is short (four examples,
 * three parameters), so both are trained at once when a setting changes and every epoch's
 * parameters are kept: the reader can then look at any epoch and see the math of that moment.
 */
export type RaceLoss = 'mse' | 'bce';

export const RACE_LOSSES: readonly RaceLoss[] = ['mse', 'bce'];

export const RACE_LOSS_NAMES: Readonly<Record<RaceLoss, string>> = {
  mse: 'Squared error',
  bce: 'Cross-entropy',
};

export const LOSS_RACE = Object.freeze({
  data: gates.OR,
  /** The lesson's saturated start: every output below 0.12, three of the four wrong. */
  start: { w: -4, b: -2 },
  weightRange: { min: -8, max: 4, step: 0.5 },
  eta: { start: 0.5, min: 0.05, max: 5, step: 0.05 },
  /** Epochs trained per lane: long enough for squared error from the lesson's start at small rates. */
  epochs: 10_000,
});

/** The settings a reader changes. */
export interface RaceSettings {
  w: number;
  b: number;
  eta: number;
}

/** One lane's whole run: its parameters after every epoch, and when it first got OR right. */
export interface RaceLane {
  loss: RaceLoss;
  /** (w1, w2, b) after epoch e at [3e, 3e + 3); epoch 0 is the start. */
  params: Float64Array;
  epochs: number;
  /** The first epoch after which all four outputs are on the right side of 0.5, or null. */
  solvedAt: number | null;
}

const PARAMS = 3;

function startNetwork({ w, b }: RaceSettings): Network {
  const net = mlp([2, 1], { output: 'sigmoid' });
  net.setWeights({ weights: [[[w, w]]], biases: [[b]] });
  return net;
}

/** True when every example is classified right by the engine's rule (output >= 0.5 says 1). */
function allRight(net: Network, loss: RaceLoss): boolean {
  return evaluate(net, LOSS_RACE.data, loss).accuracy === 1;
}

/** Trains one lane for `epochs` full-batch epochs and keeps every epoch's parameters. */
export function runLane(
  loss: RaceLoss,
  settings: RaceSettings,
  epochs: number = LOSS_RACE.epochs,
): RaceLane {
  const net = startNetwork(settings);
  const data = LOSS_RACE.data;
  const trainer = createTrainer(net, data, {
    loss,
    learningRate: settings.eta,
    batchSize: data.inputs.length,
  });
  const params = new Float64Array(PARAMS * (epochs + 1));
  net.getParams(params.subarray(0, PARAMS));
  let solvedAt: number | null = allRight(net, loss) ? 0 : null;
  for (let e = 1; e <= epochs; e++) {
    if (trainer.runEpoch() === null) {
      // A diverged run keeps its last finite parameters for the epochs it did not make.
      params.copyWithin(PARAMS * e, PARAMS * (e - 1), PARAMS * e);
      continue;
    }
    net.getParams(params.subarray(PARAMS * e, PARAMS * (e + 1)));
    if (solvedAt === null && allRight(net, loss)) solvedAt = e;
  }
  return { loss, params, epochs, solvedAt };
}

/** Both lanes from the same settings. */
export function runRace(settings: RaceSettings, epochs: number = LOSS_RACE.epochs): RaceLane[] {
  return RACE_LOSSES.map((loss) => runLane(loss, settings, epochs));
}

/** The lane's network as it was after `epoch` (a new network: the caller may keep it). */
export function networkAt(lane: RaceLane, epoch: number): Network {
  const e = Math.min(Math.max(Math.round(epoch), 0), lane.epochs);
  const net = mlp([2, 1], { output: 'sigmoid' });
  net.setParams(lane.params.subarray(PARAMS * e, PARAMS * (e + 1)));
  return net;
}

/** What one lane does with one example at one epoch, with the engine's steps for each number. */
export interface ExampleMoment {
  yHat: number;
  /** dL/dz for this example: the push on the output's weighted sum. */
  dz: number;
  /** z, yHat, the loss, dL/dyHat, sigma'(z) and their product dL/dz = dL/db. */
  steps: Step[];
}

export function momentOf(lane: RaceLane, epoch: number, example: number): ExampleMoment {
  const net = networkAt(lane, epoch);
  const x = LOSS_RACE.data.inputs[example];
  const y = LOSS_RACE.data.targets[example];
  const forward = net.forward(x);
  // z = w.x + b, so dL/dz is the bias's gradient: the engine's chain rule for b shows its factors.
  const gradient = net.explainGradient(x, y, lane.loss, { type: 'bias', layer: 1, j: 1 });
  return {
    yHat: forward.output[0],
    dz: gradient.value,
    steps: [...forward.steps, ...gradient.steps],
  };
}

/** One lane's output for one example at every epoch up to `last`, for the chart (every k-th epoch). */
export function outputCurve(
  lane: RaceLane,
  example: number,
  last: number,
  points = 400,
): { epoch: number; yHat: number }[] {
  const x = LOSS_RACE.data.inputs[example];
  const end = Math.min(last, lane.epochs);
  const every = Math.max(1, Math.ceil(end / points));
  const net = mlp([2, 1], { output: 'sigmoid' });
  const curve: { epoch: number; yHat: number }[] = [];
  for (let e = 0; e <= end; e += every) {
    net.setParams(lane.params.subarray(PARAMS * e, PARAMS * (e + 1)));
    curve.push({ epoch: e, yHat: net.predict(x)[0] });
  }
  if (curve.at(-1)!.epoch !== end) {
    net.setParams(lane.params.subarray(PARAMS * end, PARAMS * (end + 1)));
    curve.push({ epoch: end, yHat: net.predict(x)[0] });
  }
  return curve;
}

/** How many epochs the chart shows: past the slower lane's solve, so both are in view. */
export function chartEpochs(lanes: readonly RaceLane[]): number {
  const solved = lanes.map((l) => l.solvedAt ?? l.epochs);
  const span = Math.ceil((Math.max(...solved, 40) * 1.25) / 10) * 10;
  return Math.min(span, LOSS_RACE.epochs);
}

/** "(1, 1)": an example's inputs, for choices and labels. */
export function exampleLabel(example: number): string {
  return `(${LOSS_RACE.data.inputs[example].join(', ')})`;
}
