import { checkVector } from './errors.ts';
import { forwardAll } from './explain-forward.ts';
import type { Core } from './kernels.ts';
import { gradientLabel, label } from './labels.ts';
import { a, b, op, w, z } from './layer-symbols.ts';
import { getLoss } from './losses.ts';
import type { Loss, LossName } from './losses.ts';
import { checkSoftmaxLoss, isSoftmax } from './softmax.ts';
import type { Operand, Step } from './steps.ts';

/**
 * The explained backward pass: the same operations as kernels.ts, on plain arrays, in the same
 * order, recording every operation as a step. Slower, and only for display.
 */

/** What `net.gradients(x, y, loss)` returns: dL/dw and dL/db in getWeights()'s shape, with steps. */
export interface GradientResult {
  /** The sample's loss, the mean of the loss over the outputs (the sum for a summed loss such as crossEntropy). */
  loss: number;
  output: number[];
  /** weights[l - 1][j - 1][k - 1] is dL/dw^{(l)}_{jk}. */
  weights: number[][][];
  /** biases[l - 1][j - 1] is dL/db^{(l)}_{j}. */
  biases: number[][];
  steps: Step[];
}

/** Where a step sits in the backward pass, so one parameter's path can be picked out. */
export interface Tag {
  layer: number;
  j: number;
  what: 'loss' | 'output' | 'dadz' | 'delta' | 'weight' | 'bias' | 'sum';
  k?: number;
}

/** The explained backward pass in progress: its inputs, what it has computed, its tagged steps. */
interface Pass {
  c: Core;
  loss: Loss;
  /** What a sample's loss divides its sum over outputs by: m, or 1 for a summed loss. */
  scale: number;
  y: readonly number[];
  zs: number[][];
  as: number[][];
  /** dLda[l][j] is dL/da^{(l)}_{j}. */
  dLda: number[][];
  /** delta[l][j] is dL/dz^{(l)}_{j}. */
  delta: number[][];
  /** gw[l - 1][j][k] is dL/dw^{(l)}_{jk}, gb[l - 1][j] is dL/db^{(l)}_{j}. */
  gw: number[][][];
  gb: number[][];
  steps: Step[];
  tags: Tag[];
}

const yLabel = (j: number) => label('y', [j]);

function emit(p: Pass, step: Step, tag: Tag): void {
  p.steps.push(step);
  p.tags.push(tag);
}

/** L = loss(a^{(L)}, y): the sum over outputs divided by `scale`. */
function lossStep(p: Pass, L: number): number {
  let total = 0;
  for (let j = 0; j < p.y.length; j++) total += p.loss.f(p.as[L][j], p.y[j]);
  const result = total / p.scale;
  emit(
    p,
    {
      kind: 'loss',
      output: label('L'),
      loss: p.loss.name,
      predictions: p.as[L].map((v, j) => op(a(L, j + 1), v)),
      targets: p.y.map((v, j) => op(yLabel(j + 1), v)),
      result,
    },
    { layer: L, j: 0, what: 'loss' },
  );
  return result;
}

/** dL/da^{(L)}_{j} = loss'(a_j, y_j) / scale. */
function outputGradient(p: Pass, L: number, j: number): void {
  p.dLda[L][j] = p.loss.df(p.as[L][j], p.y[j]) / p.scale;
  emit(
    p,
    {
      kind: 'lossDerivative',
      output: gradientLabel(a(L, j + 1)),
      loss: p.loss.name,
      prediction: op(a(L, j + 1), p.as[L][j]),
      target: op(yLabel(j + 1), p.y[j]),
      outputs: p.scale,
      result: p.dLda[L][j],
    },
    { layer: L, j, what: 'output' },
  );
}

/**
 * Through softmax and cross-entropy together: dL/dz_j = a_j * sum(y) - y_j, as the fast path
 * computes it. Returns the factors that make dL/dz, for the parameters' chain-rule steps.
 */
function softmaxDelta(p: Pass, l: number, j: number): Operand[] {
  let sumY = 0;
  for (let i = 0; i < p.y.length; i++) sumY += p.y[i];
  p.delta[l][j] = p.as[l][j] * sumY - p.y[j];
  const dz = op(gradientLabel(z(l, j + 1)), p.delta[l][j]);
  emit(
    p,
    {
      kind: 'softmaxGradient',
      output: dz.label,
      prediction: op(a(l, j + 1), p.as[l][j]),
      target: op(yLabel(j + 1), p.y[j]),
      ...(sumY === 1 ? {} : { targetSum: sumY }),
      result: p.delta[l][j],
    },
    { layer: l, j, what: 'delta' },
  );
  return [dz];
}

