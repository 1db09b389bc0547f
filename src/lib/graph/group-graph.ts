import type { GraphNode, ValueGraph } from '../../../engine/index.ts';
import { MinHeap } from './min-heap';

/**
 * A big network's graph folded into boxes a reader can take in: each neuron's values (its weights,
 * their products, its bias, its sum z and its activation a) become one box, or each layer's do,
 * and a box opens into its members when it is expanded. Membership is the engine's: the `group`
 * that `valueNetwork` puts on each value and `graphOf` passes on. Values with no group (the
 * inputs x, a loss's terms, an expression typed in a cell) stay boxes of their own.
 */

/** One box of a folded graph: a single value, a neuron's values or a layer's. */
export interface FoldedNode {
  /** The box's position in the folded graph, which is in topological order. */
  id: number;
  kind: 'value' | 'neuron' | 'layer';
  /** What expands or collapses the box: `L1` for layer 1, `L1N2` for its neuron 2, `v7` for value 7. */
  key: string;
  /** The ids of the values in the box, in the graph's order. */
  members: number[];
  /**
   * The value whose number and gradient the box shows: the value itself, or a neuron's last value
   * (its activation, which every other value of the neuron feeds); null for a layer, which has many.
   */
  output: number | null;
}

/** An arrow between boxes: `count` edges of the graph, or exactly one (`edge`) between two values. */
export interface FoldedEdge {
  from: number;
  to: number;
  count: number;
  /** The graph's edge when both ends are single values, so its local derivative still applies. */
  edge: number | null;
}

/** A graph with some of its values folded into neurons or layers. */
export interface FoldedGraph {
  nodes: FoldedNode[];
  edges: FoldedEdge[];
}

/** How far to fold: every neuron into a box, or every layer (whose neurons show when it expands). */
export type Fold = 'neurons' | 'layers';

const layerKey = (layer: number) => `L${layer}`;
const neuronKey = (layer: number, neuron: number) => `L${layer}N${neuron}`;

/** The keys of the groups a value belongs to, outermost first: `['L1', 'L1N2']`, or `[]`. */
export function groupKeys(node: GraphNode): string[] {
  const g = node.group;
  if (!g) return [];
  return g.neuron === undefined
    ? [layerKey(g.layer)]
    : [layerKey(g.layer), neuronKey(g.layer, g.neuron)];
}

/** Whether any value of `graph` belongs to a neuron, so folding changes something. */
export const canFold = (graph: ValueGraph) =>
  graph.nodes.some((n) => n.group?.neuron !== undefined);

/**
 * `graph` folded: every group not in `expanded` is one box (with `fold: 'layers'`, a layer unless
 * expanded, then its neurons unless expanded). Arrows between boxes stand for all the edges between
 * their members; edges inside a box are hidden. With every group expanded it is the graph itself.
 */
export function foldGraph(
  graph: ValueGraph,
  fold: Fold = 'neurons',
  expanded: ReadonlySet<string> = new Set(),
): FoldedGraph {
  const keyOf = graph.nodes.map((node) => {
    const [layer, neuron] = groupKeys(node);
    if (layer && fold === 'layers' && !expanded.has(layer)) return layer;
    if (neuron && !expanded.has(neuron)) return neuron;
    return `v${node.id}`;
  });
  const members = new Map<string, number[]>();
  keyOf.forEach((key, id) => members.set(key, [...(members.get(key) ?? []), id]));
  const keys = topological(graph, keyOf, [...members.keys()]);
  const index = new Map(keys.map((key, i) => [key, i]));
  const nodes = keys.map((key, id): FoldedNode => {
    const ids = members.get(key)!;
    const kind = key.startsWith('v') ? 'value' : key.includes('N') ? 'neuron' : 'layer';
    return { id, kind, key, members: ids, output: kind === 'layer' ? null : ids[ids.length - 1] };
  });
  const edges = new Map<string, FoldedEdge>();
  graph.edges.forEach((e, i) => {
    const [from, to] = [index.get(keyOf[e.from])!, index.get(keyOf[e.to])!];
    if (from === to) return;
    const arrow = edges.get(`${from} ${to}`);
    if (arrow) {
      arrow.count++;
      arrow.edge = null;
    } else {
      const single = nodes[from].kind === 'value' && nodes[to].kind === 'value';
      edges.set(`${from} ${to}`, { from, to, count: 1, edge: single ? i : null });
    }
  });
  return { nodes, edges: [...edges.values()] };
}

/**
 * The boxes' keys in topological order (each after every box it reads from): Kahn's algorithm,
 * taking among the ready boxes the one whose last value comes first, so an unfolded graph keeps
 * the graph's own order.
 */
function topological(graph: ValueGraph, keyOf: string[], keys: string[]): string[] {
  const last = new Map<string, number>();
  keyOf.forEach((key, id) => last.set(key, id));
  const readers = new Map(keys.map((k) => [k, new Set<string>()]));
  const waiting = new Map(keys.map((k) => [k, 0]));
  for (const e of graph.edges) {
    const [from, to] = [keyOf[e.from], keyOf[e.to]];
    if (from === to || readers.get(from)!.has(to)) continue;
    readers.get(from)!.add(to);
    waiting.set(to, waiting.get(to)! + 1);
  }
  const ready = new MinHeap((k: string) => last.get(k)!);
  keys.filter((k) => waiting.get(k) === 0).forEach((k) => ready.push(k));
  const order: string[] = [];
  while (ready.size > 0) {
    const key = ready.pop();
    order.push(key);
    for (const r of readers.get(key)!) {
      waiting.set(r, waiting.get(r)! - 1);
      if (waiting.get(r) === 0) ready.push(r);
    }
  }
  if (order.length !== keys.length) throw new Error('foldGraph: the folded graph has a cycle');
  return order;
}

/** `expanded` with the box `key` opened. */
export const expand = (expanded: ReadonlySet<string>, key: string) => new Set([...expanded, key]);

/**
 * `expanded` with the innermost open group around value `node` closed again: for a value shown on
 * its own, its neuron (or its layer once the neuron is closed); for a neuron's box, its layer.
 * Unchanged if no group around the value is open.
 */
export function collapse(expanded: ReadonlySet<string>, node: GraphNode): Set<string> {
  const open = groupKeys(node).filter((k) => expanded.has(k));
  const next = new Set(expanded);
  if (open.length > 0) next.delete(open[open.length - 1]);
  return next;
}
