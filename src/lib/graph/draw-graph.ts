import type { ValueGraph } from '../../../engine/index.ts';
import { drawnFold } from './drawn-fold';
import { layoutFolded } from './folded-drawing';
import { layoutGraph } from './graph-layout';
import { graphSvg } from './graph-svg';

/**
 * A value graph drawn as an SVG string: laid out by dagre, then drawn (see graph-svg.ts). A big
 * network's graph is drawn folded into neurons or layers (folded-drawing.ts).
 */
export function drawGraph(graph: ValueGraph): string {
  const fold = drawnFold(graph);
  return graphSvg(fold ? layoutFolded(graph, fold.folded) : layoutGraph(graph));
}
