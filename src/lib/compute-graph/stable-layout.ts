import type { ValueGraph } from '../../../engine/index.ts';
import { layoutGraph, type GraphLayout } from '../graph/graph-layout';
import { nodeHead } from './graph-view';

/**
 * Lays the graph out once for its shape: the boxes are sized for the widest number a line can
 * hold, so editing a weight or stepping changes the numbers but never moves a box.
 */
export function stableLayout(graph: ValueGraph): GraphLayout {
  const wide = '-888.8888';
  const sized: ValueGraph = {
    nodes: graph.nodes.map((n) => ({ ...n, data: 0, grad: 0 })),
    edges: graph.edges.map((e) => ({ ...e, local: -888.8888 })),
  };
  const lines = graph.nodes.map((n) => [nodeHead(n), `value ${wide}`, `grad ${wide}`]);
  return layoutGraph(sized, lines);
}
