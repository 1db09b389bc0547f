import dagre from '@dagrejs/dagre';
import { formatNumber } from '../../../engine/index.ts';
import type { GraphEdge, GraphNode, ValueGraph } from '../../../engine/index.ts';
import { nodeLines } from './graph-text';
import { straightenDetour, type Box } from './straight-detours';

/** Where the layout put a box: its centre (x, y), its size and its lines of text. */
export interface Place {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** How the layout routed an arrow: its polyline, and its label's centre and box ('' for none). */
export interface Route {
  points: { x: number; y: number }[];
  label: { x: number; y: number; width: number; height: number; text: string };
}

/** A node placed by the layout: its centre (x, y) and its box's size. */
export type PlacedNode = GraphNode & Place;

/** An edge routed by the layout: the polyline from its input's box to its node's, and its label's centre. */
export type PlacedEdge = GraphEdge & Route;

/** A graph laid out left to right, inputs on the left, the output on the right. */
export interface GraphLayout<
  N extends { id: number } = GraphNode,
  E extends { from: number; to: number } = GraphEdge,
> {
  width: number;
  height: number;
  nodes: (N & Place)[];
  edges: (E & Route)[];
  /** The frames drawn around groups of boxes (see `layoutBoxes`), if any. */
  frames?: FramePlace[];
}

/** Where the layout put a frame around a group of boxes: its centre and size. */
export interface FramePlace {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Groups of boxes kept together inside frames: each box's frame (or null), and each frame's own. */
export interface Frames {
  parents: readonly (string | null)[];
  frames: readonly { key: string; parent: string | null }[];
}

/** Text metrics of the boxes, in SVG units: a monospace 12-unit font is about 7.3 units a character. */
export const GRAPH_FONT_SIZE = 12;
const CHAR_WIDTH = 7.3;
const LINE_HEIGHT = 16;
const PADDING = 8;
const labelWidth = (text: string) => Math.ceil(text.length * CHAR_WIDTH) + 4;

/**
 * Places the nodes and routes the edges with dagre (a layered layout: each value sits in a column
 * right of the values it is computed from). Box sizes come from character counts, not from
 * measuring text, so the same layout is computed at build time, in the page and for Jupyter.
 * `lines` are the text of each node's box (graph-text.ts's `nodeLines` unless a widget shows
 * others); each edge is labelled with its local derivative.
 */
export function layoutGraph(graph: ValueGraph, lines: string[][] = nodeLines(graph)): GraphLayout {
  return layoutBoxes(
    graph,
    lines,
    graph.edges.map((edge) => `∂ ${formatNumber(edge.local)}`),
  );
}

/**
 * Any boxes and arrows laid out as `layoutGraph` lays out a value graph: `nodes[i]` gets
 * `lines[i]`, `edges[i]` the label `labels[i]` ('' for none, which also leaves it out of the
 * layout's work). A folded graph's boxes are laid out with it. With `frames`, the boxes of each
 * frame are kept together (dagre's compound graphs) and each frame's rectangle is returned.
 */
export function layoutBoxes<N extends { id: number }, E extends { from: number; to: number }>(
  graph: { nodes: N[]; edges: E[] },
  lines: string[][],
  labels: string[],
  frames?: Frames,
): GraphLayout<N, E> {
  const g = new dagre.graphlib.Graph({ multigraph: true, compound: frames !== undefined });
  g.setGraph({ rankdir: 'LR', nodesep: 14, edgesep: 8, ranksep: 28, marginx: 4, marginy: 4 });
  g.setDefaultEdgeLabel(() => ({}));
  graph.nodes.forEach((node, i) => {
    const width = Math.ceil(Math.max(...lines[i].map((l) => l.length)) * CHAR_WIDTH) + 2 * PADDING;
    const height = lines[i].length * LINE_HEIGHT + PADDING;
    g.setNode(String(node.id), { width, height });
  });
  if (frames) {
    // Frame keys (`L2N1`) cannot clash with box ids, which are numbers.
    for (const f of frames.frames) g.setNode(f.key, {});
    for (const f of frames.frames) if (f.parent) g.setParent(f.key, f.parent);
    graph.nodes.forEach((node, i) => {
      const parent = frames.parents[i];
      if (parent) g.setParent(String(node.id), parent);
    });
  }
  // Each edge's label (its local derivative) gets a box of its own in the layout, so dagre keeps
  // it clear of the other edges and of the values' boxes.
  const sizes = labels.map((text) => (text ? labelWidth(text) : 0));
  graph.edges.forEach((edge, i) =>
    g.setEdge(
      String(edge.from),
      String(edge.to),
      { width: sizes[i], height: labels[i] ? LINE_HEIGHT : 0, labelpos: 'c' },
      String(i),
    ),
  );
  dagre.layout(g);
  const nodes = graph.nodes.map((node, i) => {
    const placed = g.node(String(node.id));
    return {
      ...node,
      x: placed.x,
      y: placed.y,
      width: placed.width,
      height: placed.height,
      lines: lines[i],
    };
  });
  const edges = graph.edges.map((edge, i) => {
    const placed = g.edge({ v: String(edge.from), w: String(edge.to), name: String(i) });
    return {
      ...edge,
      points: placed.points,
      label: {
        x: placed.x ?? 0,
        y: placed.y ?? 0,
        width: sizes[i],
        height: labels[i] ? LINE_HEIGHT : 0,
        text: labels[i],
      },
    };
  });
  const size = g.graph();
  const placedFrames = frames?.frames.map((f) => {
    const { x, y, width, height } = g.node(f.key);
    return { key: f.key, x, y, width, height };
  });
  if (frames && placedFrames) straightenFramedDetours(nodes, edges, frames, placedFrames);
  return {
    width: Math.ceil(size.width ?? 0),
    height: Math.ceil(size.height ?? 0),
    nodes,
    edges,
    ...(placedFrames ? { frames: placedFrames } : {}),
  };
}

/**
 * Draws straight the unlabelled arrows that dagre sent round a frame (see straight-detours.ts). An
 * arrow may cross the frames that hold either of its ends, never another box, frame or label.
 */
function straightenFramedDetours(
  nodes: (Place & { id: number })[],
  edges: (Route & { from: number; to: number })[],
  frames: Frames,
  placed: FramePlace[],
) {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const frameParent = new Map(frames.frames.map((f) => [f.key, f.parent]));
  const framesAround = (i: number): Set<string> => {
    const around = new Set<string>();
    for (let key = frames.parents[i]; key; key = frameParent.get(key) ?? null) around.add(key);
    return around;
  };
  for (const edge of edges) {
    if (edge.label.text !== '') continue;
    const from = index.get(edge.from)!;
    const to = index.get(edge.to)!;
    const around = new Set([...framesAround(from), ...framesAround(to)]);
    const obstacles: Box[] = [
      ...nodes.filter((_, i) => i !== from && i !== to),
      ...placed.filter((f) => !around.has(f.key)),
      ...edges.filter((e) => e !== edge && e.label.text !== '').map((e) => e.label),
    ];
    edge.points = straightenDetour(edge.points, nodes[from], nodes[to], obstacles);
  }
}

export const GRAPH_LINE_HEIGHT = LINE_HEIGHT;
export const GRAPH_PADDING = PADDING;
