import { checkDataset, flatten } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { checkFinite, fail } from './errors.ts';
import { backwardInto, forwardInto, outputDelta } from './kernels.ts';
import { getLoss } from './losses.ts';
import type { Loss, LossName } from './losses.ts';
import { coreOf } from './network.ts';
import { checkSoftmaxLoss } from './softmax.ts';
import type { Network } from './network.ts';

/** One parameter's analytic (backprop) and numeric (finite-difference) gradient. */
export interface GradientCheckEntry {
  /** The parameter's plain-text label: `w(1)_21`. */
  parameter: string;
  analytic: number;
  numeric: number;
  relativeError: number;
}

/** What `gradientCheck` returns. */
export interface GradientCheckResult {
  /** The largest relative error over all parameters. */
  maxRelativeError: number;
  maxAbsoluteError: number;
  /** Every parameter, in the flat training order. */
  entries: GradientCheckEntry[];
}

/**
 * |a - n| / max(|a|, |n|, FLOOR): relative where gradients are large enough to measure, and
 * absolute below FLOOR, where round-off in the differences (about 1e-13) is all there is.
 */
const FLOOR = 1e-6;

/**
 * Compares backprop's gradient of the mean loss over `data` with central differences, using the
 * five-point stencil (f(-2h) - 8f(-h) + 8f(h) - f(2h)) / 12h, whose error is O(h^4), so h = 1e-3
 * keeps both truncation and round-off near 1e-13. Keep inputs away from kinks (relu at 0) by 2h.
 */
export function gradientCheck(
  net: Network,
  data: Dataset,
  lossSpec: LossName | Loss,
  options: { h?: number } = {},
): GradientCheckResult {
  const where = 'gradientCheck';
  const core = coreOf(net);
  const loss = getLoss(lossSpec, where);
  checkSoftmaxLoss(where, net.activations, loss);
  checkDataset(where, data, core.sizes[0], core.sizes[core.layers]);
  const h = options.h === undefined ? 1e-3 : checkFinite(where, 'h', options.h);
  if (h <= 0) fail(where, `expected h to be > 0, got ${h}`);
  const { x, y } = flatten(data);
  const n = data.inputs.length;
  const nIn = core.sizes[0];
  const nOut = core.sizes[core.layers];
  const params = core.params;

  const grad = new Float64Array(params.length);
  for (let s = 0; s < n; s++) {
    forwardInto(core, x, s * nIn);
    backwardInto(core, y, s * nOut, loss, grad);
  }
  const meanLoss = () => {
    let total = 0;
    for (let s = 0; s < n; s++) {
      forwardInto(core, x, s * nIn);
      outputDelta(core, y, s * nOut, loss);
      total += core.out[0];
    }
    return total / n;
  };
  const entries: GradientCheckEntry[] = [];
  let maxRelativeError = 0;
  let maxAbsoluteError = 0;
  for (let i = 0; i < params.length; i++) {
    const original = params[i];
    const at = (d: number) => {
      params[i] = original + d;
      return meanLoss();
    };
    const numeric = (at(-2 * h) - 8 * at(-h) + 8 * at(h) - at(2 * h)) / (12 * h);
    params[i] = original;
    const analytic = grad[i] / n;
    const abs = Math.abs(analytic - numeric);
    const relativeError = abs / Math.max(Math.abs(analytic), Math.abs(numeric), FLOOR);
    maxRelativeError = Math.max(maxRelativeError, relativeError);
    maxAbsoluteError = Math.max(maxAbsoluteError, abs);
    entries.push({ parameter: net.parameterLabel(i).text, analytic, numeric, relativeError });
  }
  return { maxRelativeError, maxAbsoluteError, entries };
}
