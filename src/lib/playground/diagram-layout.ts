/** Where the playground's network diagram puts each column and neuron, in CSS pixels. */
export const COL_W = 92;
export const NODE = 34;
export const GAP = 10;
export const HEAD = 56;

/** The centre of neuron j (from 1) in column c (0 = the inputs). */
export const nodeCenter = (c: number, j: number) => ({
  x: c * COL_W + COL_W / 2,
  y: HEAD + (j - 1) * (NODE + GAP) + NODE / 2,
});

/** One edge of the diagram: weight w^{(layer)}_{jk}, its value and its line. */
export interface Edge {
  layer: number;
  j: number;
  k: number;
  w: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every weight as a line from neuron k of column layer - 1 to neuron j of column layer. */
export function edges(weights: number[][][]): Edge[] {
  const out: Edge[] = [];
  weights.forEach((layer, l) =>
    layer.forEach((row, j) =>
      row.forEach((w, k) => {
        const a = nodeCenter(l, k + 1);
        const b = nodeCenter(l + 1, j + 1);
        out.push({
          layer: l + 1,
          j: j + 1,
          k: k + 1,
          w,
          x1: a.x + NODE / 2,
          y1: a.y,
          x2: b.x - NODE / 2,
          y2: b.y,
        });
      }),
    ),
  );
  return out;
}

/** Line width for a weight: thicker for larger |w|, never invisible, never huge. */
export const edgeWidth = (w: number) => Math.min(6, 0.6 + Math.abs(w) * 1.4);
