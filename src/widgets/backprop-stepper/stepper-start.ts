import { mlp, type Network } from '../../../engine/index.ts';

/**
 * What the backprop stepper starts from, shared by the widget and lesson 9's build-time numbers so
 * the prose describes the network and example a reader actually sees.
 */

/** Two inputs, two tanh hidden neurons, one sigmoid output. */
export const STEPPER_SIZES: readonly number[] = [2, 2, 1];
/** The seed of the starting weights, and the XOR example shown first (truth-table index: (1, 0)). */
export const STEPPER_START = { seed: 1, sample: 2 } as const;

/** A fresh copy of the stepper's network with the given seed's starting weights. */
export function stepperNetwork(seed: number = STEPPER_START.seed): Network {
  return mlp(STEPPER_SIZES, { activation: 'tanh', output: 'sigmoid', seed });
}
