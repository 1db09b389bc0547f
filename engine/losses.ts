import { fail } from './errors.ts';

/**
 * A loss for one output: f(yHat, y) and its derivative df/dyHat, with its formula. A sample's loss
 * is the mean of f over the network's outputs (the sum with `reduction: 'sum'`, as crossEntropy
 * has), and a batch's loss is the mean over its samples.
 */
export interface Loss {
  /** The key in `losses`: `mse`. */
  readonly name: string;
  /** The loss of one prediction yHat against its target y. */
  f(yHat: number, y: number): number;
  /** dL/dyHat for one output. */
  df(yHat: number, y: number): number;
  /** The definition in LaTeX. */
  readonly latex: string;
  /**
   * How a sample's loss combines its outputs: `'mean'` (the default) divides the sum by the
   * number of outputs; `'sum'` does not, as cross-entropy over classes is defined.
   */
  readonly reduction?: 'mean' | 'sum';
}

/** The names of the built-in losses. */
export type LossName = 'mse' | 'bce' | 'crossEntropy';

/**
 * BCE clamps yHat into [EPS, 1 - EPS]: a sigmoid output rounds to exactly 1 beyond z = 37, and
 * ln(0) would then turn a confident, correct prediction's neighbour into an infinite loss.
 */
export const BCE_EPSILON = 1e-12;

function clamp(p: number): number {
  return Math.min(Math.max(p, BCE_EPSILON), 1 - BCE_EPSILON);
}

// The formulas for one output, each written once: the losses below and the fast path
// (kernels.ts) both call them.

/** (yHat - y)^2. */
export function squaredError(yHat: number, y: number): number {
  return (yHat - y) * (yHat - y);
}

/** d/dyHat of (yHat - y)^2: 2 (yHat - y). */
export function squaredErrorSlope(yHat: number, y: number): number {
  return 2 * (yHat - y);
}

/** -[y ln p + (1 - y) ln(1 - p)], with p = yHat clamped into [EPS, 1 - EPS]. */
export function binaryCrossEntropy(yHat: number, y: number): number {
  const p = clamp(yHat);
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}

/** Its derivative (p - y) / (p (1 - p)), with the same clamped p. */
export function binaryCrossEntropySlope(yHat: number, y: number): number {
  const p = clamp(yHat);
  return (p - y) / (p * (1 - p));
}

/** -y ln yHat, with yHat clamped below at EPS. */
export function crossEntropy(yHat: number, y: number): number {
  return -y * Math.log(Math.max(yHat, BCE_EPSILON));
}

/** Its derivative -y / yHat, with the same clamp. */
export function crossEntropySlope(yHat: number, y: number): number {
  return -y / Math.max(yHat, BCE_EPSILON);
}

/** The built-in losses, keyed by name. */
export const losses: Readonly<Record<LossName, Loss>> = Object.freeze({
  /** Squared error (yHat - y)^2; averaged over outputs and samples it is the mean squared error. */
  mse: {
    name: 'mse',
    f: squaredError,
    df: squaredErrorSlope,
    latex: String.raw`L = \frac{1}{K}\sum_{k=1}^{K} (\hat{y}_k - y_k)^2`,
  },
  /** Binary cross-entropy, for a sigmoid output and targets 0 or 1. */
  bce: {
    name: 'bce',
    f: binaryCrossEntropy,
    df: binaryCrossEntropySlope,
    latex: String.raw`L = -\frac{1}{K}\sum_{k=1}^{K} \left[ y_k \ln \hat{y}_k + (1 - y_k) \ln(1 - \hat{y}_k) \right]`,
  },
  /**
   * Cross-entropy over classes, for a softmax output and one-hot targets: the sample's loss is
   * the sum over outputs, -ln of the probability given to the right class. yHat is clamped
   * below at BCE_EPSILON so a confidently wrong prediction costs about 27.6, not Infinity.
   */
  crossEntropy: {
    name: 'crossEntropy',
    f: crossEntropy,
    df: crossEntropySlope,
    latex: String.raw`L = -\sum_{k=1}^{K} y_k \ln \hat{y}_k`,
    reduction: 'sum',
  },
});

/** The valid loss names, for error messages and pickers. */
export const lossNames = Object.keys(losses) as LossName[];

/** Resolves a loss name or object, or throws naming the valid ones. */
export function getLoss(loss: LossName | Loss, where = 'getLoss'): Loss {
  if (typeof loss === 'string') {
    if (Object.prototype.hasOwnProperty.call(losses, loss)) return losses[loss as LossName];
    fail(where, `unknown loss "${loss}"; expected one of ${lossNames.join(', ')}`);
  }
  if (
    loss === null ||
    typeof loss !== 'object' ||
    typeof loss.f !== 'function' ||
    typeof loss.df !== 'function'
  ) {
    fail(
      where,
      `expected a loss name (${lossNames.join(', ')}) or an object { name, f, df, latex }`,
    );
  }
  return loss;
}
