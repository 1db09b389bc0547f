import { checkVector, fail } from './errors.ts';
import type { Core } from './kernels.ts';
import { getLoss } from './losses.ts';
import type { Loss, LossName } from './losses.ts';
import { gradientLabel, label } from './labels.ts';
import { checkSoftmaxLoss, isSoftmax, softmaxInto } from './softmax.ts';
import type { Label, Operand, Step } from './steps.ts';

/**
 * The explained path: the same forward and backward passes as kernels.ts, on plain arrays, in the
 * same order of operations, recording every operation as a step. Slower, and only for display.
 */

/** What `net.forward(x)` returns. z[l - 1][j - 1] is z^{(l)}_{j}; a likewise; output is a^{(L)}. */
export interface ForwardResult {
  output: number[];
  z: number[][];
  a: number[][];
  steps: Step[];
}

/** What `net.gradients(x, y, loss)` returns: dL/dw and dL/db in getWeights()'s shape, with steps. */
export interface GradientResult {
  /** The sample's loss, the mean of the loss over the outputs. */
  loss: number;
  output: number[];
  /** weights[l - 1][j - 1][k - 1] is dL/dw^{(l)}_{jk}. */
  weights: number[][][];
  /** biases[l - 1][j - 1] is dL/db^{(l)}_{j}. */
  biases: number[][];
  steps: Step[];
}

/** One parameter, counted from 1 as in the math: w^{(layer)}_{jk} or b^{(layer)}_{j}. */
export type ParameterRef =
  | { type: 'weight'; layer: number; j: number; k: number }
  | { type: 'bias'; layer: number; j: number };

/** One parameter's gradient with only the steps on its chain-rule path. */
export interface ParameterGradient {
  parameter: Label;
  /** dL/d(parameter) for this sample. */
  value: number;
  steps: Step[];
}

/** Where a step sits in the backward pass, so one parameter's path can be picked out. */
interface Tag {
  layer: number;
  j: number;
  what: 'loss' | 'output' | 'dadz' | 'delta' | 'weight' | 'bias' | 'sum';
  k?: number;
}

const w = (l: number, j: number, k: number) => label('w', [j, k], l);
const b = (l: number, j: number) => label('b', [j], l);
const z = (l: number, j: number) => label('z', [j], l);
const a = (l: number, j: number) => (l === 0 ? label('x', [j]) : label('a', [j], l));
const op = (l: Label, value: number): Operand => ({ label: l, value });

