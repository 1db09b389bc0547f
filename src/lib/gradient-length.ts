import type { Dataset, LossName, Network } from '../../engine/index.ts';

/**
 * The length of the mean loss's gradient over every weight and bias of `net` on `data`: the mean
 * of the engine's per-example gradients, then its Euclidean length. How steep the ground is where
 * the network stands; near 0, gradient descent has almost nothing to follow.
 */
export function gradientLength(net: Network, data: Dataset, loss: LossName): number {
  let sum: number[] | null = null;
  data.inputs.forEach((x, s) => {
    const g = net.gradients(x, data.targets[s], loss);
    const flat = [...g.weights.flat(2), ...g.biases.flat()];
    sum = sum ? sum.map((v, k) => v + flat[k]) : flat;
  });
  const m = data.inputs.length;
  return Math.hypot(...(sum ?? []).map((v) => v / m));
}
