import { activations } from './activations.ts';
import type { Activation } from './activations.ts';
import { BCE_EPSILON, losses } from './losses.ts';
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
  /** codes[l] selects an inlined activation loop; GENERIC calls acts[l].f and .df. */
  codes: number[];
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
export const SPARSE_INPUTS = 64;

const GENERIC = 0;
const SIGMOID = 1;
const TANH = 2;
const RELU = 3;
const LINEAR = 4;
const LEAKY = 5;
const SOFTMAX = 6;

/** The inlined loop for a built-in activation, by identity so a look-alike custom object is not mistaken for it. */
export function activationCode(act: Activation): number {
  if (act === activations.sigmoid) return SIGMOID;
  if (act === activations.tanh) return TANH;
  if (act === activations.relu) return RELU;
  if (act === activations.linear) return LINEAR;
  if (act === activations.leakyRelu) return LEAKY;
  if (isSoftmax(act)) return SOFTMAX;
  return GENERIC;
}

/** a[i] = f(z[i]) for i < n. */
function activate(
  code: number,
  act: Activation,
  z: Float64Array,
  a: Float64Array,
  n: number,
): void {
  switch (code) {
    case SIGMOID:
      for (let i = 0; i < n; i++) a[i] = 1 / (1 + Math.exp(-z[i]));
      return;
    case TANH:
      for (let i = 0; i < n; i++) a[i] = Math.tanh(z[i]);
      return;
    case RELU:
      for (let i = 0; i < n; i++) a[i] = z[i] > 0 ? z[i] : 0;
      return;
    case LINEAR:
      for (let i = 0; i < n; i++) a[i] = z[i];
      return;
    case LEAKY:
      for (let i = 0; i < n; i++) a[i] = z[i] > 0 ? z[i] : 0.01 * z[i];
      return;
    case SOFTMAX:
      softmaxInto(z, a, n);
      return;
    default:
      for (let i = 0; i < n; i++) a[i] = act.f(z[i]);
  }
}

/** d[i] = d[i] * f'(z[i]): turns dL/da into dL/dz. Sigmoid and tanh reuse a = f(z), as df does. */
function times(
  code: number,
  act: Activation,
  z: Float64Array,
  a: Float64Array,
  d: Float64Array,
  n: number,
): void {
  switch (code) {
    case SIGMOID:
      for (let i = 0; i < n; i++) d[i] = d[i] * (a[i] * (1 - a[i]));
      return;
    case TANH:
      for (let i = 0; i < n; i++) d[i] = d[i] * (1 - a[i] * a[i]);
      return;
    case RELU:
      for (let i = 0; i < n; i++) d[i] = d[i] * (z[i] > 0 ? 1 : 0);
      return;
    case LINEAR:
      return;
    case LEAKY:
      for (let i = 0; i < n; i++) d[i] = d[i] * (z[i] > 0 ? 1 : 0.01);
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
    // The two commonest activations are inlined here; a call per layer costs more than a
    // small layer's arithmetic.
    const code = c.codes[l];
    const a = c.a[l];
    if (code === SIGMOID) for (let j = 0; j < nOut; j++) a[j] = 1 / (1 + Math.exp(-z[j]));
    else if (code === TANH) for (let j = 0; j < nOut; j++) a[j] = Math.tanh(z[j]);
    else activate(code, c.acts[l], z, a, nOut);
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
  const { sizes, params: p } = c;
  const L = c.layers;
  const m = sizes[L];
  const out = c.a[L];
  const dOut = c.d[L];
  // MSE and BCE are inlined (same formulas as losses.ts): a call to loss.f that V8 does not
  // inline returns its double boxed, which would allocate for every output of every sample.
  const code =
    loss === losses.mse ? 1 : loss === losses.bce ? 2 : loss === losses.crossEntropy ? 3 : 0;
  // Cross-entropy sums over the outputs; the other losses average.
  const scale = loss.reduction === 'sum' ? 1 : m;
  let total = 0;
  for (let j = 0; j < m; j++) {
    const yHat = out[j];
    const t = y[yOff + j];
    if (code === 1) {
      total += (yHat - t) * (yHat - t);
      dOut[j] = (2 * (yHat - t)) / m;
    } else if (code === 2) {
      // Math.min/max keep q an unboxed double; a ternary that can pick the imported constant made V8 box it.
      const q = Math.min(Math.max(yHat, BCE_EPSILON), 1 - BCE_EPSILON);
      total += -(t * Math.log(q) + (1 - t) * Math.log(1 - q));
      dOut[j] = (q - t) / (q * (1 - q)) / m;
    } else if (code === 3) {
      const q = Math.max(yHat, BCE_EPSILON);
      total += -t * Math.log(q);
      dOut[j] = -t / q;
    } else {
      total += loss.f(yHat, t);
      dOut[j] = loss.df(yHat, t) / scale;
    }
  }
  c.out[0] = total / scale;
  const outCode = c.codes[L];
  if (outCode === SIGMOID) for (let j = 0; j < m; j++) dOut[j] = dOut[j] * (out[j] * (1 - out[j]));
  else if (outCode === SOFTMAX) {
    // Softmax with cross-entropy (the only pairing allowed, see checkSoftmaxLoss): the Jacobian
    // and -y/a cancel to dL/dz_j = a_j * sum(y) - y_j, which is a_j - y_j for one-hot targets.
    // Computed directly, it stays exact where a_j has underflowed to 0.
    let sumY = 0;
    for (let j = 0; j < m; j++) sumY += y[yOff + j];
    for (let j = 0; j < m; j++) dOut[j] = out[j] * sumY - y[yOff + j];
  } else times(outCode, c.acts[L], c.z[L], out, dOut, m);
  for (let l = L; l >= 1; l--) {
    const nIn = sizes[l - 1];
    const nOut = sizes[l];
    const d = c.d[l];
    const prev = c.a[l - 1];
    const wo = c.wOff[l];
    const bo = c.bOff[l];
    if (l > 1) {
      const dPrev = c.d[l - 1];
      dPrev.fill(0, 0, nIn);
      for (let j = 0; j < nOut; j++) {
        const dj = d[j];
        const row = wo + j * nIn;
        grad[bo + j] += dj;
        for (let k = 0; k < nIn; k++) {
          grad[row + k] += dj * prev[k];
          dPrev[k] += p[row + k] * dj;
        }
      }
      const code = c.codes[l - 1];
      if (code === SIGMOID)
        for (let k = 0; k < nIn; k++) dPrev[k] = dPrev[k] * (prev[k] * (1 - prev[k]));
      else if (code === TANH)
        for (let k = 0; k < nIn; k++) dPrev[k] = dPrev[k] * (1 - prev[k] * prev[k]);
      else times(code, c.acts[l - 1], c.z[l - 1], prev, dPrev, nIn);
    } else if (nIn >= SPARSE_INPUTS) {
      // Layer 1 of a wide input: only the nonzero inputs that forwardInto listed.
      const nz = c.nz;
      const count = c.nzCount[0];
      for (let j = 0; j < nOut; j++) {
        const dj = d[j];
        const row = wo + j * nIn;
        grad[bo + j] += dj;
        for (let t = 0; t < count; t++) grad[row + nz[t]] += dj * prev[nz[t]];
      }
    } else {
      for (let j = 0; j < nOut; j++) {
        const dj = d[j];
        const row = wo + j * nIn;
        grad[bo + j] += dj;
        for (let k = 0; k < nIn; k++) grad[row + k] += dj * prev[k];
      }
    }
  }
}
