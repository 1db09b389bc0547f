import {
  classifiedRight,
  createTrainer,
  gates,
  mlp,
  type HistoryEntry,
} from '../../engine/index.ts';
import { digitData, digitRun } from './digits/built-runs.ts';
import { DEFAULT_RATES } from './digits/digit-run.ts';
import { learnUntilRight, startLearning, stepNeuron } from './gate-learning.ts';
import { createTrainingLoop } from './training-loop.ts';
import { XOR_MAX_EPOCHS, XOR_SOLVED_LOSS } from './xor-settings.ts';
import { LOOP_MAX_EPOCHS, LOOP_TARGET_LOSS } from './loop-settings.ts';

/**
 * Claims the lessons make about particular runs ("seed 8 gets stuck", "learned after 616
 * epochs"), computed by the engine when the site is built. A lesson states a claim only through
 * these functions, and `claim` makes the build fail when a run stops behaving as the sentence says.
 */

/** Throws, naming the sentence, when `holds(value)` is false; else returns `value`. */
export function claim<T>(value: T, holds: (value: T) => boolean, sentence: string): T {
  if (!holds(value))
    throw new Error(
      `A lesson's claim is no longer true: "${sentence}" (got ${JSON.stringify(value)})`,
    );
  return value;
}

export { XOR_MAX_EPOCHS, XOR_SOLVED_LOSS, LOOP_MAX_EPOCHS, LOOP_TARGET_LOSS };

/** How many of the four XOR rows `predict` puts on the right side of 0.5. */
export function xorRowsRight(predict: (x: readonly number[]) => number): number {
  return gates.XOR.inputs.filter((x, i) => classifiedRight([predict(x)], gates.XOR.targets[i]))
    .length;
}

/** A run of the XOR network widget (lesson 5): learned or not, after how many epochs, rows right, last epoch loss. */
export interface XorWidgetRun {
  seed: number;
  learned: boolean;
  epochs: number;
  right: number;
  loss: number;
}

/**
 * Trains the XOR widget's network (2-2-1, sigmoid, mean squared error, full batch) as its Train
 * button does: until learned or `maxEpochs`.
 */
export function xorWidgetRun(
  seed: number,
  learningRate = 2,
  maxEpochs = XOR_MAX_EPOCHS,
): XorWidgetRun {
  const net = mlp([2, 2, 1], { activation: 'sigmoid', output: 'sigmoid', seed });
  const trainer = createTrainer(net, gates.XOR, { loss: 'mse', learningRate, batchSize: 4 });
  let last: HistoryEntry | null = null;
  let right = 0;
  for (let e = 1; e <= maxEpochs; e++) {
    last = trainer.runEpoch();
    if (last === null) break;
    right = xorRowsRight((x) => net.predict(x)[0]);
    if (right === 4 && last.loss < XOR_SOLVED_LOSS)
      return { seed, learned: true, epochs: e, right, loss: last.loss };
  }
  return { seed, learned: false, epochs: trainer.epoch, right, loss: last?.loss ?? NaN };
}

/** A run of lesson 5's code cell: a [2, hidden, 1] tanh/sigmoid network, cross-entropy, 1,500 epochs at η = 1. */
export interface XorCellRun {
  seed: number;
  hidden: number;
  /** The trained network's four outputs, in the order of the XOR table. */
  outputs: number[];
  right: number;
  /** True when some output ends within 0.05 of 0.5: the run stalled on a plateau. */
  stalled: boolean;
}

/** Runs lesson 5's second cell with the given seed and hidden-layer size. */
export function xorCellRun(seed: number, hidden = 2): XorCellRun {
  const net = mlp([2, hidden, 1], { activation: 'tanh', output: 'sigmoid', seed });
  const trainer = createTrainer(net, gates.XOR, { loss: 'bce', learningRate: 1, batchSize: 4 });
  for (let e = 0; e < 1500; e++) trainer.runEpoch();
  const outputs = gates.XOR.inputs.map((x) => net.predict(x)[0]);
  return {
    seed,
    hidden,
    outputs,
    right: xorRowsRight((x) => net.predict(x)[0]),
    stalled: outputs.some((o) => Math.abs(o - 0.5) < 0.05),
  };
}

/** A run of lesson 6's training-loop stepper played to its end. */
export interface LoopRun {
  seed: number;
  learningRate: number;
  stop: 'target' | 'max-epochs' | 'diverged' | null;
  epochs: number;
  loss: number;
  right: number;
  /** The mean loss of every epoch, in order. */
  losses: number[];
  /** The network's final output for each XOR row. */
  predictions: number[];
}

/** Plays lesson 6's stepper (its default target loss, at most LOOP_MAX_EPOCHS epochs) to its end, epoch by epoch. */
export function loopRun(seed: number, learningRate: number, maxEpochs = LOOP_MAX_EPOCHS): LoopRun {
  const loop = createTrainingLoop({ learningRate, seed, targetLoss: LOOP_TARGET_LOSS, maxEpochs });
  let view = loop.view();
  while (view.stop === null) {
    loop.finishEpoch();
    view = loop.view();
  }
  const predictions = view.predictions;
  return {
    seed,
    learningRate,
    stop: view.stop,
    epochs: view.epoch,
    loss: view.history.at(-1)?.loss ?? NaN,
    right: xorRowsRight((x) => predictions[gates.XOR.inputs.indexOf(x as number[])]),
    losses: view.history.map((h) => h.loss),
    predictions: [...predictions],
  };
}

/** The digit lab's starting settings (lessons 1 and 14), passed to the lab so the claim and the page agree. */
export const DIGIT_LAB_START = {
  hidden: 32,
  learningRate: DEFAULT_RATES.sgd,
  seed: 1,
  epochs: 3,
  optimizer: 'sgd',
} as const;

/** A run of the digit lab's first press of Train: the test accuracy after each epoch. */
export interface DigitLabRun {
  testDigits: number;
  testAccuracy: number[];
}

/** Trains the digit lab's network as its worker does, from its starting settings, in Node (once a build). */
export function digitLabRun(start = DIGIT_LAB_START): DigitLabRun {
  const epochs = digitRun(start, start.epochs);
  return {
    testDigits: digitData().test.inputs.length,
    testAccuracy: epochs.map((e) => e.test.accuracy),
  };
}

/** Epochs one press of the gate builder's "Run until all right" runs at most (lessons 4 and 5). */
export const GATE_RUN_EPOCHS = 50;

/** A run of the perceptron rule in the gate builder: solved or not, and the epochs it took. */
export interface GateRun {
  solved: boolean;
  epochs: number;
}

/** Runs the gate builder's perceptron rule from (w1, w2, b) until every row is right or `maxEpochs` pass. */
export function gateRun(
  gate: keyof typeof gates,
  start: [number, number, number],
  learningRate: number,
  maxEpochs = GATE_RUN_EPOCHS,
): GateRun {
  const { state, solved } = learnUntilRight(
    startLearning(stepNeuron(...start)),
    gates[gate],
    learningRate,
    maxEpochs,
  );
  return { solved, epochs: state.epoch };
}
