import type { PlotModule } from '../../lib/heavy-libs.svelte';
import { formatNumber } from '../../../engine/index.ts';

/** How each lane is drawn: a colour from the theme and a dash pattern, so colour is not the only cue. */
export const LANE_STYLES = [
  { stroke: 'var(--nn-negative)', dash: '2 3' },
  { stroke: 'var(--nn-positive)', dash: '7 3' },
  { stroke: 'var(--sl-color-white)', dash: 'none' },
];

/** One lane's line: its points and its index in LANE_STYLES. */
export interface RaceSeries<P> {
  lane: number;
  points: P[];
}

/** The charts' size in SVG units; they scale to their container's width. */
export const RACE_CHART_SIZE = { width: 460, height: 260 };

const base = (document: Document) => ({
  document,
  ...RACE_CHART_SIZE,
  marginLeft: 58,
  marginRight: 14,
  marginTop: 18,
  marginBottom: 40,
  style: { background: 'transparent', fontSize: '13px' },
});

/** The mean training loss of each epoch, one line per lane. */
export function raceEpochChart(
  Plot: PlotModule,
  document: Document,
  series: RaceSeries<{ epoch: number; loss: number }>[],
  epochs: number,
): Element {
  return Plot.plot({
    ...base(document),
    x: { domain: [0, epochs], label: 'epoch', labelAnchor: 'center' },
    y: { type: 'log', label: 'loss (epoch mean)', grid: true, ticks: 4, tickFormat: formatNumber },
    marks: series.flatMap(({ lane, points }) => [
      Plot.line(points, {
        x: 'epoch',
        y: 'loss',
        stroke: LANE_STYLES[lane].stroke,
        strokeDasharray: LANE_STYLES[lane].dash,
        strokeWidth: 2.5,
      }),
      Plot.dot(points.slice(-1), { x: 'epoch', y: 'loss', fill: LANE_STYLES[lane].stroke, r: 3.5 }),
    ]),
  });
}

/** Each update's loss on its own batch, against the update count on a log axis, one line per lane. */
export function raceUpdateChart(
  Plot: PlotModule,
  document: Document,
  series: RaceSeries<{ update: number; loss: number }>[],
  maxUpdates: number,
): Element {
  return Plot.plot({
    ...base(document),
    x: {
      type: 'log',
      domain: [1, Math.max(10, maxUpdates)],
      label: 'update (log scale)',
      labelAnchor: 'center',
      tickFormat: (d: number) => d.toLocaleString('en-US'),
    },
    y: {
      type: 'log',
      label: 'loss on the batch',
      grid: true,
      clamp: true,
      domain: [1e-4, 10],
      tickFormat: formatNumber,
    },
    // Single-example losses are a cloud, drawn as dots; the smoother lanes as lines.
    marks: series.map(({ lane, points }) =>
      lane === 0
        ? Plot.dot(points, {
            x: 'update',
            y: 'loss',
            fill: LANE_STYLES[lane].stroke,
            r: 1.3,
            fillOpacity: 0.7,
          })
        : Plot.line(points, {
            x: 'update',
            y: 'loss',
            stroke: LANE_STYLES[lane].stroke,
            strokeDasharray: LANE_STYLES[lane].dash,
            strokeWidth: 1.8,
          }),
    ),
  });
}

/** The path of the weights (w1, w2) from the shared start, one line per lane. */
export function racePathChart(
  Plot: PlotModule,
  document: Document,
  series: RaceSeries<{ w1: number; w2: number }>[],
): Element {
  const start = series.find((s) => s.points.length)?.points.slice(0, 1) ?? [];
  return Plot.plot({
    ...base(document),
    x: { label: 'weight w1', labelAnchor: 'center', nice: true },
    y: { label: 'weight w2', nice: true, grid: true },
    marks: [
      ...series.map(({ lane, points }) =>
        Plot.line(points, {
          x: 'w1',
          y: 'w2',
          stroke: LANE_STYLES[lane].stroke,
          strokeDasharray: lane === 0 ? 'none' : LANE_STYLES[lane].dash,
          strokeWidth: lane === 0 ? 1 : 2.2,
        }),
      ),
      ...series.map(({ lane, points }) =>
        Plot.dot(points.slice(-1), { x: 'w1', y: 'w2', fill: LANE_STYLES[lane].stroke, r: 4.5 }),
      ),
      Plot.dot(start, { x: 'w1', y: 'w2', r: 5, stroke: 'currentColor', fill: 'none' }),
      Plot.text(start, { x: 'w1', y: 'w2', text: () => 'start', dy: 14, fill: 'currentColor' }),
    ],
  });
}
