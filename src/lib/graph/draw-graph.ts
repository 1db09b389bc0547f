import type { ValueGraph } from '../../../engine/index.ts';
import { layoutGraph } from './graph-layout';
import { graphSvg } from './graph-svg';

/** A value graph drawn as an SVG string: laid out by dagre, then drawn (see graph-svg.ts). */
export function drawGraph(graph: ValueGraph): string {
  return graphSvg(layoutGraph(graph));
}
