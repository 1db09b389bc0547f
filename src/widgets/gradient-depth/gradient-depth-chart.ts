import type { PlotModule } from '../../lib/heavy-libs.svelte';

/** The chart's size in SVG units (it scales to its container) and its plot area's margins. */
export const DEPTH_CHART = {
  width: 460,
  height: 240,
  marginLeft: 56,
  marginRight: 16,
  marginTop: 20,
  marginBottom: 40,
};

/** What the chart shows: per layer, the size of its weights' gradient; and the layer looked at. */
export interface DepthChartData {
  points: { layer: number; rms: number }[];
  layer: number;
}

/** Gradient size against layer on a log scale: a straight slope down is a constant factor a layer. */
export function depthChart(Plot: PlotModule, document: Document, data: DepthChartData) {
  const layers = data.points.length;
  const chosen = data.points.filter((p) => p.layer === data.layer);
  // The axis spans at least two powers of ten, so a flat profile looks flat, not noisy.
  const values = data.points.map((p) => p.rms).filter((v) => v > 0);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const mid = Math.sqrt(lo * hi);
  const domain = hi / lo < 100 ? [mid / 10, mid * 10] : [lo / 2, hi * 2];
  return Plot.plot({
    document,
    ...DEPTH_CHART,
    style: { background: 'transparent', fontSize: '13px' },
    x: {
      domain: [0.5, layers + 0.5],
      ticks: data.points.map((p) => p.layer),
      tickFormat: (l: number) => (l === layers ? 'out' : String(l)),
      label: 'layer (input side on the left)',
      labelAnchor: 'center',
    },
    y: {
      type: 'log',
      domain,
      label: 'gradient size (RMS)',
      grid: true,
      ticks: 4,
      // Powers of ten only, written 1e-6 rather than Plot's SI prefix (1µ), as the readout writes them.
      tickFormat: (d: number) => (isPowerOfTen(d) ? d.toExponential(0) : ''),
    },
    marks: [
      Plot.ruleX(chosen, { x: 'layer', stroke: 'currentColor', strokeOpacity: 0.5 }),
      Plot.line(data.points, { x: 'layer', y: 'rms', stroke: 'var(--nn-live)', strokeWidth: 2 }),
      Plot.dot(data.points, { x: 'layer', y: 'rms', r: 3.5, fill: 'var(--nn-live)' }),
      Plot.dot(chosen, {
        x: 'layer',
        y: 'rms',
        r: 7,
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 2,
      }),
    ],
  });
}

/** True for 1, 10, 0.01...: the log axis labels only these, its other ticks stay unlabelled. */
export function isPowerOfTen(d: number): boolean {
  const exponent = Math.log10(d);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

/** The layer under a pointer at `fraction` of the chart's drawn width. */
export function layerAtFraction(fraction: number, layers: number): number {
  const { width, marginLeft, marginRight } = DEPTH_CHART;
  const t = (fraction * width - marginLeft) / (width - marginLeft - marginRight);
  return Math.min(Math.max(Math.round(t * layers + 0.5), 1), layers);
}
