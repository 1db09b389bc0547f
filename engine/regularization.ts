import { checkFinite, describe, fail } from './errors.ts';

/**
 * Weight penalties added to the loss: L1, lambda * sum |w|, pushes weights to exactly 0; L2,
 * (lambda / 2) * sum w^2, shrinks them in proportion to their size. Biases are not penalized.
 * The trainer adds the penalty's gradient to each weight's mean batch gradient before the
 * optimizer's update; the loss it reports stays the data loss, so runs compare across rates.
 */

/** The names of the penalties. */
export type RegularizationName = 'l1' | 'l2';

/** A penalty and its rate lambda (>= 0): `{ name: 'l2', rate: 0.001 }`. */
export interface RegularizationSpec {
  name: RegularizationName;
  rate: number;
}

/** A penalty with its formula and derivative, as activations and losses carry theirs. */
export interface Regularization {
  name: RegularizationName;
  /** The penalty of one weight, without lambda. */
  f: (w: number) => number;
  /** Its derivative; L1's is sign(w), taken as 0 at w = 0. */
  df: (w: number) => number;
  latex: string;
}

/** The valid penalty names, for error messages and pickers. */
export const regularizationNames: RegularizationName[] = ['l1', 'l2'];

/** L1 and L2, by name. */
export const regularizations: Readonly<Record<RegularizationName, Regularization>> = Object.freeze({
  l1: {
    name: 'l1',
    f: (w: number) => Math.abs(w),
    df: (w: number) => (w > 0 ? 1 : w < 0 ? -1 : 0),
    latex: 'R(w) = \\lambda \\sum |w|',
  },
  l2: {
    name: 'l2',
    f: (w: number) => 0.5 * w * w,
    df: (w: number) => w,
    latex: 'R(w) = \\frac{\\lambda}{2} \\sum w^{2}',
  },
});

/** Checks a penalty spec; undefined or null means none. Returns the checked spec or null. */
export function checkRegularization(
  where: string,
  spec: RegularizationSpec | null | undefined,
): RegularizationSpec | null {
  if (spec === undefined || spec === null) return null;
  if (typeof spec !== 'object' || !regularizationNames.includes(spec.name)) {
    const got = spec && typeof spec === 'object' ? describe(spec.name) : describe(spec);
    fail(
      where,
      `expected regularization { name, rate } with name one of ${regularizationNames.join(', ')}, got ${got}`,
    );
  }
  const rate = checkFinite(where, 'regularization rate', spec.rate);
  if (rate < 0) fail(where, `expected regularization rate to be >= 0, got ${rate}`);
  return { name: spec.name, rate };
}

/** The penalty lambda * sum R(w) over the given weights. */
export function regularizationPenalty(
  weights: ArrayLike<number>,
  spec: RegularizationSpec,
): number {
  const r = regularizations[spec.name];
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += r.f(weights[i]);
  return spec.rate * sum;
}

/** dPenalty/dw for one weight: lambda * R'(w). */
export function regularizationGradient(w: number, spec: RegularizationSpec): number {
  return spec.rate * regularizations[spec.name].df(w);
}

/**
 * Adds count * lambda * R'(w) to the summed batch gradient of every weight in
 * params[from, to): the optimizer divides the sum by count, so each weight's mean gradient gains
 * exactly lambda * R'(w). Inlined per name so that the training loop allocates nothing.
 */
export function addPenaltyGradient(
  spec: RegularizationSpec,
  params: Float64Array,
  gradSum: Float64Array,
  from: number,
  to: number,
  count: number,
): void {
  const scale = count * spec.rate;
  if (scale === 0) return;
  if (spec.name === 'l2') {
    for (let i = from; i < to; i++) gradSum[i] += scale * params[i];
  } else {
    for (let i = from; i < to; i++) {
      const w = params[i];
      gradSum[i] += w > 0 ? scale : w < 0 ? -scale : 0;
    }
  }
}
