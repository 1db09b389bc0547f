import { gradientLabel, label } from '../../engine/index.ts';
import type { Step, StepKind } from '../../engine/index.ts';

/**
 * One step of every kind, built by hand from the numbers `v` (cycled), so renderers can be tested
 * with negative, tiny, huge and non-finite values. The engine's own steps are tested elsewhere.
 */
export function stepOfEveryKind(v: number[]): Record<StepKind, Step> {
  let i = 0;
  const x = () => v[i++ % v.length];
  /** Each kind starts again at v[0], so a test can predict its numbers. */
  const k = (make: () => Step): Step => {
    i = 0;
    return make();
  };
  const w = label('w', [2, 1], 2);
  return {
    weightedSum: k(() => ({
      kind: 'weightedSum',
      output: label('z', [1], 2),
      weights: [
        { label: label('w', [1, 1], 2), value: x() },
        { label: label('w', [1, 2], 2), value: x() },
      ],
      inputs: [
        { label: label('a', [1], 1), value: x() },
        { label: label('a', [2], 1), value: x() },
      ],
      bias: { label: label('b', [1], 2), value: x() },
      result: x(),
    })),
    activation: k(() => ({
      kind: 'activation',
      output: label('a', [1], 2),
      activation: { name: 'sigmoid', symbol: String.raw`\sigma`, textSymbol: 'sigmoid' },
      input: { label: label('z', [1], 2), value: x() },
      result: x(),
    })),
    activationDerivative: k(() => ({
      kind: 'activationDerivative',
      output: gradientLabel(label('z', [1], 2), label('a', [1], 2)),
      activation: { name: 'relu', symbol: String.raw`\operatorname{ReLU}`, textSymbol: 'relu' },
      input: { label: label('z', [1], 2), value: x() },
      result: x(),
    })),
    loss: k(() => ({
      kind: 'loss',
      output: label('L'),
      loss: 'bce',
      predictions: [{ label: label(String.raw`\hat{y}`, [], undefined, 'yhat'), value: x() }],
      targets: [{ label: label('y'), value: x() }],
      result: x(),
    })),
    lossDerivative: k(() => ({
      kind: 'lossDerivative',
      output: gradientLabel(label(String.raw`\hat{y}`, [1], undefined, 'yhat')),
      loss: 'mse',
      prediction: { label: label(String.raw`\hat{y}`, [1], undefined, 'yhat'), value: x() },
      target: { label: label('y', [1]), value: x() },
      outputs: 2,
      result: x(),
    })),
    chainRule: k(() => ({
      kind: 'chainRule',
      output: gradientLabel(w),
      factors: [
        { label: gradientLabel(label('a', [2], 2)), value: x() },
        { label: gradientLabel(label('z', [2], 2), label('a', [2], 2)), value: x() },
        { label: gradientLabel(w, label('z', [2], 2)), value: x() },
      ],
      result: x(),
    })),
    backpropSum: k(() => ({
      kind: 'backpropSum',
      output: gradientLabel(label('a', [1], 1)),
      terms: [
        {
          weight: { label: label('w', [1, 1], 2), value: x() },
          gradient: { label: gradientLabel(label('z', [1], 2)), value: x() },
        },
        {
          weight: { label: label('w', [2, 1], 2), value: x() },
          gradient: { label: gradientLabel(label('z', [2], 2)), value: x() },
        },
      ],
      result: x(),
    })),
    average: k(() => ({
      kind: 'average',
      output: gradientLabel(w),
      item: gradientLabel(w, label('L', [], undefined)),
      values: Array.from({ length: 12 }, x),
      result: x(),
    })),
    update: k(() => ({
      kind: 'update',
      parameter: w,
      old: x(),
      learningRate: x(),
      gradient: x(),
      result: x(),
    })),
    momentumUpdate: k(() => ({
      kind: 'momentumUpdate',
      parameter: w,
      old: x(),
      learningRate: x(),
      beta: x(),
      gradient: x(),
      velocityOld: x(),
      velocity: x(),
      result: x(),
    })),
    rmspropUpdate: k(() => ({
      kind: 'rmspropUpdate',
      parameter: w,
      old: x(),
      learningRate: x(),
      rho: 0.9,
      epsilon: 1e-8,
      gradient: x(),
      vOld: x(),
      v: x(),
      result: x(),
    })),
    adamUpdate: k(() => ({
      kind: 'adamUpdate',
      parameter: label('b', [1], 2),
      old: x(),
      learningRate: x(),
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
      t: 3,
      gradient: x(),
      mOld: x(),
      m: x(),
      vOld: x(),
      v: x(),
      mHat: x(),
      vHat: x(),
      result: x(),
    })),
    softmax: k(() => {
      const zs = [x(), x(), x(), x()];
      return {
        kind: 'softmax',
        output: label('a', [2], 2),
        index: 1,
        inputs: zs.map((value, i) => ({ label: label('z', [i + 1], 2), value })),
        exponentials: zs.map((z) => Math.exp(z)),
        sum: x(),
        result: x(),
      };
    }),
    softmaxGradient: k(() => ({
      kind: 'softmaxGradient',
      output: gradientLabel(label('z', [1], 2)),
      prediction: { label: label('a', [1], 2), value: x() },
      target: { label: label('y', [1]), value: x() },
      result: x(),
    })),
    perceptronUpdate: k(() => ({
      kind: 'perceptronUpdate',
      parameter: label('w', [1]),
      old: x(),
      learningRate: x(),
      target: 1,
      prediction: 0,
      input: { label: label('x', [1]), value: x() },
      result: x(),
    })),
  };
}
