import { formatNumber, type LossName, type Network } from '../../engine/index.ts';

/**
 * Backpropagation in layer form, computed with matrices from the engine's forward pass and weights:
 * delta^(D) = dL/da^(D) ⊙ f'(z^(D)); delta^(l) = (W^(l+1))^T delta^(l+1) ⊙ f'(z^(l));
 * dL/dW^(l) = delta^(l) (a^(l-1))^T; dL/db^(l) = delta^(l). `layerBackprop` checks every entry
 * against the engine's own per-parameter backpropagation and throws if one differs, so a lesson
 * that shows these matrices shows the engine's numbers.
 */
export interface LayerBackprop {
  /** a[0] is the input x; a[l] the activations of layer l (l = 1..D). */
  a: number[][];
  z: number[][];
  /** slope[l]: f'(z^(l)) for each neuron (index l = 1..D; index 0 unused). */
  slope: number[][];
  /** dL/da^(D), from the loss. */
  outputGradient: number[];
  /** delta[l] for l = 1..D (index 0 unused). */
  delta: number[][];
  /** back[l] = (W^(l+1))^T delta^(l+1), for l = 1..D-1 (other indices unused). */
  back: number[][];
  /** weightGradients[l][j][k] = dL/dw^(l)_{jk}, l = 1..D (index 0 unused). */
  weightGradients: number[][][];
  /** The largest difference from the engine's per-parameter gradients. */
  maxDifference: number;
}

/** Slope of the named activation from its output a (sigmoid, tanh) as the engine computes it. */
function slopeOf(net: Network, l: number, z: number): number {
  return net.activations[l - 1].df(z);
}

/** The four layer equations for one example, from the engine's forward pass; throws if they disagree with its backprop by more than 1e-12. */
export function layerBackprop(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  loss: LossName,
): LayerBackprop {
  const D = net.sizes.length - 1;
  const fwd = net.forward(x);
  const a = [[...x], ...fwd.a.map((v) => [...v])];
  const z = [[], ...fwd.z.map((v) => [...v])];
  const W = (l: number) =>
    Array.from({ length: net.sizes[l] }, (_, j) =>
      Array.from({ length: net.sizes[l - 1] }, (_, k) => net.getWeight(l, j + 1, k + 1)),
    );
  const g = net.gradients(x, y, loss);
  const slope: number[][] = [[]];
  for (let l = 1; l <= D; l++) slope.push(z[l].map((v) => slopeOf(net, l, v)));
  const lossDerivatives = g.steps.filter((s) => s.kind === 'lossDerivative');
  const outputGradient = lossDerivatives.map((s) => s.result);
  const delta: number[][] = Array.from({ length: D + 1 }, () => []);
  const back: number[][] = Array.from({ length: D + 1 }, () => []);
  delta[D] = outputGradient.map((d, j) => d * slope[D][j]);
  for (let l = D - 1; l >= 1; l--) {
    const Wn = W(l + 1);
    back[l] = a[l].map((_, k) => Wn.reduce((sum, row, j) => sum + row[k] * delta[l + 1][j], 0));
    delta[l] = back[l].map((v, k) => v * slope[l][k]);
  }
  const weightGradients: number[][][] = [[]];
  for (let l = 1; l <= D; l++)
    weightGradients.push(delta[l].map((d) => a[l - 1].map((ak) => d * ak)));
  let maxDifference = 0;
  for (let l = 1; l <= D; l++)
    for (let j = 0; j < net.sizes[l]; j++) {
      maxDifference = Math.max(maxDifference, Math.abs(delta[l][j] - g.biases[l - 1][j]));
      for (let k = 0; k < net.sizes[l - 1]; k++)
        maxDifference = Math.max(
          maxDifference,
          Math.abs(weightGradients[l][j][k] - g.weights[l - 1][j][k]),
        );
    }
  if (!(maxDifference <= 1e-12))
    throw new Error(
      `layerBackprop: the layer form differs from the engine's backpropagation by ${maxDifference}`,
    );
  return { a, z, slope, outputGradient, delta, back, weightGradients, maxDifference };
}

/** A column vector in LaTeX, each entry through formatNumber. */
export function texColumn(v: readonly number[]): string {
  return String.raw`\begin{bmatrix} ${v.map(formatNumber).join(String.raw` \\ `)} \end{bmatrix}`;
}

/** A matrix in LaTeX, row by row. */
export function texMatrix(m: readonly (readonly number[])[]): string {
  return String.raw`\begin{bmatrix} ${m.map((row) => row.map(formatNumber).join(' & ')).join(String.raw` \\ `)} \end{bmatrix}`;
}
