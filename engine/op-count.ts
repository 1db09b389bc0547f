import { checkInteger, fail } from './errors.ts';

/** Multiply-adds (a * b added to a sum) one sample costs in each pass of a dense network. */
export interface PassCost {
  forward: number;
  backward: number;
  /** backward / forward. */
  ratio: number;
}

/**
 * Counts the multiply-adds of one sample's forward and backward pass through a network of layer
 * sizes `sizes` (inputs first), loop for loop as the fast kernels (kernels.ts) do them for dense
 * inputs. Forward: every weight once (z = W a + b). Backward: every weight once for its gradient
 * (delta times the input it multiplied), and once more to send the error back to the layer below,
 * in every layer but the first, whose inputs need no error. Activations, their slopes and the
 * loss are one operation per neuron in either pass and are not counted.
 */
export function passCost(sizes: readonly number[]): PassCost {
  if (!Array.isArray(sizes) || sizes.length < 2)
    fail('passCost', `expected at least two layer sizes, got ${JSON.stringify(sizes)}`);
  sizes.forEach((n, i) => checkInteger('passCost', `sizes[${i}]`, n, 1));
  let forward = 0;
  let backward = 0;
  for (let l = 1; l < sizes.length; l++) {
    const weights = sizes[l] * sizes[l - 1];
    forward += weights;
    backward += l > 1 ? 2 * weights : weights;
  }
  return { forward, backward, ratio: backward / forward };
}
