import { activations, getActivation } from './activations.ts';
import type { Activation, ActivationInput, ActivationName } from './activations.ts';
import { checkFinite, checkVector, fail } from './errors.ts';
import { displayValue } from './format.ts';
import { label } from './labels.ts';
import type { ActivationStep, Step, WeightedSumStep } from './steps.ts';

/** What `neuron()` takes: one weight per input, a bias, and an activation name or object. */
export interface NeuronOptions {
  weights: number[];
  bias: number;
  activation?: ActivationName | ActivationInput;
}

/** The result of one forward pass through a neuron. */
export interface NeuronOutput {
  /** The weighted sum z = w . x + b. */
  z: number;
  /** The activation a = f(z). */
  a: number;
  /** The weighted sum and the activation as steps, with the numbers. */
  steps: Step[];
}

/** A single artificial neuron: a = f(w . x + b). */
export interface Neuron {
  readonly weights: readonly number[];
  readonly bias: number;
  readonly activation: Activation;
  /** Computes z and a for input x, with the steps that produced them. */
  forward(x: readonly number[]): NeuronOutput;
}

/** Creates a neuron; its weights are copied, so changing the array later does not change it. */
export function neuron(options: NeuronOptions): Neuron {
  if (options === null || typeof options !== 'object') {
    fail('neuron', 'expected an options object { weights, bias, activation }');
  }
  const weights = Array.from(checkVector('neuron', 'weights', options.weights));
  const bias = checkFinite('neuron', 'bias', options.bias);
  const activation = getActivation(options.activation ?? 'sigmoid', 'neuron');
  const n = weights.length;
  const wLabels = weights.map((_, i) => label('w', [i + 1]));
  const xLabels = weights.map((_, i) => label('x', [i + 1]));
  const zLabel = label('z');
  const aLabel = label('a');

  return Object.freeze({
    weights: Object.freeze(weights),
    bias,
    activation,
    forward(x: readonly number[]): NeuronOutput {
      checkVector('neuron.forward', 'inputs', x, n, ' (one per weight)');
      // Sum in the order the step shows it (w1 x1 first, bias last), as the network does too.
      let z = 0;
      let scale = Math.abs(bias);
      for (let i = 0; i < n; i++) {
        z += weights[i] * x[i];
        scale += Math.abs(weights[i] * x[i]);
      }
      z += bias;
      // The step jumps at 0, so rounding noise would decide its output: (-0.1)(1) + (-0.2)(1) + 0.3
      // is -5.55e-17 in binary, shown as 0, and step(-5.55e-17) = 0 where step(0) = 1. The step
      // reads z as it is shown (see displayValue); every other activation is continuous at 0.
      const a = activation.f(activation === activations.step ? displayValue(z, scale) : z);
      const sum: WeightedSumStep = {
        kind: 'weightedSum',
        output: zLabel,
        weights: weights.map((w, i) => ({ label: wLabels[i], value: w })),
        inputs: weights.map((_, i) => ({ label: xLabels[i], value: x[i] })),
        bias: { label: label('b'), value: bias },
        result: z,
      };
      const act: ActivationStep = {
        kind: 'activation',
        output: aLabel,
        activation: {
          name: activation.name,
          symbol: activation.symbol,
          textSymbol: activation.textSymbol,
        },
        input: { label: zLabel, value: z },
        result: a,
      };
      return { z, a, steps: [sum, act] };
    },
  });
}
