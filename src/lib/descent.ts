import {
  createTrainer,
  formatNumber,
  mlp,
  type Dataset,
  type Step,
  type Trainer,
  type UpdateStep,
} from '../../engine/index.ts';

/** Which landscape a descent explorer shows: a curve over one weight, or contours over (w, b). */
export type DescentView = 'curve' | 'contour';

/** A landscape: one neuron with one input, its data, the plotted ranges and the starting values. */
export interface DescentSetup {
  view: DescentView;
  /** The neuron's activation: linear gives a bowl, sigmoid a landscape with plateaus. */
  activation: 'linear' | 'sigmoid';
  data: Dataset;
  /** The plotted range of w, and of b on the contour map. */
  wRange: [number, number];
  bRange: [number, number];
  start: { w: number; b: number; eta: number };
  eta: { min: number; max: number; step: number };
  /** Learning rates worth trying, each with what it shows. */
  presets: { label: string; eta: number }[];
}

const pairs = (points: [number, number][]): Dataset => ({
  // Each point (x, y) is followed by (-x, -y): the products and errors of the two cancel exactly,
  // so the bias's gradient is exactly 0 and b stays at 0. The loss then depends on w alone.
  inputs: points.flatMap(([x]) => [[x], [-x]]),
  targets: points.flatMap(([, y]) => [[y], [-y]]),
});

/** The two landscapes of the gradient-descent lesson. */
export const descentSetups: Record<DescentView, DescentSetup> = {
  curve: {
    view: 'curve',
    activation: 'linear',
    // mean(x^2) = 1, so the curve's second derivative is 2 and the thresholds are eta = 0.5 and 1.
    data: pairs([
      [0.2, 0.5],
      [1, 1.8],
      [1.4, 3],
    ]),
    wRange: [-2.5, 6.5],
    bRange: [0, 0],
    start: { w: -1, b: 0, eta: 0.1 },
    eta: { min: 0.01, max: 1.2, step: 0.01 },
    presets: [
      { label: 'Too small', eta: 0.03 },
      { label: 'Good', eta: 0.35 },
      { label: 'Oscillates', eta: 0.85 },
      { label: 'Diverges', eta: 1.05 },
    ],
  },
  contour: {
    view: 'contour',
    activation: 'sigmoid',
    // Overlapping classes: no threshold splits them, so the best fit is a soft step, and sharp
    // steps at other places are local minima.
    data: {
      inputs: [-2.2, -1.6, -1.1, -0.7, -0.3, 0.1, 0.4, 0.8, 1.3, 1.9].map((x) => [x]),
      targets: [0, 0, 1, 0, 0, 1, 0, 1, 1, 1].map((y) => [y]),
    },
    wRange: [-6, 10],
    bRange: [-6, 6],
    start: { w: -1, b: 3, eta: 2 },
    eta: { min: 0.1, max: 20, step: 0.1 },
    presets: [
      { label: 'Small', eta: 0.5 },
      { label: 'Good', eta: 2 },
      { label: 'Large', eta: 12 },
    ],
  },
};

/** A trainer for the setup's neuron starting at (w, b): full batch, mean squared error. */
export function startDescent(setup: DescentSetup, w: number, b: number, eta: number): Trainer {
  const net = mlp([1, 1], { output: setup.activation });
  net.setWeight(1, 1, 1, w);
  net.setBias(1, 1, b);
  return createTrainer(net, setup.data, {
    loss: 'mse',
    learningRate: eta,
    batchSize: setup.data.inputs.length,
  });
}

/**
 * The setup's loss as a function of (w, b), computed by the engine: one epoch at learning rate 0
 * is one evaluation of the mean loss over the data that leaves the parameters where they are.
 * Returns null where the loss is not finite.
 */
export function lossFunction(setup: DescentSetup): (w: number, b: number) => number | null {
  const trainer = startDescent(setup, 0, 0, 0);
  return (w, b) => {
    trainer.net.setWeight(1, 1, 1, w);
    trainer.net.setBias(1, 1, b);
    return trainer.runEpoch()?.loss ?? null;
  };
}

/** One gradient-descent step as the engine made it: both parameters before and after, and its steps. */
export interface DescentRecord {
  /** The step's number, from 1. */
  k: number;
  w: number;
  b: number;
  /** The mean loss at (w, b), before the step; null if it was not finite. */
  loss: number | null;
  /** dL/dw and dL/db at (w, b). */
  dw: number;
  db: number;
  wNext: number;
  bNext: number;
  steps: Step[];
}

