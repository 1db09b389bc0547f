import { activations as builtIn, getActivation } from './activations.ts';
import type { Activation, ActivationInput, ActivationName } from './activations.ts';
import { explainForward, explainGradients, explainParameter } from './backprop.ts';
import type { ForwardResult, GradientResult, ParameterGradient, ParameterRef } from './backprop.ts';
import { checkFinite, checkInteger, checkVector, describe, fail } from './errors.ts';
import { activationCode, forwardInto } from './kernels.ts';
import type { Core } from './kernels.ts';
import type { Loss, LossName } from './losses.ts';
import { createRng } from './random.ts';
import { isSoftmax, softmaxActivation } from './softmax.ts';
import { label } from './labels.ts';
import type { Label } from './steps.ts';

/** Options for `mlp`. */
export interface MlpOptions {
  /** The hidden layers' activation; default `tanh`. */
  activation?: ActivationName | ActivationInput;
  /** The output layer's activation; default `sigmoid`. `'softmax'` makes the outputs class probabilities. */
  output?: ActivationName | ActivationInput | 'softmax';
  /** Seed for the initial weights; default 1. */
  seed?: number;
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

const cores = new WeakMap<Network, Core>();

/** The fast-path buffers behind a network (engine-internal: trainers and gradient checks use it). */
export function coreOf(net: Network): Core {
  const core = cores.get(net);
  if (!core) fail('coreOf', 'expected a network made by mlp()');
  return core;
}

/**
 * Creates a multi-layer perceptron: `mlp([2, 4, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 })`.
 * Weights start random from the seed: Xavier/Glorot uniform, U(+-sqrt(6 / (nIn + nOut))), for
 * sigmoid, tanh and the rest; He normal, N(0, 2 / nIn), for relu, leakyRelu and elu, whose
 * halved-away negative side would otherwise shrink the signal layer by layer. Biases start at 0.
 */
export function mlp(sizes: readonly number[], options: MlpOptions = {}): Network {
  checkSizes('mlp', sizes);
  const hidden = getActivation(options.activation ?? 'tanh', 'mlp');
  if (isSoftmax(hidden))
    fail('mlp', 'softmax can only be the output layer, got it as the hidden activation');
  const output = outputActivation(options.output ?? 'sigmoid', 'mlp');
  const acts = sizes.slice(1).map((_, i) => (i === sizes.length - 2 ? output : hidden));
  const seed = options.seed === undefined ? 1 : checkFinite('mlp', 'seed', options.seed);
  const net = build([...sizes], acts);
  const core = coreOf(net);
  const rng = createRng(seed);
  for (let l = 1; l <= core.layers; l++) {
    const nIn = sizes[l - 1];
    const nOut = sizes[l];
    const he =
      acts[l - 1] === builtIn.relu ||
      acts[l - 1] === builtIn.leakyRelu ||
      acts[l - 1] === builtIn.elu;
    const limit = Math.sqrt(6 / (nIn + nOut));
    for (let i = 0; i < nIn * nOut; i++) {
      core.params[core.wOff[l] + i] = he
        ? rng.normal(0, Math.sqrt(2 / nIn))
        : (2 * rng.next() - 1) * limit;
    }
  }
  return net;
}

/** Loads a network saved with `net.toJSON()` (or `JSON.parse(JSON.stringify(net))`). */
export function networkFromJSON(json: NetworkJSON): Network {
  if (
    json === null ||
    typeof json !== 'object' ||
    !Array.isArray(json.sizes) ||
    !Array.isArray(json.activations)
  ) {
    fail(
      'networkFromJSON',
      'expected { sizes, activations, weights, biases } as made by net.toJSON()',
    );
  }
  checkSizes('networkFromJSON', json.sizes);
  if (json.activations.length !== json.sizes.length - 1) {
    fail(
      'networkFromJSON',
      `expected ${json.sizes.length - 1} activations (one per layer after the input), got ${json.activations.length}`,
    );
  }
  const last = json.activations.length - 1;
  const acts = json.activations.map((a, i) =>
    i === last
      ? outputActivation(a as ActivationName, 'networkFromJSON')
      : getActivation(a as ActivationName, 'networkFromJSON'),
  );
  const loaded = build([...json.sizes], acts);
  loaded.setWeights(json);
  return loaded;
}

/** The output layer may also be softmax, which reads the whole layer (see softmax.ts). */
function outputActivation(
  spec: ActivationName | ActivationInput | 'softmax',
  where: string,
): Activation {
  return spec === 'softmax' ? softmaxActivation : getActivation(spec, where);
}

function checkSizes(where: string, sizes: readonly number[]): void {
  if (!Array.isArray(sizes) || sizes.length < 2) {
    fail(
      where,
      `expected sizes to be an array of at least 2 layer sizes like [2, 4, 1], got ${describe(sizes)}`,
    );
  }
  sizes.forEach((n, i) => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      fail(
        where,
        `expected every layer size to be an integer >= 1, got ${describe(n)} at index ${i}`,
      );
    }
  });
}

