import type { Dataset } from './dataset.ts';
import { checkDataset } from './dataset.ts';
import { describe, fail } from './errors.ts';
import type { Network } from './network.ts';

/** How well a classifier does on a dataset, counted from the network's predictions. */

/** A target vector with 1 at `label` and 0 elsewhere: oneHot(3, 10) is [0, 0, 0, 1, 0, ...]. */
export function oneHot(label: number, classes: number): number[] {
  if (!Number.isInteger(classes) || classes < 2) {
    fail('oneHot', `expected classes to be an integer >= 2, got ${describe(classes)}`);
  }
  if (!Number.isInteger(label) || label < 0 || label >= classes) {
    fail(
      'oneHot',
      `expected label to be an integer from 0 to ${classes - 1}, got ${describe(label)}`,
    );
  }
  const out = new Array<number>(classes).fill(0);
  out[label] = 1;
  return out;
}

/** The index of the largest value (the first one on a tie): the predicted class. */
export function argMax(values: ArrayLike<number>): number {
  if (values.length === 0) fail('argMax', 'expected at least one value, got none');
  let best = 0;
  for (let j = 1; j < values.length; j++) if (values[j] > values[best]) best = j;
  return best;
}

/** Whether every target is 0 or 1, so that samples have classes and accuracy means something. */
export function isClassification(targets: readonly (readonly number[])[]): boolean {
  return targets.every((t) => t.every((v) => v === 0 || v === 1));
}

/**
 * Whether prediction `out` gets the class of the target at y[yOff...]: for one output, out >= 0.5
 * against a 0/1 target; for several, the arg max of out is where the one-hot target has its 1.
 */
export function classifiedRight(out: ArrayLike<number>, y: ArrayLike<number>, yOff = 0): boolean {
  const m = out.length;
  if (m === 1) return (out[0] >= 0.5 ? 1 : 0) === y[yOff];
  let best = 0;
  for (let j = 1; j < m; j++) if (out[j] > out[best]) best = j;
  return y[yOff + best] === 1;
}

/** What `confusionMatrix` returns: counts[actual][predicted]. */
export interface ConfusionMatrix {
  classes: number;
  /** counts[i][j]: samples of class i that the network put in class j. */
  counts: number[][];
  correct: number;
  total: number;
  /** correct / total. */
  accuracy: number;
}

/**
 * The class of each sample: the arg max of its target for several outputs, or the target
 * thresholded at 0.5 for one output (two classes, 0 and 1). Predictions are read the same way.
 */
function classOf(values: ArrayLike<number>): number {
  return values.length === 1 ? (values[0] >= 0.5 ? 1 : 0) : argMax(values);
}

/** Counts, for every pair of classes, how many samples of one the network predicts as the other. */
export function confusionMatrix(net: Network, data: Dataset): ConfusionMatrix {
  checkDataset('confusionMatrix', data, net.sizes[0], net.sizes[net.sizes.length - 1]);
  const nOut = net.sizes[net.sizes.length - 1];
  const classes = nOut === 1 ? 2 : nOut;
  const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  const out = new Float64Array(nOut);
  let correct = 0;
  for (let i = 0; i < data.inputs.length; i++) {
    net.predictInto(data.inputs[i], out);
    const actual = classOf(data.targets[i]);
    const predicted = classOf(out);
    counts[actual][predicted]++;
    if (actual === predicted) correct++;
  }
  const total = data.inputs.length;
  return { classes, counts, correct, total, accuracy: correct / total };
}

/** The fraction of samples whose predicted class is their target class. */
export function accuracy(net: Network, data: Dataset): number {
  return confusionMatrix(net, data).accuracy;
}
