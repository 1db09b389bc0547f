import type { PlotModule } from '../heavy-libs.svelte';

/** One named curve of loss against epoch, in its colour. */
export interface LossCurve {
  label: string;
  colour: string;
  /** The loss after epoch 1, 2, ... */
  losses: readonly number[];
}

/** The chart's size in SVG units; it scales to its container's width. */
export const LOSS_CURVES_SIZE = { width: 560, height: 300 };

/** Several loss curves against epochs on one chart, each named at its right end. */
export function lossCurves(Plot: PlotModule, document: Document, curves: readonly LossCurve[]) {
  const ends = labelPlaces(curves);
  return Plot.plot({
    document,
    ...LOSS_CURVES_SIZE,
    marginLeft: 48,
    marginRight: 130,
    marginBottom: 40,
    style: { background: 'transparent', fontSize: '13px' },
    x: { label: 'epoch', labelAnchor: 'center', ticks: 6, tickSize: 0 },
    y: { label: 'training loss', ticks: 5, tickSize: 0, zero: true },
    marks: [
      ...curves.map((c) =>
        Plot.line(c.losses, {
          x: (_: number, i: number) => i + 1,
          y: (v: number) => v,
          stroke: c.colour,
          strokeWidth: 2,
        }),
      ),
      // The names sit past the right end; labels of curves that end close together may touch.
      ...ends.map((e) =>
        Plot.text([e], {
          x: 'x',
          y: 'y',
          text: 'label',
          fill: e.colour,
          textAnchor: 'start',
          dx: 6,
        }),
      ),
    ],
  });
}

/**
 * Where each curve's name goes: at its last point, moved down where needed so that no two names
 * are closer than a fourteenth of the tallest loss (curves that end close together stay readable).
 */
export function labelPlaces(curves: readonly LossCurve[]) {
  const top = Math.max(...curves.flatMap((c) => c.losses));
  const gap = top / 14;
  const ends = curves
    .map((c) => ({ label: c.label, colour: c.colour, x: c.losses.length, y: c.losses.at(-1)! }))
    .sort((a, b) => b.y - a.y);
  for (let i = 1; i < ends.length; i++) ends[i].y = Math.min(ends[i].y, ends[i - 1].y - gap);
  return ends;
}
