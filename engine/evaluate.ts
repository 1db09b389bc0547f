import { checkDataset } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { forwardInto, outputDelta } from './kernels.ts';
import { getLoss } from './losses.ts';
import type { Loss, LossName } from './losses.ts';
import { classifiedRight, isClassification } from './metrics.ts';
import { coreOf } from './network.ts';
import type { Network } from './network-types.ts';
import { checkSoftmaxLoss } from './softmax.ts';

/** What `evaluate` returns. */
export interface Evaluation {
  /** The mean over the samples of each sample's loss, as training measures it. */
  loss: number;
  /**
   * The fraction of samples classified right (threshold 0.5 for one output, arg max for several),
   * or null when some target is neither 0 nor 1 (regression has no classes).
   */
  accuracy: number | null;
}

/** How well `net` does on `data`: mean loss and accuracy, on the fast path, changing nothing. */
export function evaluate(net: Network, data: Dataset, lossSpec: LossName | Loss): Evaluation {
  const where = 'evaluate';
  const c = coreOf(net, where);
  const loss = getLoss(lossSpec, where);
  checkSoftmaxLoss(where, c.acts, loss);
  const nIn = c.sizes[0];
  const nOut = c.sizes[c.layers];
  checkDataset(where, data, nIn, nOut);
  const classify = isClassification(data.targets);
  let total = 0;
  let right = 0;
  for (let i = 0; i < data.inputs.length; i++) {
    const out = forwardInto(c, data.inputs[i], 0);
    outputDelta(c, data.targets[i], 0, loss);
    total += c.out[0];
    if (classify && classifiedRight(out, data.targets[i], 0)) right++;
  }
  const n = data.inputs.length;
  return { loss: total / n, accuracy: classify ? right / n : null };
}
