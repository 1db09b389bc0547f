import type { PlotModule } from '../../lib/heavy-libs.svelte';

/** A point (w, L) of the loss curve or of the ball's path. */
export interface CurvePoint {
  w: number;
  loss: number;
}

/** What the loss-curve chart shows. */
export interface DescentCurveData {
  /** The loss over the plotted range of w, computed by the engine. */
  curve: CurvePoint[];
  /** Where the ball has been, oldest first, its current place last. */
  path: CurvePoint[];
  wRange: [number, number];
  /** The top of the loss axis: a runaway ball is drawn at the edge, not off the page. */
  lossMax: number;
}

/** The chart's size in SVG units; it scales to its container's width. */
export const DESCENT_CURVE_SIZE = { width: 520, height: 300 };
export const DESCENT_CURVE_MARGINS = {
  marginLeft: 52,
  marginRight: 16,
  marginTop: 16,
  marginBottom: 40,
};

/**
 * The loss L(w) as a curve with the ball's path on it: each step a segment from one w to the
 * next. Segments beyond the plotted range are cut at the frame, and a ball that has left it is
 * pinned to the edge and drawn hollow, so a diverging run shows where it went instead of vanishing.
 */
export function descentCurve(
  Plot: PlotModule,
  document: Document,
  data: DescentCurveData,
): Element {
  const [lo, hi] = data.wRange;
  const inside = (p: CurvePoint) => p.w >= lo && p.w <= hi && p.loss <= data.lossMax;
  const now = data.path[data.path.length - 1];
  // A ball that has left the chart is pinned to its edge and drawn hollow.
  const ball = [
    {
      w: Math.min(hi, Math.max(lo, now.w)),
      loss: Math.min(data.lossMax, now.loss),
      out: !inside(now),
    },
  ];
  const steps = data.path
    .slice(0, -1)
    .map((p, i) => ({ x1: p.w, y1: p.loss, x2: data.path[i + 1].w, y2: data.path[i + 1].loss }));
  return Plot.plot({
    document,
    ...DESCENT_CURVE_SIZE,
    ...DESCENT_CURVE_MARGINS,
    style: { background: 'transparent', fontSize: '14px' },
    x: { domain: data.wRange, label: 'weight w', labelAnchor: 'center' },
    // Six grid lines are enough to read a loss from; each tick costs the page three elements.
    y: { domain: [0, data.lossMax], label: 'loss L(w)', grid: true, ticks: 6 },
    marks: [
      Plot.line(data.curve, {
        x: 'w',
        y: 'loss',
        stroke: 'var(--sl-color-accent)',
        strokeWidth: 2.5,
      }),
      Plot.arrow(steps, {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke: 'var(--nn-live)',
        strokeOpacity: 0.7,
        headLength: 6,
        inset: 4,
        // Segments that run off the chart are cut at its frame, not squashed onto it.
        clip: true,
      }),
      Plot.dot(data.path.slice(0, -1).filter(inside), {
        x: 'w',
        y: 'loss',
        r: 3,
        fill: 'var(--nn-live)',
        fillOpacity: 0.6,
      }),
      Plot.dot(ball, {
        x: 'w',
        y: 'loss',
        r: 8,
        fill: (p: { out: boolean }) => (p.out ? 'var(--sl-color-bg)' : 'var(--nn-live)'),
        stroke: 'var(--nn-live)',
        strokeWidth: 2.5,
      }),
    ],
  });
}
