import { checkVector } from './errors.ts';
import type { Core } from './kernels.ts';
import { a, b, op, w, z } from './layer-symbols.ts';
import { isSoftmax, softmaxInto } from './softmax.ts';
import type { Step } from './steps.ts';

/**
 * The explained forward pass: the same operations as kernels.ts, on plain arrays, in the same
 * order, recording every weighted sum and activation as a step. Slower, and only for display.
 */

/** What `net.forward(x)` returns. z[l - 1][j - 1] is z^{(l)}_{j}; a likewise; output is a^{(L)}. */
export interface ForwardResult {
  output: number[];
  z: number[][];
  a: number[][];
  steps: Step[];
}

/** The forward pass with steps; `as[0]` of the result is the input (engine-internal). */
export function forwardAll(c: Core, x: readonly number[], where: string) {
  checkVector(where, 'inputs', x, c.sizes[0], ' (the size of the input layer)');
  const zs: number[][] = [[]];
  const as: number[][] = [Array.from(x)];
  const steps: Step[] = [];
  for (let l = 1; l <= c.layers; l++) {
    const act = c.acts[l];
    const zl: number[] = [];
    const al: number[] = [];
    if (isSoftmax(act)) {
      softmaxLayer(c, l, as[l - 1], zl, al, steps);
      zs.push(zl);
      as.push(al);
      continue;
    }
    for (let j = 0; j < c.sizes[l]; j++) {
      zl.push(weightedSum(c, l, j, as[l - 1], steps));
      al.push(act.f(zl[j]));
      steps.push({
        kind: 'activation',
        output: a(l, j + 1),
        activation: { name: act.name, symbol: act.symbol, textSymbol: act.textSymbol },
        input: op(z(l, j + 1), zl[j]),
        result: al[j],
      });
    }
    zs.push(zl);
    as.push(al);
  }
  return { zs, as, steps };
}

/** z^{(l)}_{j + 1} from the previous layer's activations, with its step. */
function weightedSum(c: Core, l: number, j: number, prev: number[], steps: Step[]): number {
  const nIn = c.sizes[l - 1];
  const row = c.wOff[l] + j * nIn;
  let s = 0;
  for (let k = 0; k < nIn; k++) s += c.params[row + k] * prev[k];
  const bias = c.params[c.bOff[l] + j];
  const result = s + bias;
  steps.push({
    kind: 'weightedSum',
    output: z(l, j + 1),
    weights: prev.map((_, k) => op(w(l, j + 1, k + 1), c.params[row + k])),
    inputs: prev.map((v, k) => op(a(l - 1, k + 1), v)),
    bias: op(b(l, j + 1), bias),
    result,
  });
  return result;
}

/** A softmax layer: every weighted sum first, since each a_j needs all of them, then each a_j. */
function softmaxLayer(
  c: Core,
  l: number,
  prev: number[],
  zl: number[],
  al: number[],
  steps: Step[],
): void {
  const nOut = c.sizes[l];
  for (let j = 0; j < nOut; j++) zl.push(weightedSum(c, l, j, prev, steps));
  const out = new Float64Array(nOut);
  softmaxInto(zl, out, nOut);
  const inputs = zl.map((v, k) => op(z(l, k + 1), v));
  // The exponentials are for display only; the result comes from the stable softmaxInto.
  const exponentials = zl.map((v) => Math.exp(v));
  let sum = 0;
  for (const e of exponentials) sum += e;
  for (let j = 0; j < nOut; j++) {
    al.push(out[j]);
    steps.push({
      kind: 'softmax',
      output: a(l, j + 1),
      index: j,
      inputs,
      exponentials,
      sum,
      result: out[j],
    });
  }
}

/** net.forward(x): the output with every weighted sum and activation as steps. */
export function explainForward(c: Core, x: readonly number[]): ForwardResult {
  const { zs, as, steps } = forwardAll(c, x, 'forward');
  return { output: [...as[c.layers]], z: zs.slice(1), a: as.slice(1), steps };
}