/** da/dz = f'(z), then dL/dz = dL/da * da/dz. Returns the two factors. */
function neuronDelta(p: Pass, l: number, j: number): Operand[] {
  const act = p.c.acts[l];
  const dadz = act.df(p.zs[l][j]);
  const dLdaF = op(gradientLabel(a(l, j + 1)), p.dLda[l][j]);
  const dadzF = op(gradientLabel(z(l, j + 1), a(l, j + 1)), dadz);
  emit(
    p,
    {
      kind: 'activationDerivative',
      output: gradientLabel(z(l, j + 1), a(l, j + 1)),
      activation: { name: act.name, symbol: act.symbol, textSymbol: act.textSymbol },
      input: op(z(l, j + 1), p.zs[l][j]),
      result: dadz,
    },
    { layer: l, j, what: 'dadz' },
  );
  p.delta[l][j] = p.dLda[l][j] * dadz;
  emit(
    p,
    {
      kind: 'chainRule',
      output: gradientLabel(z(l, j + 1)),
      factors: [dLdaF, dadzF],
      result: p.delta[l][j],
    },
    { layer: l, j, what: 'delta' },
  );
  return [dLdaF, dadzF];
}

/** dL/dw^{(l)}_{jk} = dL/dz_j * a^{(l-1)}_k for every k: a chain-rule step each. */
function weightGradients(p: Pass, l: number, j: number, dLdz: Operand[]): void {
  const prev = p.as[l - 1];
  p.gw[l - 1][j] = [];
  for (let k = 0; k < prev.length; k++) {
    // (dL/da * da/dz) * dz/dw: the product in the order the fast path computes it.
    p.gw[l - 1][j][k] = p.delta[l][j] * prev[k];
    emit(
      p,
      {
        kind: 'chainRule',
        output: gradientLabel(w(l, j + 1, k + 1)),
        factors: [...dLdz, op(gradientLabel(w(l, j + 1, k + 1), z(l, j + 1)), prev[k])],
        result: p.gw[l - 1][j][k],
      },
      { layer: l, j, k, what: 'weight' },
    );
  }
}

/** dL/db^{(l)}_{j} = dL/dz_j * 1. */
function biasGradient(p: Pass, l: number, j: number, dLdz: Operand[]): void {
  p.gb[l - 1][j] = p.delta[l][j];
  emit(
    p,
    {
      kind: 'chainRule',
      output: gradientLabel(b(l, j + 1)),
      factors: [...dLdz, op(gradientLabel(b(l, j + 1), z(l, j + 1)), 1)],
      result: p.delta[l][j] * 1,
    },
    { layer: l, j, what: 'bias' },
  );
}

/** dL/da^{(l-1)}_{k} = sum over j of w^{(l)}_{jk} * dL/dz^{(l)}_{j}: the error sent one layer back. */
function propagate(p: Pass, l: number, k: number): void {
  const { c } = p;
  const nIn = c.sizes[l - 1];
  const weight = (j: number) => c.params[c.wOff[l] + j * nIn + k];
  let s = 0;
  for (let j = 0; j < c.sizes[l]; j++) s += weight(j) * p.delta[l][j];
  p.dLda[l - 1][k] = s;
  emit(
    p,
    {
      kind: 'backpropSum',
      output: gradientLabel(a(l - 1, k + 1)),
      terms: p.delta[l].map((d, j) => ({
        weight: op(w(l, j + 1, k + 1), weight(j)),
        gradient: op(gradientLabel(z(l, j + 1)), d),
      })),
      result: s,
    },
    { layer: l - 1, j: k, what: 'sum' },
  );
}

/**
 * The full backward pass with tagged steps (engine-internal): the loss, dL/da of the outputs,
 * then layer by layer from the output down each neuron's dL/dz, its weights' and bias's
 * gradients, and the error propagated to the layer below.
 */
export function backwardAll(
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
  checkVector(where, 'targets', y, m, ' (the size of the output layer)');
  const { zs, as, steps: forwardSteps } = forwardAll(c, x, where);
  const p: Pass = {
    c,
    loss,
    scale: loss.reduction === 'sum' ? 1 : m,
    y,
    zs,
    as,
    dLda: zs.map(() => []),
    delta: zs.map(() => []),
    gw: [],
    gb: [],
    steps: [],
    tags: [],
  };
  const sampleLoss = lossStep(p, L);
  const softmaxOut = isSoftmax(c.acts[L]);
  // Through softmax, dL/dz comes straight from a - y, without dL/da.
  if (!softmaxOut) for (let j = 0; j < m; j++) outputGradient(p, L, j);
  for (let l = L; l >= 1; l--) {
    p.gw[l - 1] = [];
    p.gb[l - 1] = [];
    const throughSoftmax = l === L && softmaxOut;
    for (let j = 0; j < c.sizes[l]; j++) {
      const dLdz = throughSoftmax ? softmaxDelta(p, l, j) : neuronDelta(p, l, j);
      weightGradients(p, l, j, dLdz);
      biasGradient(p, l, j, dLdz);
    }
    if (l > 1) for (let k = 0; k < c.sizes[l - 1]; k++) propagate(p, l, k);
  }
  return {
    loss: sampleLoss,
    output: [...as[L]],
    gw: p.gw,
    gb: p.gb,
    forwardSteps,
    steps: p.steps,
    tags: p.tags,
  };
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
