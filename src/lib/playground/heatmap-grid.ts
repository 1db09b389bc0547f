import type { Network } from '../../../engine/index.ts';
import { DOMAIN } from './data';
import { featurizeInto, type FeatureName } from './features';

/** The heat maps' grids: their sizes, cell coordinates and per-frame buffers. */

/** Output heat map resolution: GRID x GRID predictions a frame. */
export const GRID = 64;
/** Per-neuron heat map resolution. */
export const NEURON_GRID = 20;

/** The plane coordinate of grid cell c (row or column) of a size x size grid; rows run top (x2 = +1.5) down. */
export const cellCenter = (c: number, size: number) => -DOMAIN + ((c + 0.5) * 2 * DOMAIN) / size;

/** Buffers reused every frame, so drawing allocates nothing per pixel. */
export interface GridScratch {
  input: Float64Array;
  out: Float64Array;
  /** The output at every cell, row by row, as the colour scale reads it (2p - 1 for a probability; the winning class for three). */
  values: Float64Array;
}

/** Fresh buffers for a size x size grid and a network with `outputs` outputs. */
export function createScratch(size = GRID, outputs = 1): GridScratch {
  return {
    input: new Float64Array(7),
    out: new Float64Array(outputs),
    values: new Float64Array(size * size),
  };
}

/**
 * Predicts every cell of a size x size grid, row by row from the top, and hands `visit` each
 * cell's index with the output. `input` and `out` are reused for every cell, so the walk allocates
 * nothing per cell: it runs for thousands of cells every animation frame while training.
 */
export function forEachPrediction(
  net: Network,
  features: readonly FeatureName[],
  input: Float64Array,
  out: Float64Array,
  size: number,
  visit: (cell: number, out: Float64Array) => void,
): void {
  for (let r = 0; r < size; r++) {
    const x2 = -cellCenter(r, size);
    for (let c = 0; c < size; c++) {
      featurizeInto(features, cellCenter(c, size), x2, input);
      net.predictInto(input, out);
      visit(r * size + c, out);
    }
  }
}
