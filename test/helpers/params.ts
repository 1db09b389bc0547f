import type { Dataset, Network } from '../../engine/index.ts';

/** The batch-mean gradient from the explained path, flattened in training order. */
export function meanGradient(net: Network, data: Dataset, loss: 'mse' | 'bce'): number[] {
  const sum: number[] = [];
  data.inputs.forEach((x, i) => {
    const g = net.gradients(x, data.targets[i], loss);
    const flat = g.weights.flatMap((layer, l) => [...layer.flat(), ...g.biases[l]]);
    flat.forEach((v, p) => (sum[p] = (sum[p] ?? 0) + v));
  });
  return sum.map((v) => v / data.inputs.length);
}

export const flatParams = (net: Network): number[] => {
  const w = net.getWeights();
  return w.weights.flatMap((layer, l) => [...layer.flat(), ...w.biases[l]]);
};

/** y = 2x + 1 at 20 points: a linear net with learning rate 10 diverges on it. */
export const line: Dataset = {
  inputs: Array.from({ length: 20 }, (_, i) => [i / 2]),
  targets: Array.from({ length: 20 }, (_, i) => [i + 1]),
};
