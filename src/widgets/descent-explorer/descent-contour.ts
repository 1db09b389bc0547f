import { lossContour } from '../../lib/charts/loss-contour';
import type { PlotModule } from '../../lib/heavy-libs.svelte';

/** A point (w, b) of the ball's path. */
export interface ContourPoint {
  w: number;
  b: number;
}

/** What the contour chart shows. */
export interface DescentContourData {
  /** Loss values on a grid, row by row from (wRange[0], bRange[0]), computed by the engine. */
  grid: { width: number; height: number; values: number[] };
  wRange: [number, number];
  bRange: [number, number];
  /** Where the ball has been, oldest first, its current place last. */
  path: ContourPoint[];
}

/** The chart's size in SVG units; it scales to its container's width. */
export const DESCENT_CONTOUR_SIZE = { width: 520, height: 400 };
export const DESCENT_CONTOUR_MARGINS = {
  marginLeft: 52,
  marginRight: 16,
  marginTop: 16,
  marginBottom: 40,
};

/**
 * The loss over (w, b) as a contour map (darker is lower), with the ball's path drawn over it.
 */
export function descentContour(
  Plot: PlotModule,
  document: Document,
  data: DescentContourData,
): Element {
  const steps = data.path
    .slice(0, -1)
    .map((p, i) => ({ x1: p.w, y1: p.b, x2: data.path[i + 1].w, y2: data.path[i + 1].b }));
  return Plot.plot({
    document,
    ...DESCENT_CONTOUR_SIZE,
    ...DESCENT_CONTOUR_MARGINS,
    style: { background: 'transparent', fontSize: '14px' },
    // Fewer ticks than Plot's default: each costs the page two elements, and six per axis read well.
    x: { domain: data.wRange, label: 'weight w', labelAnchor: 'center', ticks: 6 },
    y: { domain: data.bRange, label: 'bias b', ticks: 6 },
    color: { type: 'linear', scheme: 'blues', reverse: true },
    marks: [
      lossContour(Plot, { grid: data.grid, xRange: data.wRange, yRange: data.bRange }),
      // A halo in the page's colour keeps the path visible on the darkest contours.
      Plot.arrow(steps, {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 4.5,
        headLength: 6,
        inset: 3,
      }),
      Plot.arrow(steps, {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke: 'var(--nn-live)',
        strokeWidth: 2,
        headLength: 6,
        inset: 3,
      }),
      Plot.dot(data.path.slice(0, -1), {
        x: 'w',
        y: 'b',
        r: 2.5,
        fill: 'var(--nn-live)',
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 1,
      }),
      Plot.dot(data.path.slice(-1), {
        x: 'w',
        y: 'b',
        r: 8,
        fill: 'var(--nn-live)',
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 2,
      }),
    ],
  });
}
