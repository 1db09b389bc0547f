import { parameters, type Network } from '../../../engine/index.ts';

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

/** One edge of the diagram: weight w^{(layer)}_{jk}, where it sits in the flat parameters, and its line. */
export interface Edge {
  layer: number;
  j: number;
  k: number;
  /** Its index in `net.getParams()`. */
  index: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Every weight of `net` as a line from neuron k of column layer - 1 to neuron j of column layer,
 * in the engine's parameter order. Computed once per network; the weights are read per frame.
 */
export function edgeList(net: Network): Edge[] {
  const out: Edge[] = [];
  parameters(net).forEach((p, index) => {
    if (p.type !== 'weight') return;
    const a = nodeCenter(p.layer - 1, p.k);
    const b = nodeCenter(p.layer, p.j);
    out.push({
      layer: p.layer,
      j: p.j,
      k: p.k,
      index,
      x1: a.x + NODE / 2,
      y1: a.y,
      x2: b.x - NODE / 2,
      y2: b.y,
    });
  });
  return out;
}

/** The edge whose line passes nearest (x, y), within `radius` pixels, or null: what a click picks. */
export function nearestEdge(edges: readonly Edge[], x: number, y: number, radius = 6): Edge | null {
  let best: Edge | null = null;
  let bestD = radius * radius;
  for (const e of edges) {
    const dx = e.x2 - e.x1;
    const dy = e.y2 - e.y1;
    const t = Math.max(0, Math.min(1, ((x - e.x1) * dx + (y - e.y1) * dy) / (dx * dx + dy * dy)));
    const d = (e.x1 + t * dx - x) ** 2 + (e.y1 + t * dy - y) ** 2;
    if (d <= bestD) {
      best = e;
      bestD = d;
    }
  }
  return best;
}

/**
 * Where an arrow key moves the focus among the diagram's neurons (columns 1 to L, neurons from
 * 1): up and down within a layer, left and right to the same height in the next layer, Home and
 * End to the first and last layer. Null for other keys.
 */
export function nextNeuron(
  key: string,
  layer: number,
  j: number,
  sizes: readonly number[],
): { layer: number; j: number } | null {
  const L = sizes.length - 1;
  const clampJ = (l: number, v: number) => Math.min(Math.max(1, v), sizes[l]);
  switch (key) {
    case 'ArrowUp':
      return { layer, j: j > 1 ? j - 1 : sizes[layer] };
    case 'ArrowDown':
      return { layer, j: j < sizes[layer] ? j + 1 : 1 };
    case 'ArrowLeft':
      return layer > 1 ? { layer: layer - 1, j: clampJ(layer - 1, j) } : { layer, j };
    case 'ArrowRight':
      return layer < L ? { layer: layer + 1, j: clampJ(layer + 1, j) } : { layer, j };
    case 'Home':
      return { layer: 1, j: 1 };
    case 'End':
      return { layer: L, j: sizes[L] };
    default:
      return null;
  }
}

/** Line width for a weight: thicker for larger |w|, never invisible, never huge. */
export const edgeWidth = (w: number) => Math.min(6, 0.6 + Math.abs(w) * 1.4);
