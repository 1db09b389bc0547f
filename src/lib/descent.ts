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
    // Overlapping classes: no threshold splits them, so the best fit is a soft step; sharp steps
    // elsewhere sit on long, nearly flat shelves that slope on towards infinity (no minimum there).
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
  | 'ready'
  | 'descending'
  | 'oscillating'
  | 'rising'
  | 'bouncing'
  | 'diverging'
  | 'diverged'
  | 'stopped';

/** Gradients smaller than this (in size) count as "the ball has stopped". */
export const STOP_GRADIENT = 1e-4;

/** How many steps running must raise the loss before a run counts as diverging rather than rising. */
export const DIVERGING_RISES = 3;

/** What one step did to the loss, to within rounding. */
export type LossChange = 'fell' | 'level' | 'rose';

/** The last step's effect on the loss: what it was before and after, and how long that has gone on. */
export interface LastStepTrend {
  /** The loss before the last step, and after it (where the ball stands now); null if not finite. */
  before: number | null;
  after: number | null;
  change: LossChange;
  /** How many steps in a row, ending with the last, changed the loss the way the last did. */
  running: number;
}

/**
 * How the last step changed the loss. `lossNow` is the loss where the ball stands after it, the
 * number the status line shows: each record holds only the loss before its step, so without it a
 * verdict would describe the run one step late.
 */
export function lastStepTrend(
  records: readonly DescentRecord[],
  lossNow: number | null,
): LastStepTrend | null {
  const last = records.at(-1);
  if (last === undefined) return null;
  // The losses the ball has stood at, oldest first; a loss that is not finite counts as the highest.
  const losses = [...records.map((r) => r.loss), lossNow].map((l) => l ?? Infinity);
  const changes = losses.slice(1).map((l, i) => lossChange(losses[i], l));
  const change = changes[changes.length - 1];
  const differing = changes.findLastIndex((c) => c !== change);
  return { before: last.loss, after: lossNow, change, running: changes.length - 1 - differing };
}

/**
 * Relative change in the loss below which a step counts as leaving it where it was. At the edge η
 * the exact loss does not change, and rounding moves it by about 1e-15 in 2,000 steps. A real
 * change is far larger: on the curve a step changes the loss by η |1 - η| times the squared
 * gradient, so at least about 1e-10 for an η within 0.01 of 0 or 1 and a gradient just above
 * STOP_GRADIENT (smaller gradients count as stopped before the loss is looked at).
 */
const LEVEL_TOLERANCE = 1e-12;

/** Whether a step from loss `before` to loss `after` lowered it, left it level or raised it. */
function lossChange(before: number, after: number): LossChange {
  if (isLevel(before, after)) return 'level';
  return after < before ? 'fell' : 'rose';
}

/** Whether two losses are the same to within rounding (exactly the same, if either is not finite). */
function isLevel(before: number, after: number): boolean {
  if (!Number.isFinite(before) || !Number.isFinite(after)) return before === after;
  return Math.abs(after - before) <= LEVEL_TOLERANCE * Math.max(1, Math.abs(before));
}

/** How many steps running an oscillating run must jump across the minimum, and lower the loss. */
const OSCILLATION_STEPS = 3;

/**
 * Whether dL/dw changed sign from each of the last OSCILLATION_STEPS records to the next: w jumped
 * across the minimum each time (what the table's dL/dw column shows).
 */
function jumpsAcross(records: readonly DescentRecord[]): boolean {
  const signs = records.slice(-OSCILLATION_STEPS).map((r) => Math.sign(r.dw));
  return (
    signs.length === OSCILLATION_STEPS &&
    signs[0] !== 0 &&
    signs.every((s, i) => i === 0 || s === -signs[i - 1])
  );
}

