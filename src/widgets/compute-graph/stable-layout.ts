import type { ValueGraph } from '../../../engine/index.ts';
import { layoutBoxes, type GraphLayout } from '../../lib/graph/graph-layout';
import type { FoldedGraph } from '../../lib/graph/group-graph';
import { boxLines } from './fold-view';
import type { ShownGraph } from './graph-fold';
import type { Revealed } from './graph-steps';

/** The widest number a box's line can hold, so boxes are sized once for any number. */
const WIDE = -888.8888;

/** A shown graph's layout: its box for each value or group, and a frame for each open group. */
export type ShownLayout = GraphLayout<FoldedGraph['nodes'][number], FoldedGraph['edges'][number]>;

/**
 * Lays out the graph as the widget shows it (graph-fold.ts): its boxes, folded or not, and the
 * frames of its open groups. The boxes are sized for the widest number a line can hold, so editing
 * a weight or stepping changes the numbers but never moves a box: the layout depends only on the
 * graph's shape and on which groups are open.
 */
export function stableShownLayout(graph: ValueGraph, shown: ShownGraph): ShownLayout {
  const sized: ValueGraph = {
    nodes: graph.nodes.map((n) => ({ ...n, data: WIDE, grad: WIDE })),
    edges: graph.edges,
  };
  const all: Revealed = {
    values: new Set(graph.nodes.map((n) => n.id)),
    grads: new Set(graph.nodes.map((n) => n.id)),
    current: null,
  };
  const lines = shown.folded.nodes.map((box) => boxLines(sized, box, all));
  const labels = shown.folded.edges.map((e) => (e.edge === null ? '' : `∂ ${WIDE}`));
  const frames =
    shown.frames.length > 0 ? { parents: shown.parents, frames: shown.frames } : undefined;
  return layoutBoxes(shown.folded, lines, labels, frames);
}
