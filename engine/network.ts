import { weightDraw } from './initializers.ts';
import { activations as builtIn, getActivation } from './activations.ts';
import type { Activation, ActivationInput, ActivationName } from './activations.ts';
import { explainGradients } from './backprop.ts';
import { checkFinite, checkInteger, checkVector, describe, fail } from './errors.ts';
import { explainForward } from './explain-forward.ts';
import { explainParameter } from './explain-parameter.ts';
import { activationKind, forwardInto } from './kernels.ts';
import type { Core } from './kernels.ts';
import type { MlpOptions, Network, NetworkJSON } from './network-types.ts';
import {
  biasIndex,
  parameterLabels,
  readWeights,
  weightIndex,
  writeWeights,
} from './parameters.ts';
import { createRng } from './random.ts';
import { isSoftmax, softmaxActivation } from './softmax.ts';
import type { Label } from './steps.ts';

export type { MlpOptions, Network, NetworkJSON, NetworkWeights } from './network-types.ts';

const cores = new WeakMap<Network, Core>();

/** The fast-path buffers behind a network (engine-internal: trainers and gradient checks use it). */
export function coreOf(net: Network, where = 'coreOf'): Core {
  const core = cores.get(net);
  if (!core)
    fail(where, `expected a network made by mlp() or networkFromJSON(), got ${describe(net)}`);
  return core;
}

/**
 * Creates a multi-layer perceptron: `mlp([2, 4, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 })`.
 * Weights start random from the seed, drawn as `options.init` says (initializers.ts): by default
 * Xavier/Glorot uniform, U(+-sqrt(6 / (nIn + nOut))), for sigmoid, tanh and the rest; He normal,
 * N(0, 2 / nIn), for relu, leakyRelu and elu, whose halved-away negative side would otherwise
 * shrink the signal layer by layer. Biases start at 0.
 */
export function mlp(sizes: readonly number[], options: MlpOptions = {}): Network {
  checkSizes('mlp', sizes);
  const hidden = getActivation(options.activation ?? 'tanh', 'mlp');
  if (isSoftmax(hidden))
    fail('mlp', 'softmax can only be the output layer, got it as the hidden activation');
  const output = outputActivation(options.output ?? 'sigmoid', 'mlp');
  const acts = sizes.slice(1).map((_, i) => (i === sizes.length - 2 ? output : hidden));
  const seed = options.seed === undefined ? 1 : checkFinite('mlp', 'seed', options.seed);
  const draw = weightDraw(options.init, 'mlp');
  const net = build([...sizes], acts);
  const core = coreOf(net);
  const rng = createRng(seed);
  for (let l = 1; l <= core.layers; l++) {
    const nIn = sizes[l - 1];
    const nOut = sizes[l];
    const reluLike =
      acts[l - 1] === builtIn.relu ||
      acts[l - 1] === builtIn.leakyRelu ||
      acts[l - 1] === builtIn.elu;
    for (let i = 0; i < nIn * nOut; i++)
      core.params[core.wOff[l] + i] = draw(rng, nIn, nOut, reluLike);
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
    kinds: ['linear', ...acts.map(activationKind)],
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
    getWeight: (layer, j, k) => core.params[weightIndex(core, 'getWeight', layer, j, k)],
    setWeight(layer, j, k, value) {
      const i = weightIndex(core, 'setWeight', layer, j, k);
      core.params[i] = checkFinite('setWeight', 'value', value);
    },
    getBias: (layer, j) => core.params[biasIndex(core, 'getBias', layer, j)],
    setBias(layer, j, value) {
      const i = biasIndex(core, 'setBias', layer, j);
      core.params[i] = checkFinite('setBias', 'value', value);
    },
    getWeights: () => readWeights(core),
    setWeights: (w) => writeWeights(core, w),
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
