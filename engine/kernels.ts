import {
  activations,
  leakyRelu,
  leakyReluSlope,
  relu,
  reluSlope,
  sigmoid,
  sigmoidSlope,
  tanhSlope,
} from './activations.ts';
import type { Activation } from './activations.ts';
import {
  binaryCrossEntropy,
  binaryCrossEntropySlope,
  crossEntropy,
  crossEntropySlope,
  losses,
  squaredError,
  squaredErrorSlope,
} from './losses.ts';
import type { Loss } from './losses.ts';
import { isSoftmax, softmaxInto } from './softmax.ts';

/**
 * The fast path: forward and backward passes over preallocated Float64Arrays, allocating nothing.
 * The arithmetic is the explained path's (explain-forward.ts, backprop.ts) in the same order, so
 * the two agree to the last bit for the built-in activations; tests hold them to 1e-12.
 */

/** A network's numbers and scratch buffers. Index l = 1..L is layer l; a[0] holds the input. */
export interface Core {
  sizes: number[];
  /** L, the number of layers with weights. */
  layers: number;
  /** acts[l] is layer l's activation (acts[0] is unused). */
  acts: Activation[];
  /** kinds[l] selects layer l's inlined activation loop (see ActivationKind). */
  kinds: ActivationKind[];
  /** Every weight and bias in one array: layer l's weights at wOff[l] (row j, column k), then its biases at bOff[l]. */
  params: Float64Array;
  wOff: number[];
  bOff: number[];
  /** z[l][j]: the weighted sums of layer l. */
  z: Float64Array[];
  /** a[l][j]: the activations of layer l; a[0] is the input. */
  a: Float64Array[];
  /** d[l][j]: dL/dz for neuron j of layer l. */
  d: Float64Array[];
  /** out[0]: the last sample's loss. A typed-array slot, because returning a double from a call that is not inlined boxes it. */
  out: Float64Array;
  /** For wide inputs: the indices of the last input's nonzero values, nzCount[0] of them. */
  nz: Int32Array;
  nzCount: Int32Array;
}

/**
 * Inputs at least this wide are read sparsely in layer 1: a handwritten digit is about 80%
 * blank pixels, and a zero input adds exactly nothing to a weighted sum or to dL/dw, so
 * skipping it gives the same numbers about four times faster. Narrow inputs skip the bookkeeping.
 */
const SPARSE_INPUTS = 64;

/**
 * How the fast path applies a layer's activation: a built-in's name selects its inlined loop
 * (looked up by identity, so a look-alike custom object is not mistaken for it); `custom` calls
 * the activation's own f and df.
 */
type ActivationKind = 'sigmoid' | 'tanh' | 'relu' | 'linear' | 'leakyRelu' | 'softmax' | 'custom';

const INLINED = ['sigmoid', 'tanh', 'relu', 'linear', 'leakyRelu'] as const;

/** The kind of loop that applies `act` on the fast path. */
export function activationKind(act: Activation): ActivationKind {
  if (isSoftmax(act)) return 'softmax';
  return INLINED.find((name) => act === activations[name]) ?? 'custom';
}

/** How the fast path computes a loss: a built-in's name selects its inlined formula; `custom` calls f and df. */
type LossKind = 'mse' | 'bce' | 'crossEntropy' | 'custom';

function lossKind(loss: Loss): LossKind {
  if (loss === losses.mse) return 'mse';
  if (loss === losses.bce) return 'bce';
  if (loss === losses.crossEntropy) return 'crossEntropy';
  return 'custom';
}

/** a[i] = f(z[i]) for i < n. */
function activate(
  kind: ActivationKind,
  act: Activation,
  z: Float64Array,
  a: Float64Array,
  n: number,
): void {
  switch (kind) {
    case 'sigmoid':
      for (let i = 0; i < n; i++) a[i] = sigmoid(z[i]);
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) a[i] = Math.tanh(z[i]);
      return;
    case 'relu':
      for (let i = 0; i < n; i++) a[i] = relu(z[i]);
      return;
    case 'linear':
      for (let i = 0; i < n; i++) a[i] = z[i];
      return;
    case 'leakyRelu':
      for (let i = 0; i < n; i++) a[i] = leakyRelu(z[i]);
      return;
    case 'softmax':
      softmaxInto(z, a, n);
      return;
    default:
      for (let i = 0; i < n; i++) a[i] = act.f(z[i]);
  }
}

