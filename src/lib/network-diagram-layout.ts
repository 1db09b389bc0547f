/**
 * Geometry for NetworkDiagram: where each neuron and each connection sits, for any small network
 * (2-2-1, 2-3-1, 2-4-1, 3-4-4-2). Kept apart from the component so it is tested without a DOM.
 * Layers and neurons are counted from 1 as in the engine's w^{(l)}_{jk}; layer 0 is the input.
 */

/** One neuron's place: layer l (0 is the input), index j from 1, centre (x, y). */
export interface NodePlace {
  layer: number;
  j: number;
  x: number;
  y: number;
}

/** One connection w^{(layer)}_{jk}: from neuron k of layer - 1 to neuron j of layer. */
export interface EdgePlace {
  layer: number;
  j: number;
  k: number;
  from: NodePlace;
  to: NodePlace;
  /** Where the weight's label goes: on the line, most of the way to the neuron it feeds. */
  labelX: number;
  labelY: number;
  /** A band around the line, between the two neurons, that takes clicks: SVG points. */
  hit: string;
}

/** The whole drawing: viewBox size, neurons by layer, connections in the engine's flat order. */
export interface NetworkLayout {
  width: number;
  height: number;
  radius: number;
  nodes: NodePlace[][];
  edges: EdgePlace[];
  /** The extra loss node to the right of the output, when asked for. */
  tail: { x: number; y: number } | null;
}

/** Spacing in SVG units; the drawing scales to its container. */
export const LAYOUT = {
  radius: 32,
  colGap: 165,
  tailGap: 125,
  rowGap: 116,
  marginX: 52,
  marginTop: 84,
  marginBottom: 58,
};

/** How far along an edge (from its source) its label sits. */
const LABEL_T = 0.6;

/** Height of one line of a note under a neuron. */
export const NOTE_LINE = 17;

/**
 * Lays out a network of the given layer sizes, optionally with a loss node after the output, and
 * with room for `noteLines` lines of notes under each neuron.
 */
export function networkLayout(
  sizes: readonly number[],
  withTail = false,
  noteLines = 1,
): NetworkLayout {
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(
      `networkLayout: expected at least two layer sizes >= 1, got [${sizes.join(', ')}]`,
    );
  }
  const extra = Math.max(0, noteLines - 1) * NOTE_LINE;
  const { radius, colGap, tailGap, marginX, marginTop } = LAYOUT;
  const rowGap = LAYOUT.rowGap + extra;
  const marginBottom = LAYOUT.marginBottom + extra;
  const tallest = Math.max(...sizes);
  const inner = (tallest - 1) * rowGap;
  const height = marginTop + inner + marginBottom;
  const width = 2 * marginX + (sizes.length - 1) * colGap + (withTail ? tailGap : 0);
  const nodes = sizes.map((n, layer) =>
    Array.from({ length: n }, (_, i) => ({
      layer,
      j: i + 1,
      x: marginX + layer * colGap,
      // Centre each layer on the tallest one.
      y: marginTop + inner / 2 + (i - (n - 1) / 2) * rowGap,
    })),
  );
  const edges: EdgePlace[] = [];
  for (let layer = 1; layer < sizes.length; layer++) {
    for (const to of nodes[layer]) {
      for (const from of nodes[layer - 1]) {
        edges.push({
          layer,
          j: to.j,
          k: from.j,
          from,
          to,
          labelX: from.x + (to.x - from.x) * LABEL_T,
          labelY: from.y + (to.y - from.y) * LABEL_T,
          hit: hitBand(from, to, radius, 9),
        });
      }
    }
  }
  const out = nodes[sizes.length - 1];
  const tail = withTail
    ? {
        x: marginX + (sizes.length - 1) * colGap + tailGap,
        y: out.reduce((s, n) => s + n.y, 0) / out.length,
      }
    : null;
  return { width, height, radius, nodes, edges, tail };
}

/** The points of a band `half` wide on each side of the segment between two circles of radius r. */
function hitBand(from: NodePlace, to: NodePlace, r: number, half: number): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  const [ux, uy] = [dx / len, dy / len];
  const [nx, ny] = [-uy * half, ux * half];
  const [ax, ay] = [from.x + ux * r, from.y + uy * r];
  const [bx, by] = [to.x - ux * r, to.y - uy * r];
  const pt = (x: number, y: number) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
  return [
    pt(ax + nx, ay + ny),
    pt(bx + nx, by + ny),
    pt(bx - nx, by - ny),
    pt(ax - nx, ay - ny),
  ].join(' ');
}

/** Stroke width for a weight: 1 for 0, growing with |w| up to 6 at |w| >= `max`. */
export function edgeWidth(w: number, max = 3): number {
  if (!Number.isFinite(w)) return 1;
  return 1 + (5 * Math.min(Math.abs(w), max)) / max;
}

/** The sign class of a weight: `positive`, `negative` or `zero`. */
export function edgeSign(w: number): 'positive' | 'negative' | 'zero' {
  return w > 0 ? 'positive' : w < 0 ? 'negative' : 'zero';
}

/** The engine's plain-text name of w^{(layer)}_{jk}: `w(2)_11`, read aloud as `w(2)11`. */
export function weightName(layer: number, j: number, k: number): string {
  const idx = j > 9 || k > 9 ? `${j},${k}` : `${j}${k}`;
  return `w(${layer})${idx}`;
}

/** The next edge index for a key in a roving-focus group, or null for keys it does not handle. */
export function nextEdgeIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
