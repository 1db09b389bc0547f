import type { InitSpec } from './initializers.ts';
import type { Activation, ActivationInput, ActivationName } from './activations.ts';
import type { ForwardResult } from './explain-forward.ts';
import type { GradientResult } from './backprop.ts';
import type { ParameterGradient, ParameterRef } from './explain-parameter.ts';
import type { Loss, LossName } from './losses.ts';
import type { Label } from './steps.ts';

/** The public shape of a network: what `mlp` returns and what it is built from. */

/** Options for `mlp`. */
export interface MlpOptions {
  /** The hidden layers' activation; default `tanh`. */
  activation?: ActivationName | ActivationInput;
  /** The output layer's activation; default `sigmoid`. `'softmax'` makes the outputs class probabilities. */
  output?: ActivationName | ActivationInput | 'softmax';
  /** Seed for the initial weights; default 1. */
  seed?: number;
  /** How the first weights are drawn: `'auto'` (default), `'xavier'`, `'he'`, `'zeros'`, ... (initializers.ts). */
  init?: InitSpec;
}

/** Every weight and bias as plain nested arrays: weights[l - 1][j - 1][k - 1] is w^{(l)}_{jk}. */
export interface NetworkWeights {
  weights: number[][][];
  biases: number[][];
}

/** A network as JSON: its shape, activation names and parameters. */
export interface NetworkJSON extends NetworkWeights {
  sizes: number[];
  activations: string[];
}

/** A multi-layer perceptron. Layers and neurons are counted from 1, as in w^{(l)}_{jk}. */
export interface Network {
  /** Neurons per layer, input layer first: [2, 4, 1]. */
  readonly sizes: readonly number[];
  /** The activation of layers 1..L (index 0 is layer 1). */
  readonly activations: readonly Activation[];
  /** How many weights and biases the network has. */
  readonly parameterCount: number;
  /** The output for input x, on the fast path (no steps). */
  predict(x: readonly number[]): number[];
  /**
   * The output for x written into `out` (one slot per output), allocating nothing: for widgets
   * that predict thousands of points a frame, such as a decision-boundary heat map.
   */
  predictInto(x: ArrayLike<number>, out: Float64Array | number[]): Float64Array | number[];
  /** The output for input x with every weighted sum and activation as steps. */
  forward(x: readonly number[]): ForwardResult;
  /** dL/dw and dL/db of every parameter for one sample, with the chain-rule steps. */
  gradients(x: readonly number[], y: readonly number[], loss: LossName | Loss): GradientResult;
  /** dL/d(one parameter) for one sample, with only the steps on its chain-rule path. */
  explainGradient(
    x: readonly number[],
    y: readonly number[],
    loss: LossName | Loss,
    parameter: ParameterRef,
  ): ParameterGradient;
  /** w^{(layer)}_{jk}: the weight from neuron k of layer - 1 to neuron j of layer. */
  getWeight(layer: number, j: number, k: number): number;
  /** Sets w^{(layer)}_{jk}. */
  setWeight(layer: number, j: number, k: number, value: number): void;
  /** b^{(layer)}_{j}. */
  getBias(layer: number, j: number): number;
  /** Sets b^{(layer)}_{j}. */
  setBias(layer: number, j: number, value: number): void;
  /** A copy of every weight and bias as nested arrays. */
  getWeights(): NetworkWeights;
  /** Replaces every weight and bias; the shape must match. */
  setWeights(weights: NetworkWeights): void;
  /**
   * Every weight and bias in the flat order of `parameterLabel`, copied into `out` (or a new
   * array): a cheap snapshot to send to a worker or keep as a copy.
   */
  getParams(out?: Float64Array): Float64Array;
  /** Sets every parameter from the flat order of `getParams`; length and finiteness checked, a rejected call changes nothing. */
  setParams(values: ArrayLike<number>): void;
  /** The label of parameter `index` in the flat order used by training (w^{(1)}_{11}, ...). */
  parameterLabel(index: number): Label;
  /** Shape, activations and parameters as JSON; `networkFromJSON` loads it back. */
  toJSON(): NetworkJSON;
  /** An independent copy. */
  clone(): Network;
}
