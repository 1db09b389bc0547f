import type { PlotModule } from '../../lib/heavy-libs.svelte';

/** What the chart shows: both networks' outputs over x (from the engine) and the collapsed line. */
export interface NonlinearityChartData {
  /** Samples: the linear network's output, the ReLU network's, and W x + b from the product. */
  curve: { x: number; linear: number; relu: number; collapsed: number }[];
  probe: { x: number; linear: number; relu: number };
  domain: readonly [number, number];
}

/** The chart's size in SVG units. */
export const NONLINEARITY_CHART = { width: 360, height: 230 };

/** Draws the two networks' outputs, the collapsed map dashed over the linear one, and the probe x. */
export function nonlinearityChart(
  Plot: PlotModule,
  document: Document,
  data: NonlinearityChartData,
): Element {
  const first = data.curve[0];
  const end = data.curve[data.curve.length - 1];
  // "linear" at the left end and "ReLU" at the right, so the two names do not sit on each other.
  const tag = (text: string, x: number, y: number, fill: string, anchor: 'start' | 'end') =>
    Plot.text([{ x, y }], {
      x: 'x',
      y: 'y',
      text: () => text,
      dy: -12,
      textAnchor: anchor,
      fill,
      fontWeight: 700,
      stroke: 'var(--nn-panel-bg)',
      strokeWidth: 4,
      paintOrder: 'stroke',
    });
  return Plot.plot({
    document,
    ...NONLINEARITY_CHART,
    marginLeft: 36,
    marginRight: 16,
    marginTop: 26,
    marginBottom: 40,
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain: [...data.domain], label: 'input x', labelAnchor: 'center' },
    y: { grid: true, nice: true, label: 'output ŷ' },
    marks: [
      Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.35 }),
      Plot.ruleX([data.probe.x], { stroke: 'var(--nn-live)', strokeDasharray: '4 3' }),
      Plot.line(data.curve, {
        x: 'x',
        y: 'linear',
        stroke: 'var(--nn-positive)',
        strokeWidth: 5,
        strokeOpacity: 0.45,
      }),
      Plot.line(data.curve, {
        x: 'x',
        y: 'collapsed',
        stroke: 'var(--nn-positive)',
        strokeWidth: 1.5,
        strokeDasharray: '5 4',
      }),
      Plot.line(data.curve, { x: 'x', y: 'relu', stroke: 'var(--nn-negative)', strokeWidth: 2.5 }),
      tag('linear', first.x, first.linear, 'var(--nn-positive)', 'start'),
      tag('ReLU', end.x, end.relu, 'var(--nn-negative)', 'end'),
      Plot.dot([{ x: data.probe.x, y: data.probe.linear }], {
        x: 'x',
        y: 'y',
        r: 4.5,
        fill: 'var(--nn-positive)',
        stroke: 'var(--sl-color-bg)',
      }),
      Plot.dot([{ x: data.probe.x, y: data.probe.relu }], {
        x: 'x',
        y: 'y',
        r: 4.5,
        fill: 'var(--nn-negative)',
        stroke: 'var(--sl-color-bg)',
      }),
    ],
  });
}