/**
 * Classifies a run from its records and the loss where the ball now stands, so that the verdict is
 * true of the last step the reader sees: diverged when the engine reported a non-finite loss;
 * stopped when the gradient is all but 0 (checked before the loss, so that Run stops where
 * `explorerStop` says); diverging when the loss rose at each of the last DIVERGING_RISES steps, and
 * rising when it rose at the last step but not yet that long; bouncing when the last step
 * left the loss where it was (η at the edge, where the steps neither shrink nor grow: on the
 * parabola 1 - 2η = -1); oscillating when dL/dw flipped sign over the last three records (w
 * jumping across the minimum) and the loss fell at each of the last three steps; else, the last
 * step having lowered the loss, descending.
 */
export function descentStatus(
  records: readonly DescentRecord[],
  diverged: boolean,
  lossNow: number | null,
): DescentStatus {
  if (diverged) return 'diverged';
  const trend = lastStepTrend(records, lossNow);
  if (trend === null) return 'ready';
  const last = records[records.length - 1];
  if (Math.hypot(last.dw, last.db) < STOP_GRADIENT) return 'stopped';
  switch (trend.change) {
    case 'rose':
      return trend.running >= DIVERGING_RISES ? 'diverging' : 'rising';
    case 'level':
      return 'bouncing';
    case 'fell':
      return jumpsAcross(records) && trend.running >= OSCILLATION_STEPS
        ? 'oscillating'
        : 'descending';
  }
}

/** "1 step", "3 steps". */
function stepCount(n: number): string {
  return `${n} step${n === 1 ? '' : 's'}`;
}

/**
 * The status line a reader sees (and a screen reader hears) for a run, with its numbers. `trend`
 * is `lastStepTrend` of the same run: the loss before the last step, and how long the loss has moved
 * the way it did then.
 */
export function describeDescent(
  status: DescentStatus,
  at: {
    w: number;
    b: number;
    loss: number | null;
    steps: number;
    withBias: boolean;
    offChart: boolean;
    trend: LastStepTrend | null;
  },
): string {
  const f = formatNumber;
  const where = `w = ${f(at.w)}${at.withBias ? `, b = ${f(at.b)}` : ''}`;
  const finite = (l: number | null) => (l === null ? 'not a finite number' : f(l));
  const loss = finite(at.loss);
  const running = at.trend?.running ?? 0;
  switch (status) {
    case 'ready':
      return `Ready at ${where}, where L = ${loss}. Press Step or Run.`;
    case 'descending':
      return `Descending: after ${stepCount(at.steps)} the ball is at ${where}, L = ${loss}.`;
    case 'oscillating':
      return `Oscillating: the ball keeps jumping across the valley (the sign of dL/dw flips from step to step), but L still falls: ${loss} at ${where}.`;
    case 'rising': {
      const before = finite(at.trend?.before ?? null);
      const again = running > 1 ? ` (it has risen for ${stepCount(running)} running)` : '';
      const chart = at.offChart ? ' The ball has left the chart.' : '';
      return `Rising: the last step raised the loss from ${before} to ${loss}${again}. The step was too long: it went past the lowest point on its way and landed higher, at ${where}.${chart}`;
    }
    case 'bouncing': {
      const same =
        running > 1 ? `for ${stepCount(running)} running` : 'before and after the last step';
      return `Bouncing: the ball jumps across the valley and L stays at ${loss} (the same loss ${same}; now at ${where}): this η is exactly at the edge, where the steps neither shrink nor grow. A little lower and the ball settles; a little higher and it diverges.`;
    }
    case 'diverging':
      return `Diverging: the loss rose for ${stepCount(running)} running, to ${loss}. Each step overshoots further than the last${at.offChart ? '; the ball has left the chart' : ''}. Lower η and start again.`;
    case 'diverged':
      return `Diverged: the loss stopped being a finite number, so the engine stopped and kept the last finite weights (${where}). Lower η and start again.`;
    case 'stopped':
      return `Stopped: the gradient is all but 0 (smaller than ${STOP_GRADIENT}) at ${where}, L = ${loss}. This is a minimum or a flat stretch; gradient descent cannot tell which.`;
  }
}
