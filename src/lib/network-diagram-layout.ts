import { label } from '../../engine/index.ts';

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
  /** Where the weight's label goes: beside its line, clear of every line, neuron and label. */
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

/**
 * The box a weight's label is given: wide enough for "-0.1234" in the 14 px bold of DiagramEdges,
 * as tall as its digits; `pad` keeps it clear of a line's stroke and halo.
 */
export const LABEL_BOX = { halfWidth: 31, halfHeight: 8, pad: 4 };
/** Where along an edge (from its source) a label may sit, most wanted first. */
const LABEL_TS = [0.6, 0.5, 0.7, 0.4, 0.75, 0.3, 0.8, 0.25, 0.85, 0.2, 0.65, 0.55, 0.45, 0.35];
/** How far to each side of its line a label may sit, most wanted first (0 is on the line). */
const LABEL_OFFSETS = [14, -14, 22, -22, 30, -30, 38, -38, 46, -46, 54, -54, 0];

/** Height of one line of a note under a neuron. */
export const NOTE_LINE = 17;

/** How much wider the columns get, step by step, when the labels find no free spots. */
const WIDEN_STEP = 30;
const WIDEN_MAX = 12;

/**
 * Lays out a network of the given layer sizes, optionally with a loss node after the output, and
 * with room for `noteLines` lines of notes under each neuron. The columns are spread only as far
 * as every weight's label needs to find a spot clear of everything else.
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
  let layout = layoutWith(sizes, withTail, noteLines, LAYOUT.colGap);
  for (let step = 1; !layout.clear && step <= WIDEN_MAX; step++)
    layout = layoutWith(sizes, withTail, noteLines, LAYOUT.colGap + step * WIDEN_STEP);
  return layout.layout;
}

function layoutWith(
  sizes: readonly number[],
  withTail: boolean,
  noteLines: number,
  colGap: number,
): { layout: NetworkLayout; clear: boolean } {
  const extra = Math.max(0, noteLines - 1) * NOTE_LINE;
  const { radius, tailGap, marginX, marginTop } = LAYOUT;
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
          labelX: 0,
          labelY: 0,
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
  const clear = placeLabels(edges, nodes, radius, noteLines, tail, width);
  return { layout: { width, height, radius, nodes, edges, tail }, clear };
}

/** An axis-aligned box: centre and half sizes. */
export interface Box {
  x: number;
  y: number;
  hw: number;
  hh: number;
}

/** The box a label centred at (x, y) covers, with its padding. */
export function labelBox(x: number, y: number): Box {
  const { halfWidth, halfHeight, pad } = LABEL_BOX;
  return { x, y, hw: halfWidth + pad, hh: halfHeight + pad };
}

const boxesOverlap = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) < a.hw + b.hw && Math.abs(a.y - b.y) < a.hh + b.hh;

/** Whether the segment from a to b passes through the box (Liang-Barsky clipping). */
export function segmentHitsBox(
  a: { x: number; y: number },
  b: { x: number; y: number },
  box: Box,
): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - (box.x - box.hw)],
    [dx, box.x + box.hw - a.x],
    [-dy, a.y - (box.y - box.hh)],
    [dy, box.y + box.hh - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Places each weight's label where it crosses no line, no neuron (with its name above and notes
 * below), no other label and stays inside the drawing: the first free spot along and beside its
 * own line, in the order of LABEL_TS and LABEL_OFFSETS. A crowded network with no free spot left
 * takes the spot with the fewest collisions, and says so (false) so the caller can spread it out.
 */
function placeLabels(
  edges: EdgePlace[],
  nodes: NodePlace[][],
  radius: number,
  noteLines: number,
  tail: { x: number; y: number } | null,
  width: number,
): boolean {
  const neurons = [...nodes.flat(), ...(tail ? [tail] : [])];
  // A neuron, its name above it (y - radius - 9, 14 px text) and its notes below (17 px a line).
  const obstacles: Box[] = neurons.flatMap((n) => [
    { x: n.x, y: n.y, hw: radius, hh: radius },
    { x: n.x, y: n.y - radius - 14, hw: 22, hh: 10 },
    {
      x: n.x,
      y: n.y + radius + 4 + (noteLines * NOTE_LINE) / 2,
      hw: 44,
      hh: (noteLines * NOTE_LINE) / 2,
    },
  ]);
  const segments = [
    ...edges.map((e) => [e.from, e.to] as const),
    ...(tail ? nodes[nodes.length - 1].map((n) => [n, tail] as const) : []),
  ];
  const collisions = (box: Box) =>
    segments.filter(([a, b]) => segmentHitsBox(a, b, box)).length +
    obstacles.filter((o) => boxesOverlap(o, box)).length +
    (box.x - box.hw < 0 || box.x + box.hw > width ? 1 : 0);
  let allFree = true;
  const spots = edges.map((e) => {
    const dx = e.to.x - e.from.x;
    const dy = e.to.y - e.from.y;
    const len = Math.hypot(dx, dy);
    const all = LABEL_TS.flatMap((t) =>
      LABEL_OFFSETS.map((offset) => {
        const box = labelBox(
          e.from.x + dx * t - (dy / len) * offset,
          e.from.y + dy * t + (dx / len) * offset,
        );
        return { box, collisions: collisions(box) };
      }),
    );
    const free = all.filter((s) => s.collisions === 0).map((s) => s.box);
    if (free.length === 0) allFree = false;
    // With no free spot, the one that crosses least.
    return free.length ? free : [all.reduce((a, b) => (b.collisions < a.collisions ? b : a)).box];
  });
  // Each label takes its most wanted free spot that no label placed before it covers; when none is
  // left, the search goes back and moves an earlier label (a few labels, so this stays small).
  const chosen: Box[] = [];
  let budget = 20_000;
  const place = (i: number): boolean => {
    if (i === edges.length) return true;
    for (const box of spots[i]) {
      if (--budget < 0) return false;
      if (chosen.some((c) => boxesOverlap(c, box))) continue;
      chosen.push(box);
      if (place(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  const placed = allFree && place(0);
  if (!placed) {
    chosen.length = 0;
    for (const s of spots)
      chosen.push(s.find((box) => !chosen.some((c) => boxesOverlap(c, box))) ?? s[0]);
  }
  edges.forEach((e, i) => {
    e.labelX = chosen[i].x;
    e.labelY = chosen[i].y;
  });
  return placed;
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

/** The engine's plain-text label of w^{(layer)}_{jk}, `w(2)_11`, without its underscore, as it is read aloud: `w(2)11`. */
export function weightName(layer: number, j: number, k: number): string {
  return label('w', [j, k], layer).text.replace('_', '');
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
