import { checkDataset } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { backwardInto, forwardInto } from './kernels.ts';
import { getLoss } from './losses.ts';
import type { Loss, LossName } from './losses.ts';
import { coreOf } from './network.ts';
import type { Network } from './network-types.ts';
import { checkSoftmaxLoss } from './softmax.ts';

/** How big a group of numbers is: their root mean square and the largest absolute value. */
export interface Magnitude {
  rms: number;
  maxAbs: number;
}

/** How much learning signal reaches one layer, and how lively its neurons are, over a data set. */
export interface LayerGradientStats {
  /** The layer, counted from 1 as in w^{(l)}. */
  layer: number;
  /** The gradient of the mean loss with respect to the layer's weights. */
  weightGradient: Magnitude;
  /** ... and to its biases. */
  biasGradient: Magnitude;
  /** The layer's activations over every example. */
  activation: Magnitude;
  /** Neurons whose activation is exactly 0 on every example: no gradient flows through them (a dead ReLU). */
  silentNeurons: number;
}

/**
 * Per layer, the size of the mean-loss gradient of its weights and biases over `data`, the size of
 * its activations and how many of its neurons never fire: the figures that show gradients
 * vanishing or exploding with depth, and ReLUs dying. Changes nothing in `net`.
 */
export function layerGradients(
  net: Network,
  data: Dataset,
  lossSpec: LossName | Loss,
): LayerGradientStats[] {
  const where = 'layerGradients';
  const c = coreOf(net, where);
  const loss = getLoss(lossSpec, where);
  checkSoftmaxLoss(where, c.acts, loss);
  checkDataset(where, data, c.sizes[0], c.sizes[c.layers]);
  const n = data.inputs.length;
  const grad = new Float64Array(c.params.length);
  const activationSquares = new Float64Array(c.layers + 1);
  const activationMax = new Float64Array(c.layers + 1);
  const everActive = c.sizes.map((size) => new Uint8Array(size));
  for (let s = 0; s < n; s++) {
    forwardInto(c, data.inputs[s], 0);
    for (let l = 1; l <= c.layers; l++) {
      const a = c.a[l];
      for (let j = 0; j < a.length; j++) {
        activationSquares[l] += a[j] * a[j];
        activationMax[l] = Math.max(activationMax[l], Math.abs(a[j]));
        if (a[j] !== 0) everActive[l][j] = 1;
      }
    }
    backwardInto(c, data.targets[s], 0, loss, grad);
  }
  const stats: LayerGradientStats[] = [];
  for (let l = 1; l <= c.layers; l++) {
    const weights = c.sizes[l] * c.sizes[l - 1];
    stats.push({
      layer: l,
      weightGradient: sizeOf(grad, c.wOff[l], weights, n),
      biasGradient: sizeOf(grad, c.bOff[l], c.sizes[l], n),
      activation: {
        rms: Math.sqrt(activationSquares[l] / (n * c.sizes[l])),
        maxAbs: activationMax[l],
      },
      silentNeurons: everActive[l].reduce((count, active) => count + (active ? 0 : 1), 0),
    });
  }
  return stats;
}

/** The size of `count` summed gradients from `offset`, each divided by `n` to make it a mean. */
function sizeOf(sums: Float64Array, offset: number, count: number, n: number): Magnitude {
  let squares = 0;
  let maxAbs = 0;
  for (let i = offset; i < offset + count; i++) {
    const g = sums[i] / n;
    squares += g * g;
    maxAbs = Math.max(maxAbs, Math.abs(g));
  }
  return { rms: Math.sqrt(squares / count), maxAbs };
}