/** d[i] = d[i] * f'(z[i]): turns dL/da into dL/dz. Sigmoid and tanh reuse a = f(z), as df does. */
function times(
  kind: ActivationKind,
  act: Activation,
  z: Float64Array,
  a: Float64Array,
  d: Float64Array,
  n: number,
): void {
  switch (kind) {
    case 'sigmoid':
      for (let i = 0; i < n; i++) d[i] = d[i] * sigmoidSlope(a[i]);
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) d[i] = d[i] * tanhSlope(a[i]);
      return;
    case 'relu':
      for (let i = 0; i < n; i++) d[i] = d[i] * reluSlope(z[i]);
      return;
    case 'linear':
      return;
    case 'leakyRelu':
      for (let i = 0; i < n; i++) d[i] = d[i] * leakyReluSlope(z[i]);
      return;
    default:
      for (let i = 0; i < n; i++) d[i] = d[i] * act.df(z[i]);
  }
}

/** Runs x (read from `x` at offset `xOff`) through the network; the output is left in c.a[L]. */
export function forwardInto(c: Core, x: ArrayLike<number>, xOff: number): Float64Array {
  const { sizes, params: p } = c;
  const a0 = c.a[0];
  for (let i = 0; i < sizes[0]; i++) a0[i] = x[xOff + i];
  const sparse = sizes[0] >= SPARSE_INPUTS;
  if (sparse) {
    const nz = c.nz;
    let count = 0;
    for (let i = 0; i < sizes[0]; i++) if (a0[i] !== 0) nz[count++] = i;
    c.nzCount[0] = count;
  }
  for (let l = 1; l <= c.layers; l++) {
    const nIn = sizes[l - 1];
    const nOut = sizes[l];
    const prev = c.a[l - 1];
    const z = c.z[l];
    const wo = c.wOff[l];
    const bo = c.bOff[l];
    if (l === 1 && sparse) {
      const nz = c.nz;
      const count = c.nzCount[0];
      for (let j = 0; j < nOut; j++) {
        const row = wo + j * nIn;
        let s = 0;
        for (let t = 0; t < count; t++) s += p[row + nz[t]] * prev[nz[t]];
        z[j] = s + p[bo + j];
      }
    } else
      for (let j = 0; j < nOut; j++) {
        const row = wo + j * nIn;
        let s = 0;
        for (let k = 0; k < nIn; k++) s += p[row + k] * prev[k];
        z[j] = s + p[bo + j];
      }
    activate(c.kinds[l], c.acts[l], z, c.a[l], nOut);
  }
  return c.a[c.layers];
}

/**
 * After forwardInto, backpropagates the loss against target y (at offset yOff) and adds this
 * sample's dL/dw and dL/db into `grad` (laid out like c.params). Leaves the sample's loss in c.out[0].
 */
export function backwardInto(
  c: Core,
  y: ArrayLike<number>,
  yOff: number,
  loss: Loss,
  grad: Float64Array,
): void {
  outputDelta(c, y, yOff, loss);
  for (let l = c.layers; l > 1; l--) addGradientsAndPropagate(c, l, grad);
  addFirstLayerGradients(c, grad);
}

/**
 * After forwardInto: the sample's loss against target y into c.out[0], and dL/dz of each output
 * neuron into c.d[L] (dL/da times f'(z), or a - y through softmax with cross-entropy).
 */
