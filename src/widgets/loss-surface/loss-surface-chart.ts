import type { PlotModule } from '../../lib/heavy-libs.svelte';
import { LOSS_SURFACE } from './loss-surface';

/** The map's size in SVG units (it scales to its container) and its plot area's margins. */
export const SURFACE_CHART = {
  width: 300,
  height: 280,
  marginLeft: 40,
  marginRight: 12,
  marginTop: 20,
  marginBottom: 36,
};

/** What one map shows: the loss on a grid, the point looked at, and descent's path from it. */
export interface SurfaceChartData {
  grid: { width: number; height: number; values: number[] };
  range: [number, number];
  point: { w: number; b: number };
  path: { w: number; b: number }[];
}

/** One loss over (w, b) as filled contours (darker is lower), the point, and the descent path. */
export function surfaceChart(Plot: PlotModule, document: Document, data: SurfaceChartData) {
  const [lo, hi] = data.range;
  const { width, height, values } = data.grid;
  const end = data.path.at(-1)!;
  return Plot.plot({
    document,
    ...SURFACE_CHART,
    style: { background: 'transparent', fontSize: '12px' },
    // No tick marks: the labels say where the values are, with fewer elements.
    x: { domain: data.range, label: 'weight w', labelAnchor: 'center', tickSize: 0 },
    y: { domain: data.range, label: 'bias b', ticks: 5, tickSize: 0 },
    color: { type: 'linear', scheme: 'blues', reverse: true },
    marks: [
      Plot.contour(values, {
        width,
        height,
        x1: lo,
        x2: hi,
        y1: lo,
        y2: hi,
        value: (v: number) => v,
        fill: 'value',
        // Nested contour polygons must be opaque, or the layers add up (see descent-contour.ts).
        fillOpacity: 1,
        stroke: 'currentColor',
        strokeOpacity: 0.3,
        thresholds: 14,
      }),
      // A halo in the page's colour keeps the path visible on the darkest contours.
      Plot.line(data.path, {
        x: 'w',
        y: 'b',
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 5,
        clip: true,
      }),
      Plot.line(data.path, {
        x: 'w',
        y: 'b',
        stroke: 'var(--nn-live)',
        strokeWidth: 2.5,
        clip: true,
      }),
      Plot.dot([end], {
        x: 'w',
        y: 'b',
        clip: true,
        r: 4,
        fill: 'var(--sl-color-bg)',
        stroke: 'var(--nn-live)',
        strokeWidth: 2,
      }),
      Plot.dot([data.point], {
        x: 'w',
        y: 'b',
        r: 7,
        fill: 'var(--nn-live)',
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 2,
      }),
    ],
  });
}

/**
 * The point (w, b) under a pointer at (fx, fy), fractions of the map's drawn width and height from
 * its top left corner, on the sliders' grid of steps and inside the range.
 */
export function pointAtFraction(fx: number, fy: number): { w: number; b: number } {
  const c = SURFACE_CHART;
  const { min, max, step } = LOSS_SURFACE.range;
  const across = (fx * c.width - c.marginLeft) / (c.width - c.marginLeft - c.marginRight);
  const up = 1 - (fy * c.height - c.marginTop) / (c.height - c.marginTop - c.marginBottom);
  const snap = (t: number) => {
    const value = min + Math.min(Math.max(t, 0), 1) * (max - min);
    // Rounded to the step, and to one decimal so that 0.1 steps read as typed (0.3, not 0.30000000000000004).
    return Number((Math.round(value / step) * step).toFixed(1)) || 0;
  };
  return { w: snap(across), b: snap(up) };
}
