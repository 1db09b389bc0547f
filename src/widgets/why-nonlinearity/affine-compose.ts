import { formatLatexNumber, formatNumber } from '../../../engine/index.ts';

/** A layer's affine map x -> W x + b; W has one row per output. */
export interface Affine {
  W: number[][];
  b: number[];
}

/**
 * The single affine map equal to layer 1 then layer 2 when nothing bends in between:
 * W2 (W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2). The engine has no matrix product (yet), so
 * the course computes it here; sums run in index order, as the engine's forward pass does.
 */
export function composeAffine(first: Affine, second: Affine): Affine {
  const inner = first.W[0]?.length ?? 0;
  if (second.W.some((row) => row.length !== first.W.length)) {
    throw new Error(
      `composeAffine: layer 2 expects ${second.W[0]?.length} inputs, layer 1 gives ${first.W.length}`,
    );
  }
  const W = second.W.map((row) =>
    Array.from({ length: inner }, (_, c) => row.reduce((s, v, k) => s + v * first.W[k][c], 0)),
  );
  const b = second.W.map((row, j) => row.reduce((s, v, k) => s + v * first.b[k], 0) + second.b[j]);
  return { W, b };
}

/** A matrix as a KaTeX bmatrix with the engine's number format. */
export function matrixLatex(M: readonly (readonly number[])[]): string {
  return String.raw`\begin{bmatrix} ${M.map((row) => row.map((x) => formatLatexNumber(x)).join(' & ')).join(String.raw` \\ `)} \end{bmatrix}`;
}

/** A vector as a one-column bmatrix. */
export const columnLatex = (v: readonly number[]): string => matrixLatex(v.map((x) => [x]));

/** The two lines of the collapse with numbers: W2 W1 = W, and W2 b1 + b2 = b. */
export function collapseLatex(first: Affine, second: Affine): { weight: string; bias: string } {
  const { W, b } = composeAffine(first, second);
  return {
    // aligned: the result goes on its own line, so the product fits a phone's width.
    weight: String.raw`\begin{aligned} W^{(2)} W^{(1)} &= ${matrixLatex(second.W)} ${matrixLatex(first.W)} \\ &= ${matrixLatex(W)} \end{aligned}`,
    bias: String.raw`\begin{aligned} W^{(2)} \mathbf{b}^{(1)} + \mathbf{b}^{(2)} &= ${matrixLatex(second.W)} ${columnLatex(first.b)} + ${columnLatex(second.b)} \\ &= ${columnLatex(b)} \end{aligned}`,
  };
}

/** The network's layers as affine maps, from the engine's getWeights(). */
export function layersOf(weights: { weights: number[][][]; biases: number[][] }): Affine[] {
  return weights.weights.map((W, l) => ({ W, b: weights.biases[l] }));
}

/** W x + b for one input vector, summed in index order. */
export function applyAffine({ W, b }: Affine, x: readonly number[]): number[] {
  return W.map((row, j) => row.reduce((s, v, k) => s + v * x[k], 0) + b[j]);
}

/** A matrix as plain text for screen readers: `[[0.5, -1]; [2, 0]]` reads row by row. */
export function matrixText(M: readonly (readonly number[])[]): string {
  return `[${M.map((row) => row.map((x) => formatNumber(x)).join(', ')).join('; ')}]`;
}

/** The collapse in plain text, line by line, matching collapseLatex. */
export function collapseText(first: Affine, second: Affine): { weight: string; bias: string } {
  const { W, b } = composeAffine(first, second);
  const col = (v: readonly number[]) => matrixText(v.map((x) => [x]));
  return {
    weight: `W(2) W(1) = ${matrixText(second.W)} times ${matrixText(first.W)} = ${matrixText(W)}`,
    bias: `W(2) b(1) + b(2) = ${matrixText(second.W)} times ${col(first.b)} + ${col(second.b)} = ${col(b)}`,
  };
}
