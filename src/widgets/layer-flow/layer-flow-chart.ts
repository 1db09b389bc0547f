import type { PlotModule } from '../../lib/heavy-libs.svelte';
import { formatNumber } from '../../../engine/index.ts';

/** What the layer-flow chart shows: the labelled training points and the point being classified. */
export interface LayerFlowChartData {
  points: { x1: number; x2: number; label: number }[];
  x1: number;
  x2: number;
  /** The network's output for (x1, x2), from the engine. */
  output: number;
}

/** The chart's size in SVG units; it scales to its container's width. */
export const LAYER_FLOW_CHART_SIZE = { width: 300, height: 300 };

/** Draws the training points (label 1 filled, label 0 hollow) and the reader's point on top. */
export function layerFlowChart(
  Plot: PlotModule,
  document: Document,
  data: LayerFlowChartData,
): Element {
  const here = [{ x1: data.x1, x2: data.x2 }];
  return Plot.plot({
    document,
    ...LAYER_FLOW_CHART_SIZE,
    marginLeft: 38,
    marginBottom: 36,
    marginTop: 14,
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain: [-1.5, 1.5], label: 'x₁', labelAnchor: 'center' },
    y: { domain: [-1.5, 1.5], label: 'x₂', labelAnchor: 'center' },
    marks: [
      Plot.frame({ strokeOpacity: 0.25 }),
      Plot.dot(
        data.points.filter((p) => p.label === 0),
        { x: 'x1', y: 'x2', r: 2.6, stroke: 'var(--nn-negative)', strokeWidth: 1.2 },
      ),
      Plot.dot(
        data.points.filter((p) => p.label === 1),
        { x: 'x1', y: 'x2', r: 2.6, fill: 'var(--nn-positive)' },
      ),
      Plot.dot(here, { x: 'x1', y: 'x2', r: 8, stroke: 'var(--nn-live)', strokeWidth: 3 }),
      Plot.text(here, {
        x: 'x1',
        y: 'x2',
        text: () => `ŷ = ${formatNumber(data.output)}`,
        dy: -16,
        fill: 'var(--nn-live)',
        fontWeight: 700,
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
    ],
  });
}
