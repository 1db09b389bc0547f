import type { PlotModule } from '../heavy-libs.svelte';
import { formatNumber } from '../../../engine/index.ts';
import type { ChartData } from './chart-data';

/** The size of a cell's chart in SVG units; it scales to the cell's width. */
export const NOTEBOOK_CHART_SIZE = { width: 560, height: 260 };

// The bottom margin holds the tick labels and, below them, the x axis's name (Plot's default 30
// puts the name on the labels).
const base = {
  ...NOTEBOOK_CHART_SIZE,
  marginBottom: 40,
  style: { background: 'transparent', fontSize: '12px' },
};

/** The smallest and largest value (a loop: a spread of 100,000 points would overflow the stack). */
function extent(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * Room on the left for the y axis's tick labels, which Plot does not measure: its default (40)
 * cuts off labels such as "0.200" or "-1,000". Plot's ticks are round numbers about a fifth of
 * the range apart, so their widest label has the digits of the range's ends and the decimals of
 * that step; a digit is about 7 units wide at the chart's 12 px.
 */
export function marginForTicks(values: number[]): number {
  const [lo, hi] = extent(values);
  const step = (hi - lo) / 5 || Math.abs(hi) || 1;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const width = (v: number) =>
    v.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: decimals })
      .length;
  return Math.max(40, 14 + 7 * Math.max(width(lo), width(hi)));
}

/** Draws a chart a cell asked for (`plotLoss`, `plot`, `plotBoundary`). */
export function notebookChart(Plot: PlotModule, document: Document, chart: ChartData): Element {
  switch (chart.type) {
    case 'loss':
      return Plot.plot({
        ...base,
        document,
        x: { label: 'epoch', labelAnchor: 'center' },
        y: { label: 'loss', grid: true, zero: true },
        marks: [
          Plot.line(chart.points, {
            x: 'epoch',
            y: 'loss',
            stroke: 'var(--sl-color-accent)',
            strokeWidth: 2,
          }),
        ],
      });
    case 'line':
      return Plot.plot({
        ...base,
        document,
        marginLeft: marginForTicks(chart.points.map((p) => p.y)),
        x: { label: chart.xLabel, labelAnchor: 'center' },
        y: { label: chart.yLabel, grid: true },
        marks: [
          Plot.line(chart.points, {
            x: 'x',
            y: 'y',
            stroke: 'var(--sl-color-accent)',
            strokeWidth: 2,
          }),
          ...(chart.points.length <= 60
            ? [Plot.dot(chart.points, { x: 'x', y: 'y', fill: 'var(--sl-color-accent)', r: 2.5 })]
            : []),
        ],
      });
    case 'boundary':
      return Plot.plot({
        ...base,
        height: NOTEBOOK_CHART_SIZE.width * 0.75,
        document,
        x: { domain: chart.x, label: 'x1', labelAnchor: 'center' },
        y: { domain: chart.y, label: 'x2' },
        color: { type: 'diverging', domain: [0, 1], pivot: 0.5, scheme: 'RdBu', legend: false },
        marks: [
          Plot.contour(chart.values, {
            width: chart.width,
            height: chart.height,
            x1: chart.x[0],
            x2: chart.x[1],
            y1: chart.y[0],
            y2: chart.y[1],
            // The data are the grid's values themselves, so the fill is each value as it is.
            fill: Plot.identity,
            // From 0, so the region below 0.1 is shaded too, not left blank.
            thresholds: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
            fillOpacity: 0.55,
            stroke: 'none',
          }),
          Plot.dot(chart.points, {
            x: 'x',
            y: 'y',
            fill: (p: { label: number }) =>
              p.label >= 0.5 ? 'var(--nn-positive)' : 'var(--nn-negative)',
            // Outlined in the text colour, so a point stays visible on a band of its own colour.
            stroke: 'var(--sl-color-text)',
            strokeWidth: 2,
            r: 6,
          }),
        ],
      });
  }
}

/** One sentence that says what a chart shows, for screen readers and for print. */
export function notebookChartSummary(chart: ChartData): string {
  switch (chart.type) {
    case 'loss': {
      const first = chart.points[0];
      const last = chart.points.at(-1);
      if (!first || !last) return 'A loss chart with no finite values.';
      return `Loss over ${chart.points.length} epochs, from ${first.loss.toPrecision(4)} at epoch ${first.epoch} to ${last.loss.toPrecision(4)} at epoch ${last.epoch}.`;
    }
    case 'line': {
      const [x0, x1] = extent(chart.points.map((p) => p.x));
      const [y0, y1] = extent(chart.points.map((p) => p.y));
      return `A line chart of ${chart.yLabel} against ${chart.xLabel}, ${chart.points.length} points: ${chart.xLabel} from ${formatNumber(x0)} to ${formatNumber(x1)}, ${chart.yLabel} from ${formatNumber(y0)} to ${formatNumber(y1)}.`;
    }
    case 'boundary': {
      const ones = chart.points.filter((p) => p.label >= 0.5).length;
      return `The network's output over the plane, shaded from 0 (red) to 1 (blue), with ${chart.points.length} data points (${ones} labelled 1).`;
    }
  }
}
