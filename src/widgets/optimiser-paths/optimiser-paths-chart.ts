import type { OptimizerName } from '../../../engine/index.ts';
import { lossContour } from '../../lib/charts/loss-contour';
import type { PlotModule } from '../../lib/heavy-libs.svelte';
import { OPTIMISER_COLOURS, RAVINE } from './optimiser-paths';

/** The map's size in SVG units (it scales to its container) and its plot area's margins. */
export const PATHS_CHART = {
  width: 480,
  height: 400,
  marginLeft: 44,
  marginRight: 14,
  marginTop: 14,
  marginBottom: 38,
};

/** What the map shows: the ravine's loss, each optimiser's path so far, and the chosen update. */
export interface PathsChartData {
  grid: { width: number; height: number; values: number[] };
  paths: { optimizer: OptimizerName; points: { w1: number; w2: number }[] }[];
  start: { w1: number; w2: number };
  /** Where the chosen optimiser stands after the chosen step. */
  current: { optimizer: OptimizerName; w1: number; w2: number };
}

/** The ravine as contours, the four paths in their colours, the start and the chosen point. */
export function pathsChart(Plot: PlotModule, document: Document, data: PathsChartData) {
  const points = data.paths.flatMap((p) => p.points.map((q) => ({ ...q, optimizer: p.optimizer })));
  return Plot.plot({
    document,
    ...PATHS_CHART,
    style: { background: 'transparent', fontSize: '13px' },
    // Few ticks and no tick marks: each costs the page elements.
    x: { domain: RAVINE.w1Range, label: 'weight w₁', labelAnchor: 'center', ticks: 5, tickSize: 0 },
    y: { domain: RAVINE.w2Range, label: 'weight w₂', ticks: 5, tickSize: 0 },
    color: { type: 'linear', scheme: 'blues', reverse: true },
    marks: [
      lossContour(Plot, { grid: data.grid, xRange: RAVINE.w1Range, yRange: RAVINE.w2Range }, 14),
      // A halo under all four lines (one per optimiser, z), then each line in its colour with a dot
      // at every update (a marker, drawn from one definition, not an element per dot).
      Plot.line(points, {
        x: 'w1',
        y: 'w2',
        z: 'optimizer',
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 4.5,
        clip: true,
      }),
      ...data.paths.map((p) =>
        Plot.line(p.points, {
          x: 'w1',
          y: 'w2',
          stroke: OPTIMISER_COLOURS[p.optimizer],
          strokeWidth: 2,
          marker: 'dot',
          clip: true,
        }),
      ),
      Plot.dot([data.start], {
        x: 'w1',
        y: 'w2',
        r: 7,
        fill: 'var(--sl-color-bg)',
        stroke: 'currentColor',
        strokeWidth: 2.5,
      }),
      Plot.dot([data.current], {
        x: 'w1',
        y: 'w2',
        r: 6,
        fill: OPTIMISER_COLOURS[data.current.optimizer],
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 2,
        clip: true,
      }),
    ],
  });
}

/**
 * The start (w1, w2) under a pointer at (fx, fy), fractions of the map's drawn width and height
 * from its top left corner, snapped to the sliders' 0.1 grid and kept inside the map.
 */
export function startAtFraction(fx: number, fy: number): { w1: number; w2: number } {
  const c = PATHS_CHART;
  const across = (fx * c.width - c.marginLeft) / (c.width - c.marginLeft - c.marginRight);
  const up = 1 - (fy * c.height - c.marginTop) / (c.height - c.marginTop - c.marginBottom);
  const snap = ([lo, hi]: [number, number], t: number) =>
    // One decimal, so that 0.1 steps read as typed (0.3, not 0.30000000000000004).
    Number((lo + Math.min(Math.max(t, 0), 1) * (hi - lo)).toFixed(1)) || 0;
  return { w1: snap(RAVINE.w1Range, across), w2: snap(RAVINE.w2Range, up) };
}
