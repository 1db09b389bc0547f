import type { Activation } from './activations.ts';
import { checkVector, fail } from './errors.ts';
import { losses } from './losses.ts';
import type { Loss } from './losses.ts';

/**
 * Softmax turns a layer's weighted sums into probabilities that sum to 1:
 * a_j = e^{z_j} / sum_k e^{z_k}. Unlike the other activations it reads the whole layer, so it is
 * not in `activations` (which are applied one neuron at a time) and is only allowed as the output
 * layer: `mlp([784, 32, 10], { activation: 'relu', output: 'softmax' })`.
 */

/** The softmax of z, computed stably (the largest z is subtracted first, which changes nothing). */
export function softmax(z: readonly number[]): number[] {
  checkVector('softmax', 'z', z);
  if (z.length === 0) fail('softmax', 'expected at least one value, got an empty array');
  const out = new Float64Array(z.length);
  softmaxInto(z, out, z.length);
  return Array.from(out);
}

/** a[j] = softmax(z)[j] for j < n, allocating nothing: the fast path's version. */
export function softmaxInto(z: ArrayLike<number>, a: Float64Array, n: number): void {
  // Subtracting the maximum keeps every exponent <= 0, so e^{z} cannot overflow to Infinity.
  let max = -Infinity;
  for (let j = 0; j < n; j++) if (z[j] > max) max = z[j];
  let sum = 0;
  for (let j = 0; j < n; j++) {
    a[j] = Math.exp(z[j] - max);
    sum += a[j];
  }
  for (let j = 0; j < n; j++) a[j] = a[j] / sum;
}

function perNeuron(): never {
  return fail(
    'softmax',
    'softmax reads a whole layer, so it has no value for one z alone; use softmax(z) on the layer',
  );
}

/**
 * The softmax output "activation", as `mlp` and `net.activations` carry it. Its `f` and `df`
 * throw: the engine's passes treat it as a layer, and a per-neuron call would be a bug.
 */
export const softmaxActivation: Activation = Object.freeze({
  name: 'softmax',
  f: perNeuron,
  df: perNeuron,
  latex: String.raw`\operatorname{softmax}(z)_j = \frac{e^{z_j}}{\sum_{k} e^{z_k}}`,
  symbol: String.raw`\operatorname{softmax}`,
  textSymbol: 'softmax',
});

/** Whether an activation is the softmax output. */
export function isSoftmax(act: Activation): boolean {
  return act === softmaxActivation;
}

/**
 * A softmax output is trained with cross-entropy, whose gradient through softmax is simply
 * a_j - y_j; the engine supports that pairing only, and says so instead of computing a wrong
 * gradient for another loss.
 */
export function checkSoftmaxLoss(where: string, acts: readonly Activation[], loss: Loss): void {
  const output = acts[acts.length - 1];
  if (isSoftmax(output) && loss !== losses.crossEntropy) {
    fail(
      where,
      `a softmax output is trained with the crossEntropy loss, got "${loss.name}"; use loss: 'crossEntropy' (or a sigmoid output for ${loss.name})`,
    );
  }
}
