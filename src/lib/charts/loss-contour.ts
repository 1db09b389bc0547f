import type { PlotModule } from '../heavy-libs.svelte';

/** A loss sampled on a grid, row by row from (xRange[0], yRange[0]), with the ranges it covers. */
export interface LossGrid {
  grid: { width: number; height: number; values: number[] };
  xRange: [number, number];
  yRange: [number, number];
}

/**
 * Filled contours of a loss over two parameters (darker is lower), the mark the descent explorer
 * and the optimiser paths draw their paths over.
 */
export function lossContour(Plot: PlotModule, data: LossGrid, thresholds = 16) {
  const { width, height, values } = data.grid;
  return Plot.contour(values, {
    width,
    height,
    x1: data.xRange[0],
    x2: data.xRange[1],
    y1: data.yRange[0],
    y2: data.yRange[1],
    // Dense grid data are plain numbers: each one is its own value.
    value: (v: number) => v,
    fill: 'value',
    // Contour polygons are nested (each covers everything above its level): they must be
    // opaque, or the layers add up and the lowest valley looks paler than its rim.
    fillOpacity: 1,
    stroke: 'currentColor',
    strokeOpacity: 0.35,
    thresholds,
  });
}
