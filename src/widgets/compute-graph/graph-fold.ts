import type { ValueGraph } from '../../../engine/index.ts';
import { drawnFold } from '../../lib/graph/drawn-fold';
import { foldGraph, groupKeys, type Fold, type FoldedGraph } from '../../lib/graph/group-graph';

/**
 * What the graph widget shows of a graph: every value when it is small, else the boxes that
 * group-graph.ts folds it into, with the groups the reader opened drawn as frames around their
 * members. The widget folds as a cell's drawing does (drawn-fold.ts), so one network looks the
 * same in both.
 */

/** An open group: its key (`L2N1`), its kind, the open group around it, and its values' ids. */
export interface Frame {
  key: string;
  kind: 'neuron' | 'layer';
  parent: string | null;
  members: number[];
}

/** The shown graph: its boxes and arrows, the frames of its open groups, and where each value is. */
export interface ShownGraph {
  folded: FoldedGraph;
  frames: Frame[];
  /** For each box, the key of the innermost open group it sits in, or null. */
  parents: (string | null)[];
  /** For each value of the graph, the id of the box that shows it. */
  boxOf: number[];
}

/** How the widget folds `graph`: into neurons or layers as drawn-fold.ts decides, or not at all. */
export const widgetFold = (graph: ValueGraph): Fold | null => drawnFold(graph)?.fold ?? null;

/** Every group key of `graph`: `L1`, `L1N1`, ... */
export const allGroups = (graph: ValueGraph): Set<string> =>
  new Set(graph.nodes.flatMap((n) => groupKeys(n)));

/**
 * The groups of `expanded` that are open in the picture: with `fold` 'neurons' its neurons; with
 * 'layers' its layers, and the neurons of an open layer. Keys of no group of the graph are dropped.
 */
export function openGroups(
  graph: ValueGraph,
  fold: Fold | null,
  expanded: ReadonlySet<string>,
): string[] {
  if (fold === null) return [];
  const groups = allGroups(graph);
  return [...groups].filter((key) => {
    if (!expanded.has(key)) return false;
    const layer = key.replace(/N\d+$/, '');
    if (key === layer) return fold === 'layers';
    return fold === 'neurons' || expanded.has(layer);
  });
}

/** `graph` as the widget shows it with the groups in `expanded` open (all of it when `fold` is null). */
export function shownGraph(
  graph: ValueGraph,
  fold: Fold | null,
  expanded: ReadonlySet<string>,
): ShownGraph {
  const open = openGroups(graph, fold, expanded);
  const folded = foldGraph(
    graph,
    fold ?? 'neurons',
    fold === null ? allGroups(graph) : new Set(open),
  );
  const openSet = new Set(open);
  const frames: Frame[] = open.map((key) => {
    const layer = key.replace(/N\d+$/, '');
    return {
      key,
      kind: key === layer ? 'layer' : 'neuron',
      parent: key !== layer && openSet.has(layer) ? layer : null,
      members: graph.nodes.filter((n) => groupKeys(n).includes(key)).map((n) => n.id),
    };
  });
  const boxOf: number[] = [];
  for (const box of folded.nodes) for (const id of box.members) boxOf[id] = box.id;
  const parents = folded.nodes.map((box) => {
    // A value's groups, or a neuron box's layer: the innermost that is open holds the box.
    const around = groupKeys(graph.nodes[box.members[0]]).filter((k) => k !== box.key);
    const inner = box.kind === 'layer' ? [] : around.filter((k) => openSet.has(k));
    return inner.at(-1) ?? null;
  });
  return { folded, frames, parents, boxOf };
}

/** `expanded` with the group `key` closed, and every group inside it closed too. */
export function closeGroup(expanded: ReadonlySet<string>, key: string): Set<string> {
  return new Set([...expanded].filter((k) => k !== key && !k.startsWith(`${key}N`)));
}

/**
 * How many groups may be open at once. Each open neuron of 2-4-4-1 adds up to 11 boxes and their
 * arrows to the layout; two keep it well inside the 100 ms a drawing may take on a slow phone
 * (bench/graph-layout-bench.ts), where all nine open take several times that.
 */
export const MAX_OPEN = 2;

/**
 * `expanded` with `key` opened; when `max` groups are open already, the ones opened first are
 * folded again (and returned in `folded`) to make room.
 */
export function openGroup(
  expanded: ReadonlySet<string>,
  key: string,
  max = MAX_OPEN,
): { expanded: Set<string>; folded: string[] } {
  let next = new Set(expanded);
  const folded: string[] = [];
  next.delete(key);
  while (next.size >= max) {
    const first = [...next][0];
    folded.push(first);
    next = closeGroup(next, first);
  }
  return { expanded: new Set([...next, key]), folded };
}
