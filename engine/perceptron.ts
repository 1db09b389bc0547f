import { checkDataset } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { checkFinite, checkInteger, checkVector, fail } from './errors.ts';
import { neuron } from './neuron.ts';
import type { Neuron } from './neuron.ts';
import { createRng } from './random.ts';
import { label } from './labels.ts';
import type { PerceptronUpdateStep } from './steps.ts';

/** Options for `trainPerceptron`. */
export interface PerceptronOptions {
  /** eta; default 0.1. */
  learningRate?: number;
  /** The most epochs to run; default 100. Training stops earlier once an epoch has no mistakes. */
  epochs?: number;
  /** Seed for the initial weights, uniform in [-0.5, 0.5]; default 1. */
  seed?: number;
}

/** What `trainPerceptron` returns. */
export interface PerceptronResult {
  /** The trained neuron, with a step activation. */
  neuron: Neuron;
  /** True when an epoch ended with every sample classified right. */
  converged: boolean;
  /** Epochs run. */
  epochs: number;
  /** Misclassified samples after each epoch. */
  history: number[];
}

/** What one application of the perceptron rule returns. */
export interface PerceptronStepResult {
  /** The neuron after the update (the same weights if the prediction was right). */
  neuron: Neuron;
  /** The step neuron's output before the update. */
  prediction: number;
  /** y - yHat: 0 when right, +1 or -1 when wrong. */
  error: number;
  /** One update step per weight and one for the bias. */
  steps: PerceptronUpdateStep[];
}

/**
 * Applies the perceptron rule once: w_i <- w_i + eta (y - yHat) x_i and b <- b + eta (y - yHat).
 * It uses the error, not a derivative, so the step activation's zero slope does not matter.
 */
export function perceptronStep(
  n: Neuron,
  x: readonly number[],
  target: number,
  learningRate: number,
): PerceptronStepResult {
  const where = 'perceptronStep';
  checkVector(where, 'inputs', x, n.weights.length, ' (one per weight)');
  checkFinite(where, 'target', target);
  const eta = checkFinite(where, 'learningRate', learningRate);
  if (eta < 0) fail(where, `expected learningRate to be >= 0, got ${eta}`);
  const prediction = n.forward(x).a;
  const error = target - prediction;
  const steps: PerceptronUpdateStep[] = [];
  const weights = n.weights.map((w, i) => {
    const result = w + eta * error * x[i];
    steps.push({
      kind: 'perceptronUpdate',
      parameter: label('w', [i + 1]),
      old: w,
      learningRate: eta,
      target,
      prediction,
      input: { label: label('x', [i + 1]), value: x[i] },
      result,
    });
    return result;
  });
  const bias = n.bias + eta * error * 1;
  steps.push({
    kind: 'perceptronUpdate',
    parameter: label('b'),
    old: n.bias,
    learningRate: eta,
    target,
    prediction,
    input: { label: { latex: '1', text: '1' }, value: 1 },
    result: bias,
  });
  return { neuron: neuron({ weights, bias, activation: n.activation }), prediction, error, steps };
}

/** Trains a step-activation neuron with the perceptron rule; it converges exactly when the data are linearly separable. */
export function trainPerceptron(data: Dataset, options: PerceptronOptions = {}): PerceptronResult {
  const where = 'trainPerceptron';
  checkDataset(where, data, undefined, 1);
  data.targets.forEach(([t], i) => {
    if (t !== 0 && t !== 1)
      fail(where, `expected targets 0 or 1 (the step neuron's outputs), got ${t} at sample ${i}`);
  });
  const eta =
    options.learningRate === undefined
      ? 0.1
      : checkFinite(where, 'learningRate', options.learningRate);
  if (eta < 0) fail(where, `expected learningRate to be >= 0, got ${eta}`);
  const maxEpochs =
    options.epochs === undefined ? 100 : checkInteger(where, 'epochs', options.epochs, 1);
  const rng = createRng(options.seed === undefined ? 1 : checkFinite(where, 'seed', options.seed));
  const nIn = data.inputs[0].length;
  let n = neuron({
    weights: Array.from({ length: nIn }, () => rng.next() - 0.5),
    bias: rng.next() - 0.5,
    activation: 'step',
  });
  const history: number[] = [];
  const mistakes = () => data.inputs.filter((x, i) => n.forward(x).a !== data.targets[i][0]).length;
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    data.inputs.forEach((x, i) => {
      n = perceptronStep(n, x, data.targets[i][0], eta).neuron;
    });
    history.push(mistakes());
    if (history[history.length - 1] === 0)
      return { neuron: n, converged: true, epochs: epoch, history };
  }
  return { neuron: n, converged: false, epochs: maxEpochs, history };
}
