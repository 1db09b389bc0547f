import { formatNumber, type ValueGraph } from '../../../engine/index.ts';
import type { FoldedGraph } from './group-graph';
import { layoutBoxes, type GraphLayout } from './graph-layout';
import { nodeLines, nodeNames } from './graph-text';

/**
 * Each box's lines: a value's as in the full graph; a neuron's name (its output's), how many values
 * it holds, its output's value and gradient; a layer's number, neurons and values.
 */
export function foldedLines(graph: ValueGraph, folded: FoldedGraph): string[][] {
  const lines = nodeLines(graph);
  const names = nodeNames(graph);
  return folded.nodes.map((box) => {
    if (box.kind === 'value') return lines[box.members[0]];
    if (box.kind === 'layer') {
      const layer = graph.nodes[box.members[0]].group!.layer;
      const neurons = new Set(box.members.map((id) => graph.nodes[id].group!.neuron ?? 0));
      neurons.delete(0);
      const count = `${neurons.size} neuron${neurons.size === 1 ? '' : 's'}`;
      return [`layer ${layer}: ${count}`, `${box.members.length} values`];
    }
    const out = graph.nodes[box.output!];
    return [
      `neuron ${names[out.id]} (${box.members.length} values)`,
      `value ${formatNumber(out.data)}`,
      `grad ${formatNumber(out.grad)}`,
    ];
  });
}

/** Each arrow's label: the local derivative of a single edge between two values, else none. */
export function foldedLabels(graph: ValueGraph, folded: FoldedGraph): string[] {
  return folded.edges.map((e) =>
    e.edge === null ? '' : `∂ ${formatNumber(graph.edges[e.edge].local)}`,
  );
}

/** A folded graph laid out: its boxes carry their kind and key, its arrows their counts. */
export function layoutFolded(
  graph: ValueGraph,
  folded: FoldedGraph,
): GraphLayout<FoldedGraph['nodes'][number] & { op?: string }, FoldedGraph['edges'][number]> {
  const nodes = folded.nodes.map((box) => ({
    ...box,
    op: box.kind === 'value' ? graph.nodes[box.members[0]].op : undefined,
  }));
  return layoutBoxes(
    { nodes, edges: folded.edges },
    foldedLines(graph, folded),
    foldedLabels(graph, folded),
  );
}
