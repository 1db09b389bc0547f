import type { PlotModule } from '../../lib/heavy-libs.svelte';
import { regionImage } from '../../lib/charts/region-image';
import { OVERFIT_LAB } from './overfit-lab';

/** The two curves: a theme colour and a dash pattern each, so colour is not the only cue. */
export const CURVE_LINE = {
  train: { stroke: 'var(--nn-positive)', dash: 'none' },
  validation: { stroke: 'var(--nn-negative)', dash: '7 3' },
} as const;

/** The loss chart's size in SVG units (it scales to its container) and its plot area's margins. */
export const LOSS_CHART = {
  width: 460,
  height: 230,
  marginLeft: 44,
  marginRight: 16,
  marginTop: 20,
  marginBottom: 40,
};

/** What the loss chart shows. */
export interface LossChartData {
  /** Every k-th epoch's training and validation loss. */
  points: { epoch: number; train: number; validation: number }[];
  epochs: number;
  /** The epoch looked at. */
  epoch: number;
  /** Where the engine's early stopping stopped, and the best epoch it went back to. */
  stoppedAt: number;
  bestEpoch: number;
  /** The top of the loss axis. */
  top: number;
}

/** Training and validation loss against epochs, the epoch looked at, early stopping's two epochs. */
export function lossChart(Plot: PlotModule, document: Document, data: LossChartData) {
  return Plot.plot({
    document,
    ...LOSS_CHART,
    style: { background: 'transparent', fontSize: '13px' },
    x: { domain: [0, data.epochs], label: 'epoch', labelAnchor: 'center' },
    y: { domain: [0, data.top], label: 'loss', grid: true, ticks: 5 },
    marks: [
      // Early stopping: the epoch it kept (solid) and the epoch it gave up at (dotted).
      Plot.ruleX([data.bestEpoch], { stroke: 'var(--nn-live)', strokeWidth: 2 }),
      Plot.ruleX([data.stoppedAt], {
        stroke: 'var(--nn-live)',
        strokeDasharray: '2 3',
        strokeWidth: 2,
      }),
      Plot.ruleX([data.epoch], { stroke: 'currentColor', strokeOpacity: 0.7 }),
      ...(['train', 'validation'] as const).map((set) =>
        Plot.line(data.points, {
          x: 'epoch',
          y: set,
          stroke: CURVE_LINE[set].stroke,
          strokeDasharray: CURVE_LINE[set].dash,
          strokeWidth: 2.5,
          clip: true,
        }),
      ),
    ],
  });
}

/** The epoch under a pointer at `fraction` of the loss chart's drawn width. */
export function epochAtFraction(fraction: number, epochs: number): number {
  const { width, marginLeft, marginRight } = LOSS_CHART;
  const t = (fraction * width - marginLeft) / (width - marginLeft - marginRight);
  return Math.round(Math.min(Math.max(t, 0), 1) * epochs);
}

/** The boundary map's size in SVG units and margins. */
export const MAP_CHART = {
  width: 360,
  height: 300,
  marginLeft: 36,
  marginRight: 12,
  marginTop: 24,
  marginBottom: 34,
};

/** What the map shows: the output on the grid, the examples, and the one looked at. */
export interface MapChartData {
  /** OVERFIT_LAB.map's grid, row by row from the top. */
  grid: number[];
  train: { x1: number; x2: number; y: number }[];
  validation: { x1: number; x2: number; y: number }[];
  chosen: { x1: number; x2: number };
}

/**
 * The output over the plane as one `<image>`: blue where the network says 1, orange where it says
 * 0, stronger the surer it is; the boundary is where the colours meet. Training points are filled,
 * validation points hollow rings, so the reader sees which ones the boundary bends for.
 */
export function mapChart(Plot: PlotModule, document: Document, data: MapChartData) {
  const { x, y, nx } = OVERFIT_LAB.map;
  return Plot.plot({
    document,
    ...MAP_CHART,
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain: x, label: 'x₁', labelAnchor: 'center' },
    y: { domain: y, label: 'x₂' },
    marks: [
      regionImage(document, { outputs: data.grid, columns: nx, x, y, gain: 1.2 }),
      Plot.dot(data.validation, {
        x: 'x1',
        y: 'x2',
        r: 3,
        stroke: (p: { y: number }) => classColour(p.y),
        strokeWidth: 1.6,
        fill: 'none',
      }),
      Plot.dot(data.train, {
        x: 'x1',
        y: 'x2',
        r: 4.5,
        fill: (p: { y: number }) => classColour(p.y),
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 1.2,
      }),
      Plot.dot([data.chosen], {
        x: 'x1',
        y: 'x2',
        r: 9,
        stroke: 'currentColor',
        strokeWidth: 2,
        fill: 'none',
      }),
    ],
  });
}

/** A point's colour by its class, from the theme: it must read on the map in light and dark. */
function classColour(y: number): string {
  return y === 1 ? 'var(--nn-class-one)' : 'var(--nn-class-zero)';
}

/** The point (x1, x2) under a pointer at (fx, fy), fractions of the map's drawn size from its top left. */
export function pointAtFraction(fx: number, fy: number): { x1: number; x2: number } {
  const c = MAP_CHART;
  const { x, y } = OVERFIT_LAB.map;
  const across = (fx * c.width - c.marginLeft) / (c.width - c.marginLeft - c.marginRight);
  const up = 1 - (fy * c.height - c.marginTop) / (c.height - c.marginTop - c.marginBottom);
  // Weighted as (1 - t) a + t b, so the edges come out exactly as the extent's ends.
  const along = ([a, b]: [number, number], t: number) => {
    const c = Math.min(Math.max(t, 0), 1);
    return (1 - c) * a + c * b;
  };
  return { x1: along(x, across), x2: along(y, up) };
}