/** The forward pass with steps; `a[0]` of the internal result is the input. */
function forwardAll(c: Core, x: readonly number[], where: string) {
  checkVector(where, 'inputs', x, c.sizes[0], ' (the size of the input layer)');
  const zs: number[][] = [[]];
  const as: number[][] = [Array.from(x)];
  const steps: Step[] = [];
  for (let l = 1; l <= c.layers; l++) {
    const nIn = c.sizes[l - 1];
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
      const row = c.wOff[l] + j * nIn;
      let s = 0;
      for (let k = 0; k < nIn; k++) s += c.params[row + k] * as[l - 1][k];
      const bias = c.params[c.bOff[l] + j];
      zl.push(s + bias);
      al.push(act.f(zl[j]));
      steps.push({
        kind: 'weightedSum',
        output: z(l, j + 1),
        weights: as[l - 1].map((_, k) => op(w(l, j + 1, k + 1), c.params[row + k])),
        inputs: as[l - 1].map((v, k) => op(a(l - 1, k + 1), v)),
        bias: op(b(l, j + 1), bias),
        result: zl[j],
      });
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

/** A softmax layer: every weighted sum first, since each a_j needs all of them, then each a_j. */
function softmaxLayer(
  c: Core,
  l: number,
  prev: number[],
  zl: number[],
  al: number[],
  steps: Step[],
): void {
  const nIn = c.sizes[l - 1];
  const nOut = c.sizes[l];
  for (let j = 0; j < nOut; j++) {
    const row = c.wOff[l] + j * nIn;
    let s = 0;
    for (let k = 0; k < nIn; k++) s += c.params[row + k] * prev[k];
    const bias = c.params[c.bOff[l] + j];
    zl.push(s + bias);
    steps.push({
      kind: 'weightedSum',
      output: z(l, j + 1),
      weights: prev.map((_, k) => op(w(l, j + 1, k + 1), c.params[row + k])),
      inputs: prev.map((v, k) => op(a(l - 1, k + 1), v)),
      bias: op(b(l, j + 1), bias),
      result: zl[j],
    });
  }
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

/** The full backward pass with tagged steps. */
function backwardAll(
  c: Core,
  x: readonly number[],
  y: readonly number[],
  lossSpec: LossName | Loss,
  where: string,
) {
  const loss = getLoss(lossSpec, where);
  checkSoftmaxLoss(where, c.acts, loss);
  const L = c.layers;
  const m = c.sizes[L];
  const scale = loss.reduction === 'sum' ? 1 : m;
  const softmaxOut = isSoftmax(c.acts[L]);
  checkVector(where, 'targets', y, m, ' (the size of the output layer)');
  const { zs, as, steps: forwardSteps } = forwardAll(c, x, where);
  const steps: Step[] = [];
  const tags: Tag[] = [];
  const emit = (step: Step, tag: Tag) => {
    steps.push(step);
    tags.push(tag);
  };
  const yLabel = (j: number) => label('y', [j]);
  let total = 0;
  for (let j = 0; j < m; j++) total += loss.f(as[L][j], y[j]);
  const sampleLoss = total / scale;
  emit(
    {
      kind: 'loss',
      output: label('L'),
      loss: loss.name,
      predictions: as[L].map((v, j) => op(a(L, j + 1), v)),
      targets: y.map((v, j) => op(yLabel(j + 1), v)),
      result: sampleLoss,
    },
    { layer: L, j: 0, what: 'loss' },
  );
  // dLda[l][j] is dL/da^{(l)}_{j}, delta[l][j] is dL/dz^{(l)}_{j}.
  const dLda: number[][] = zs.map(() => []);
  const delta: number[][] = zs.map(() => []);
  const gw: number[][][] = [];
  const gb: number[][] = [];
  for (let j = 0; j < m && !softmaxOut; j++) {
    dLda[L][j] = loss.df(as[L][j], y[j]) / scale;
    emit(
      {
        kind: 'lossDerivative',
        output: gradientLabel(a(L, j + 1)),
        loss: loss.name,
        prediction: op(a(L, j + 1), as[L][j]),
        target: op(yLabel(j + 1), y[j]),
        outputs: scale,
        result: dLda[L][j],
      },
      { layer: L, j, what: 'output' },
    );
  }
  for (let l = L; l >= 1; l--) {
    const act = c.acts[l];
    const nIn = c.sizes[l - 1];
    gw[l - 1] = [];
    gb[l - 1] = [];
    for (let j = 0; j < c.sizes[l] && l === L && softmaxOut; j++) {
      // Softmax with cross-entropy: dL/dz_j = a_j * sum(y) - y_j, as the fast path computes it.
      let sumY = 0;
      for (let i = 0; i < m; i++) sumY += y[i];
      delta[l][j] = as[l][j] * sumY - y[j];
      const dz = op(gradientLabel(z(l, j + 1)), delta[l][j]);
      emit(
        {
          kind: 'softmaxGradient',
          output: dz.label,
          prediction: op(a(l, j + 1), as[l][j]),
          target: op(yLabel(j + 1), y[j]),
          result: delta[l][j],
        },
        { layer: l, j, what: 'delta' },
      );
      gw[l - 1][j] = [];
      for (let k = 0; k < nIn; k++) {
        gw[l - 1][j][k] = delta[l][j] * as[l - 1][k];
        emit(
          {
            kind: 'chainRule',
            output: gradientLabel(w(l, j + 1, k + 1)),
            factors: [dz, op(gradientLabel(w(l, j + 1, k + 1), z(l, j + 1)), as[l - 1][k])],
            result: gw[l - 1][j][k],
          },
          { layer: l, j, k, what: 'weight' },
        );
      }
      gb[l - 1][j] = delta[l][j];
      emit(
        {
          kind: 'chainRule',
          output: gradientLabel(b(l, j + 1)),
          factors: [dz, op(gradientLabel(b(l, j + 1), z(l, j + 1)), 1)],
          result: delta[l][j] * 1,
        },
        { layer: l, j, what: 'bias' },
      );
    }
    for (let j = 0; j < c.sizes[l] && !(l === L && softmaxOut); j++) {
      const dadz = act.df(zs[l][j]);
      const dLdaF = op(gradientLabel(a(l, j + 1)), dLda[l][j]);
      const dadzF = op(gradientLabel(z(l, j + 1), a(l, j + 1)), dadz);
      emit(
        {
          kind: 'activationDerivative',
          output: gradientLabel(z(l, j + 1), a(l, j + 1)),
          activation: { name: act.name, symbol: act.symbol, textSymbol: act.textSymbol },
          input: op(z(l, j + 1), zs[l][j]),
          result: dadz,
        },
        { layer: l, j, what: 'dadz' },
      );
      delta[l][j] = dLda[l][j] * dadz;
      emit(
        {
          kind: 'chainRule',
          output: gradientLabel(z(l, j + 1)),
          factors: [dLdaF, dadzF],
          result: delta[l][j],
        },
        { layer: l, j, what: 'delta' },
      );
      gw[l - 1][j] = [];
      for (let k = 0; k < nIn; k++) {
        // (dL/da * da/dz) * dz/dw: the product in the order the fast path computes it.
        gw[l - 1][j][k] = delta[l][j] * as[l - 1][k];
        emit(
          {
            kind: 'chainRule',
            output: gradientLabel(w(l, j + 1, k + 1)),
            factors: [
              dLdaF,
              dadzF,
              op(gradientLabel(w(l, j + 1, k + 1), z(l, j + 1)), as[l - 1][k]),
            ],
            result: gw[l - 1][j][k],
          },
          { layer: l, j, k, what: 'weight' },
        );
      }
      gb[l - 1][j] = delta[l][j];
      emit(
        {
          kind: 'chainRule',
          output: gradientLabel(b(l, j + 1)),
          factors: [dLdaF, dadzF, op(gradientLabel(b(l, j + 1), z(l, j + 1)), 1)],
          result: delta[l][j] * 1,
        },
        { layer: l, j, what: 'bias' },
      );
    }
    if (l > 1) {
      for (let k = 0; k < nIn; k++) {
        let s = 0;
        for (let j = 0; j < c.sizes[l]; j++) s += c.params[c.wOff[l] + j * nIn + k] * delta[l][j];
        dLda[l - 1][k] = s;
        emit(
          {
            kind: 'backpropSum',
            output: gradientLabel(a(l - 1, k + 1)),
            terms: delta[l].map((d, j) => ({
              weight: op(w(l, j + 1, k + 1), c.params[c.wOff[l] + j * nIn + k]),
              gradient: op(gradientLabel(z(l, j + 1)), d),
            })),
            result: s,
          },
          { layer: l - 1, j: k, what: 'sum' },
        );
      }
    }
  }
  return { loss: sampleLoss, output: [...as[L]], gw, gb, forwardSteps, steps, tags };
}

/** net.gradients(x, y, loss): every dL/dw and dL/db for one sample, with all the steps. */
export function explainGradients(
  c: Core,
  x: readonly number[],
  y: readonly number[],
  loss: LossName | Loss,
): GradientResult {
  const r = backwardAll(c, x, y, loss, 'gradients');
  return {
    loss: r.loss,
    output: r.output,
    weights: r.gw,
    biases: r.gb,
    steps: [...r.forwardSteps, ...r.steps],
  };
}

/**
 * net.explainGradient(x, y, loss, parameter): one parameter's gradient with the steps on its path:
 * the loss, dL/da of the outputs, every layer above it, and the final chain-rule product.
 */
export function explainParameter(
  c: Core,
  x: readonly number[],
  y: readonly number[],
  loss: LossName | Loss,
  p: ParameterRef,
): ParameterGradient {
  const where = 'explainGradient';
  const L = c.layers;
  if (p === null || typeof p !== 'object' || (p.type !== 'weight' && p.type !== 'bias')) {
    fail(
      where,
      `expected a parameter { type: 'weight', layer, j, k } or { type: 'bias', layer, j }`,
    );
  }
  if (!Number.isInteger(p.layer) || p.layer < 1 || p.layer > L) {
    fail(where, `expected layer to be an integer from 1 to ${L}, got ${p.layer}`);
  }
  if (!Number.isInteger(p.j) || p.j < 1 || p.j > c.sizes[p.layer]) {
    fail(
      where,
      `expected j to be an integer from 1 to ${c.sizes[p.layer]} (neuron of layer ${p.layer}), got ${p.j}`,
    );
  }
  if (p.type === 'weight' && (!Number.isInteger(p.k) || p.k < 1 || p.k > c.sizes[p.layer - 1])) {
    fail(
      where,
      `expected k to be an integer from 1 to ${c.sizes[p.layer - 1]} (neuron of layer ${p.layer - 1}), got ${p.k}`,
    );
  }
  const r = backwardAll(c, x, y, loss, where);
  const l0 = p.layer;
  const j0 = p.j - 1;
  const keep = (t: Tag): boolean => {
    if (t.what === 'loss') return true;
    const mine = t.layer === l0 && t.j === j0;
    if (t.what === 'output') return l0 < L || mine;
    if (t.what === 'weight') return p.type === 'weight' && mine && t.k === p.k - 1;
    if (t.what === 'bias') return p.type === 'bias' && mine;
    // dL/da and dL/dz of every neuron above the parameter's layer feed into it; in its own layer only neuron j.
    return t.layer > l0 || mine;
  };
  const steps = r.steps.filter((_, i) => keep(r.tags[i]));
  const value = p.type === 'weight' ? r.gw[l0 - 1][j0][p.k - 1] : r.gb[l0 - 1][j0];
  return { parameter: p.type === 'weight' ? w(l0, p.j, p.k) : b(l0, p.j), value, steps };
}