/** Makes one step with the trainer and reads its numbers from the engine's update steps; null once training diverged. */
export function descentStep(trainer: Trainer, k: number): DescentRecord | null {
  const update = trainer.step({ explain: true });
  if (update.diverged) return null;
  const [w, b] = update.steps.filter((s): s is UpdateStep => s.kind === 'update');
  return {
    k,
    w: w.old,
    b: b.old,
    loss: update.loss,
    dw: w.gradient,
    db: b.gradient,
    wNext: w.result,
    bNext: b.result,
    steps: update.steps,
  };
}

/** What the steps so far look like. */
export type DescentStatus =
  'ready' | 'descending' | 'oscillating' | 'bouncing' | 'diverging' | 'diverged' | 'stopped';

/** Gradients smaller than this (in size) count as "the ball has stopped". */
export const STOP_GRADIENT = 1e-4;

/**
 * Classifies a run from its records: diverged when the engine reported a non-finite loss;
 * diverging when the loss rose three steps running; stopped when the gradient is all but 0;
 * oscillating when w jumps across the minimum (dL/dw changes sign) at each of the last three steps
 * and the loss falls; bouncing when it jumps so but the loss stays where it is (η at the edge, where
 * the steps neither shrink nor grow: on the parabola 1 - 2η = -1); else descending.
 */
export function descentStatus(records: readonly DescentRecord[], diverged: boolean): DescentStatus {
  if (diverged) return 'diverged';
  const n = records.length;
  if (n === 0) return 'ready';
  const last = records[n - 1];
  const losses = records.slice(-4).map((r) => r.loss ?? Infinity);
  if (losses.length === 4 && losses.every((l, i) => i === 0 || l > losses[i - 1]))
    return 'diverging';
  if (Math.hypot(last.dw, last.db) < STOP_GRADIENT) return 'stopped';
  const signs = records.slice(-3).map((r) => Math.sign(r.dw));
  if (signs.length === 3 && signs[0] !== 0 && signs[0] === -signs[1] && signs[1] === -signs[2])
    return isLevel(losses.slice(-3)) ? 'bouncing' : 'oscillating';
  return 'descending';
}

/**
 * Whether losses stay the same to within rounding: at the edge η the exact loss does not change,
 * and what the floating-point steps add to it is far below this.
 */
function isLevel(losses: readonly number[]): boolean {
  const scale = Math.max(1, ...losses.map(Math.abs));
  return losses.every((l) => Math.abs(l - losses[0]) <= LEVEL_TOLERANCE * scale);
}

/** Relative change in the loss below which a bouncing run's loss counts as unchanged. */
const LEVEL_TOLERANCE = 1e-9;

/** The status line a reader sees (and a screen reader hears) for a run, with its numbers. */
export function describeDescent(
  status: DescentStatus,
  at: {
    w: number;
    b: number;
    loss: number | null;
    steps: number;
    withBias: boolean;
    offChart: boolean;
  },
): string {
  const f = formatNumber;
  const where = `w = ${f(at.w)}${at.withBias ? `, b = ${f(at.b)}` : ''}`;
  const loss = at.loss === null ? 'not a finite number' : f(at.loss);
  switch (status) {
    case 'ready':
      return `Ready at ${where}, where L = ${loss}. Press Step or Run.`;
    case 'descending':
      return `Descending: after ${at.steps} steps the ball is at ${where}, L = ${loss}.`;
    case 'oscillating':
      return `Oscillating: every step jumps across the valley (the sign of dL/dw flips each time), but L still falls: ${loss} at ${where}.`;
    case 'bouncing':
      return `Bouncing: every step jumps across the valley and L stays at ${loss} (at ${where}): this η is exactly at the edge, where the steps neither shrink nor grow. A little lower and the ball settles; a little higher and it diverges.`;
    case 'diverging':
      return `Diverging: the loss rose for three steps running, to ${loss}. Each step overshoots further than the last${at.offChart ? '; the ball has left the chart' : ''}. Lower η and start again.`;
    case 'diverged':
      return `Diverged: the loss stopped being a finite number, so the engine stopped and kept the last finite weights (${where}). Lower η and start again.`;
    case 'stopped':
      return `Stopped: the gradient is all but 0 (smaller than ${STOP_GRADIENT}) at ${where}, L = ${loss}. This is a minimum or a flat stretch; gradient descent cannot tell which.`;
  }
}
