/** A chart a cell asked for, as data; the page draws it with Plot. */
export type ChartData =
  | { type: 'loss'; points: { epoch: number; loss: number }[] }
  | { type: 'line'; points: { x: number; y: number }[]; xLabel: string; yLabel: string }
  | {
      type: 'boundary';
      /** The grid's size and extent: `values[j * width + i]` is the output at the centre of cell (i, j), row 0 at y[0]. */
      width: number;
      height: number;
      x: [number, number];
      y: [number, number];
      values: number[];
      points: { x: number; y: number; label: number }[];
    };
