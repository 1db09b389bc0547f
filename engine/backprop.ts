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
  /** The sample's loss, the mean of the loss over the outputs. */
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

/** The full backward pass with tagged steps (engine-internal). */
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
  /**
   * dL/dw^{(l)}_{jk} for every k and dL/db^{(l)}_{j} from delta[l][j], each a chain-rule step
   * whose factors are `dLdz` (the factors that make dL/dz) and then dz/dw or dz/db.
   */
  const emitParameters = (l: number, j: number, dLdz: Operand[]) => {
    gw[l - 1][j] = [];
    for (let k = 0; k < c.sizes[l - 1]; k++) {
      // (dL/da * da/dz) * dz/dw: the product in the order the fast path computes it.
      gw[l - 1][j][k] = delta[l][j] * as[l - 1][k];
      emit(
        {
          kind: 'chainRule',
          output: gradientLabel(w(l, j + 1, k + 1)),
          factors: [...dLdz, op(gradientLabel(w(l, j + 1, k + 1), z(l, j + 1)), as[l - 1][k])],
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
        factors: [...dLdz, op(gradientLabel(b(l, j + 1), z(l, j + 1)), 1)],
        result: delta[l][j] * 1,
      },
      { layer: l, j, what: 'bias' },
    );
  };
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
      emitParameters(l, j, [dz]);
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
      emitParameters(l, j, [dLdaF, dadzF]);
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
