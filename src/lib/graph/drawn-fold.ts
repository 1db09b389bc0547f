import type { ValueGraph } from '../../../engine/index.ts';
import { canFold, foldGraph, type Fold, type FoldedGraph } from './group-graph';
import { graphHead, graphSummary } from './graph-text';

/**
 * How a big graph is drawn when nobody can click it open (a cell's saved output, Jupyter): folded
 * into one box per neuron, or per layer when even the neurons' arrows are too many to lay out
 * quickly. The thresholds keep a lesson's small graphs (dozens of values) drawn in full.
 */

/** Graphs with more values than this are drawn folded, if they hold a network's neurons. */
export const FOLD_ABOVE = 60;
/**
 * Neuron boxes are joined into layers when their arrows would be more than this: two dense layers
 * of 16 neurons already make 256 arrows between them, and laying out that many takes dagre
 * several times the 100 ms a drawing may take, while a network's layers lay out in a few ms.
 */
const MAX_NEURON_ARROWS = 120;

/** How `graph` is folded when drawn, or null when it is drawn in full. */
export function drawnFold(graph: ValueGraph): { fold: Fold; folded: FoldedGraph } | null {
  if (graph.nodes.length <= FOLD_ABOVE || !canFold(graph)) return null;
  const neurons = foldGraph(graph, 'neurons');
  if (neurons.edges.length <= MAX_NEURON_ARROWS) return { fold: 'neurons', folded: neurons };
  return { fold: 'layers', folded: foldGraph(graph, 'layers') };
}

/** The drawing's caption: graph-text.ts's summary, saying how the graph is folded if it is. */
export function drawnSummary(graph: ValueGraph): string {
  const drawn = drawnFold(graph);
  if (!drawn) return graphSummary(graph);
  const boxes = drawn.folded.nodes.filter((b) => b.kind === drawn.fold.slice(0, -1)).length;
  const what =
    drawn.fold === 'neurons'
      ? `each of its ${boxes} neurons folded into one box that shows the neuron's output, its value and its gradient`
      : `each of its ${boxes} layers folded into one box, as its neurons are too many to draw one by one`;
  return `${graphHead(graph)}; drawn with ${what}. An arrow between boxes stands for every edge between them; the other boxes show a value and its gradient, and their arrows the local derivative.`;
}
