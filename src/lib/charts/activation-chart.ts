import type { PlotModule } from '../heavy-libs.svelte';
import { formatNumber } from '../../../engine/index.ts';

/** What the activation chart shows: the curve's points, the current point, and the axis range. */
export interface ActivationChartData {
  /** Points (z, f(z)) of the curve, computed by the engine. */
  curve: { z: number; a: number }[];
  z: number;
  a: number;
  domain: [number, number];
  /** Plain-text name of the activation for the y axis: `sigmoid`. */
  name: string;
}

/** The chart's size in SVG units; it scales to its container's width. */
export const ACTIVATION_CHART_SIZE = { width: 420, height: 230 };

/**
 * Draws an activation's curve with the current (z, a) marked. Takes Plot and a document as
 * arguments so that the same code draws in the browser and, at build time, into the page's HTML.
 */
export function activationChart(
  Plot: PlotModule,
  document: Document,
  { curve, z, a, domain, name }: ActivationChartData,
): Element {
  const point = [{ z, a }];
  const chart = Plot.plot({
    document,
    ...ACTIVATION_CHART_SIZE,
    marginLeft: 40,
    marginTop: 28,
    marginBottom: 40,
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain, label: 'weighted sum z', labelAnchor: 'center' },
    y: { label: `a = ${name}(z)`, grid: true, nice: true },
    marks: [
      Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.35 }),
      Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.35 }),
      Plot.line(curve, { x: 'z', y: 'a', stroke: 'var(--sl-color-accent)', strokeWidth: 2.5 }),
      Plot.ruleX([z], { stroke: 'var(--nn-live)', strokeDasharray: '4 3' }),
      Plot.dot(point, {
        x: 'z',
        y: 'a',
        r: 5.5,
        fill: 'var(--nn-live)',
        stroke: 'var(--sl-color-bg)',
      }),
      Plot.text(point, {
        x: 'z',
        y: 'a',
        text: () => `(${formatNumber(z)}, ${formatNumber(a)})`,
        dy: -14,
        fill: 'var(--nn-live)',
        fontWeight: 700,
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
    ],
  });
  return chart;
}
