import type { LossName, Network } from '../../engine/index.ts';

/** One step size h: both finite-difference estimates of dL/dw and their errors against backpropagation. */
export interface DifferenceRow {
  h: number;
  central: number;
  fivePoint: number;
  centralError: number;
  fivePointError: number;
}

/**
 * The two-sided (central) difference (L(w+h) - L(w-h)) / 2h and the five-point stencil
 * (L(w-2h) - 8L(w-h) + 8L(w+h) - L(w+2h)) / 12h that `gradientCheck` uses, for weight
 * w^(layer)_{jk} of `net` on one example, at each h; errors are against the engine's backprop.
 */
export function differenceErrors(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  loss: LossName,
  weight: { layer: number; j: number; k: number },
  hs: readonly number[],
): { exact: number; rows: DifferenceRow[] } {
  const { layer, j, k } = weight;
  const exact = net.gradients(x, y, loss).weights[layer - 1][j - 1][k - 1];
  const probe = net.clone();
  const w = net.getWeight(layer, j, k);
  const L = (d: number) => {
    probe.setWeight(layer, j, k, w + d);
    return probe.gradients(x, y, loss).loss;
  };
  const rows = hs.map((h) => {
    const central = (L(h) - L(-h)) / (2 * h);
    const fivePoint = (L(-2 * h) - 8 * L(-h) + 8 * L(h) - L(2 * h)) / (12 * h);
    return {
      h,
      central,
      fivePoint,
      centralError: Math.abs(central - exact),
      fivePointError: Math.abs(fivePoint - exact),
    };
  });
  return { exact, rows };
}

/** The measured order p of an error that behaves like C h^p, from two rows: log(e1 / e2) / log(h1 / h2). */
export function measuredOrder(h1: number, e1: number, h2: number, e2: number): number {
  return Math.log(e1 / e2) / Math.log(h1 / h2);
}

/** A gradient's error in LaTeX with one significant digit, as `1.2 \times 10^{-9}`. */
export function latexError(x: number): string {
  return x.toExponential(1).replace(/e([-+]\d+)/, (_, p: string) => ` \\times 10^{${Number(p)}}`);
}