function build(sizes: number[], acts: Activation[]): Network {
  const L = sizes.length - 1;
  const wOff = [0];
  const bOff = [0];
  let count = 0;
  for (let l = 1; l <= L; l++) {
    wOff[l] = count;
    count += sizes[l] * sizes[l - 1];
    bOff[l] = count;
    count += sizes[l];
  }
  const core: Core = {
    sizes,
    layers: L,
    acts: [builtIn.linear, ...acts],
    codes: [0, ...acts.map(activationCode)],
    params: new Float64Array(count),
    wOff,
    bOff,
    z: sizes.map((n) => new Float64Array(n)),
    a: sizes.map((n) => new Float64Array(n)),
    d: sizes.map((n) => new Float64Array(n)),
    out: new Float64Array(1),
    nz: new Int32Array(sizes[0]),
    nzCount: new Int32Array(1),
  };
  let labels: Label[] | null = null;

  const checkLayer = (where: string, layer: number) => {
    if (!Number.isInteger(layer) || layer < 1 || layer > L) {
      fail(
        where,
        `expected layer to be an integer from 1 to ${L} (layer 0 is the input and has no weights), got ${describe(layer)}`,
      );
    }
  };
  const checkIndex = (where: string, name: string, value: number, max: number, what: string) => {
    if (!Number.isInteger(value) || value < 1 || value > max) {
      fail(
        where,
        `expected ${name} to be an integer from 1 to ${max} (${what}), got ${describe(value)}`,
      );
    }
  };
  const weightIndex = (where: string, layer: number, j: number, k: number) => {
    checkLayer(where, layer);
    checkIndex(where, 'j', j, sizes[layer], `neuron of layer ${layer}`);
    checkIndex(where, 'k', k, sizes[layer - 1], `neuron of layer ${layer - 1}`);
    return wOff[layer] + (j - 1) * sizes[layer - 1] + (k - 1);
  };
  const biasIndex = (where: string, layer: number, j: number) => {
    checkLayer(where, layer);
    checkIndex(where, 'j', j, sizes[layer], `neuron of layer ${layer}`);
    return bOff[layer] + (j - 1);
  };

  const net: Network = {
    sizes: Object.freeze([...sizes]),
    activations: Object.freeze([...acts]),
    parameterCount: count,
    predict(x) {
      checkVector('predict', 'inputs', x, sizes[0], ' (the size of the input layer)');
      return Array.from(forwardInto(core, x, 0));
    },
    predictInto(x, out) {
      checkVector('predictInto', 'inputs', x, sizes[0], ' (the size of the input layer)');
      if (out === null || typeof out !== 'object' || out.length !== sizes[L]) {
        fail(
          'predictInto',
          `expected out to be an array of ${sizes[L]} slots (the size of the output layer), got ${describe(out)}`,
        );
      }
      const a = forwardInto(core, x, 0);
      for (let j = 0; j < a.length; j++) out[j] = a[j];
      return out;
    },
    forward: (x) => explainForward(core, x),
    gradients: (x, y, loss) => explainGradients(core, x, y, loss),
    explainGradient: (x, y, loss, parameter) => explainParameter(core, x, y, loss, parameter),
    getWeight: (layer, j, k) => core.params[weightIndex('getWeight', layer, j, k)],
    setWeight(layer, j, k, value) {
      const i = weightIndex('setWeight', layer, j, k);
      core.params[i] = checkFinite('setWeight', 'value', value);
    },
    getBias: (layer, j) => core.params[biasIndex('getBias', layer, j)],
    setBias(layer, j, value) {
      const i = biasIndex('setBias', layer, j);
      core.params[i] = checkFinite('setBias', 'value', value);
    },
    getWeights() {
      const weights: number[][][] = [];
      const biases: number[][] = [];
      for (let l = 1; l <= L; l++) {
        const rows: number[][] = [];
        for (let j = 0; j < sizes[l]; j++) {
          const start = wOff[l] + j * sizes[l - 1];
          rows.push(Array.from(core.params.subarray(start, start + sizes[l - 1])));
        }
        weights.push(rows);
        biases.push(Array.from(core.params.subarray(bOff[l], bOff[l] + sizes[l])));
      }
      return { weights, biases };
    },
    setWeights(w) {
      const where = 'setWeights';
      if (
        w === null ||
        typeof w !== 'object' ||
        !Array.isArray(w.weights) ||
        !Array.isArray(w.biases)
      ) {
        fail(where, 'expected { weights, biases } as returned by getWeights()');
      }
      if (w.weights.length !== L || w.biases.length !== L) {
        fail(
          where,
          `expected weights and biases for ${L} layers, got ${w.weights.length} and ${w.biases.length}`,
        );
      }
      const next = new Float64Array(count);
      for (let l = 1; l <= L; l++) {
        const rows = w.weights[l - 1];
        if (!Array.isArray(rows) || rows.length !== sizes[l]) {
          fail(
            where,
            `expected ${sizes[l]} rows of weights in layer ${l} (one per neuron), got ${describe(rows)}`,
          );
        }
        rows.forEach((row, j) => {
          const v = checkVector(
            where,
            `weights of layer ${l} neuron ${j + 1}`,
            row,
            sizes[l - 1],
            ` (one per neuron of layer ${l - 1})`,
          );
          next.set(v, wOff[l] + j * sizes[l - 1]);
        });
        next.set(
          checkVector(
            where,
            `biases of layer ${l}`,
            w.biases[l - 1],
            sizes[l],
            ' (one per neuron)',
          ),
          bOff[l],
        );
      }
      core.params.set(next);
    },
    getParams(out) {
      if (out === undefined) return Float64Array.from(core.params);
      if (!(out instanceof Float64Array) || out.length !== count)
        fail(
          'getParams',
          `expected out to be a Float64Array of ${count} slots, got ${describe(out)}`,
        );
      out.set(core.params);
      return out;
    },
    setParams(values) {
      core.params.set(checkVector('setParams', 'values', values, count, ' (one per parameter)'));
    },
    parameterLabel(index) {
      checkInteger('parameterLabel', 'index', index, 0);
      if (index >= count) fail('parameterLabel', `expected an index below ${count}, got ${index}`);
      if (!labels) labels = parameterLabels(sizes);
      return labels[index];
    },
    toJSON() {
      return { sizes: [...sizes], activations: acts.map((a) => a.name), ...net.getWeights() };
    },
    clone() {
      const copy = build([...sizes], acts);
      coreOf(copy).params.set(core.params);
      return copy;
    },
  };
  cores.set(net, core);
  return net;
}

/** Labels in the flat parameter order: each layer's weights row by row, then its biases. */
function parameterLabels(sizes: number[]): Label[] {
  const out: Label[] = [];
  for (let l = 1; l < sizes.length; l++) {
    for (let j = 1; j <= sizes[l]; j++)
      for (let k = 1; k <= sizes[l - 1]; k++) out.push(label('w', [j, k], l));
    for (let j = 1; j <= sizes[l]; j++) out.push(label('b', [j], l));
  }
  return out;
}