export function outputDelta(c: Core, y: ArrayLike<number>, yOff: number, loss: Loss): void {
  const L = c.layers;
  const m = c.sizes[L];
  const out = c.a[L];
  const dOut = c.d[L];
  // A built-in loss's formulas are called by name, at call sites that only ever see one
  // function, so V8 inlines them; a call through loss.f that V8 does not inline returns its
  // double boxed, which would allocate for every output of every sample.
  const kind = lossKind(loss);
  // Cross-entropy sums over the outputs; the other losses average.
  const scale = loss.reduction === 'sum' ? 1 : m;
  let total = 0;
  for (let j = 0; j < m; j++) {
    const yHat = out[j];
    const t = y[yOff + j];
    if (kind === 'mse') {
      total += squaredError(yHat, t);
      dOut[j] = squaredErrorSlope(yHat, t) / scale;
    } else if (kind === 'bce') {
      total += binaryCrossEntropy(yHat, t);
      dOut[j] = binaryCrossEntropySlope(yHat, t) / scale;
    } else if (kind === 'crossEntropy') {
      total += crossEntropy(yHat, t);
      dOut[j] = crossEntropySlope(yHat, t) / scale;
    } else {
      total += loss.f(yHat, t);
      dOut[j] = loss.df(yHat, t) / scale;
    }
  }
  c.out[0] = total / scale;
  const kindL = c.kinds[L];
  if (kindL === 'softmax') {
    // Softmax with cross-entropy (the only pairing allowed, see checkSoftmaxLoss): the Jacobian
    // and -y/a cancel to dL/dz_j = a_j * sum(y) - y_j, which is a_j - y_j for one-hot targets.
    // Computed directly, it stays exact where a_j has underflowed to 0.
    let sumY = 0;
    for (let j = 0; j < m; j++) sumY += y[yOff + j];
    for (let j = 0; j < m; j++) dOut[j] = out[j] * sumY - y[yOff + j];
  } else times(kindL, c.acts[L], c.z[L], out, dOut, m);
}

/**
 * Layer l > 1: adds dL/dw_jk = d_j a_k and dL/db_j = d_j into grad, and sets the previous layer's
 * d_k = (sum over j of w_jk d_j) f'(z_k). One pass over the weights does both.
 */
function addGradientsAndPropagate(c: Core, l: number, grad: Float64Array): void {
  const p = c.params;
  const nIn = c.sizes[l - 1];
  const nOut = c.sizes[l];
  const d = c.d[l];
  const prev = c.a[l - 1];
  const dPrev = c.d[l - 1];
  const wo = c.wOff[l];
  const bo = c.bOff[l];
  // A loop, not fill(): for the few values of a small layer the call costs more than the writes.
  for (let k = 0; k < nIn; k++) dPrev[k] = 0;
  for (let j = 0; j < nOut; j++) {
    const dj = d[j];
    const row = wo + j * nIn;
    grad[bo + j] += dj;
    for (let k = 0; k < nIn; k++) {
      grad[row + k] += dj * prev[k];
      dPrev[k] += p[row + k] * dj;
    }
  }
  times(c.kinds[l - 1], c.acts[l - 1], c.z[l - 1], prev, dPrev, nIn);
}

/** Layer 1: adds dL/dw_jk = d_j x_k and dL/db_j = d_j; a wide input only at its nonzero x_k. */
function addFirstLayerGradients(c: Core, grad: Float64Array): void {
  const nIn = c.sizes[0];
  const nOut = c.sizes[1];
  const d = c.d[1];
  const x = c.a[0];
  const wo = c.wOff[1];
  const bo = c.bOff[1];
  if (nIn >= SPARSE_INPUTS) {
    const nz = c.nz;
    const count = c.nzCount[0];
    for (let j = 0; j < nOut; j++) {
      const dj = d[j];
      const row = wo + j * nIn;
      grad[bo + j] += dj;
      for (let t = 0; t < count; t++) grad[row + nz[t]] += dj * x[nz[t]];
    }
    return;
  }
  for (let j = 0; j < nOut; j++) {
    const dj = d[j];
    const row = wo + j * nIn;
    grad[bo + j] += dj;
    for (let k = 0; k < nIn; k++) grad[row + k] += dj * x[k];
  }
}
