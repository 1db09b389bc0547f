import type { Markish } from '@observablehq/plot';
import type { PlotModule } from '../../lib/heavy-libs.svelte';
import type { Box, HalfPlane, Point } from '../../lib/half-plane';
import type { RegionCell } from './xor-views';
import { regionImage } from '../../lib/charts/region-image';

/** A point to mark: where it sits in the chart, its input's name, and the target. */
export interface XorPoint {
  x: number;
  y: number;
  name: string;
  target: number;
}

/** The size of each XOR chart in SVG units; it scales to its container's width. */
export const XOR_CHART_SIZE = { width: 320, height: 320 };

/** The hidden neurons' activations (layer 1 in the course's notation), as plain text. */
export const HIDDEN_ACTIVATIONS = ['a⁽¹⁾₁', 'a⁽¹⁾₂'] as const;

const xy = { x: (p: Point) => p[0], y: (p: Point) => p[1] };

/** Axes, frame and the four points, shared by both charts. */
/**
 * One label per place: points closer than 12% of the view (the hidden layer often sends two inputs
 * to nearly the same spot) share a label listing both, instead of printing over each other.
 */
function labels(points: XorPoint[], box: Box): XorPoint[] {
  const near = (a: XorPoint, b: XorPoint) =>
    Math.hypot((a.x - b.x) / (box.x1 - box.x0), (a.y - b.y) / (box.y1 - box.y0)) < 0.12;
  const groups: XorPoint[][] = [];
  for (const p of points) {
    const group = groups.find((g) => near(g[0], p));
    if (group) group.push(p);
    else groups.push([p]);
  }
  return groups.map((g) => ({ ...g[0], name: g.map((p) => p.name).join('\n') }));
}

function frame(
  Plot: PlotModule,
  document: Document,
  box: Box,
  axes: [string, string],
  marks: Markish[],
  points: XorPoint[],
) {
  return Plot.plot({
    document,
    ...XOR_CHART_SIZE,
    marginLeft: 58,
    marginBottom: 40,
    marginTop: 12,
    marginRight: 12,
    style: { background: 'transparent', fontSize: '13px' },
    x: {
      domain: [box.x0, box.x1],
      label: axes[0],
      labelAnchor: 'center',
      labelArrow: 'none',
      ticks: 5,
    },
    y: {
      domain: [box.y0, box.y1],
      label: axes[1],
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 50,
      ticks: 5,
    },
    marks: [
      ...marks,
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        r: 11,
        fill: (p: XorPoint) => (p.target === 1 ? 'var(--sl-color-white)' : 'var(--sl-color-bg)'),
        stroke: 'var(--sl-color-white)',
        strokeWidth: 2,
      }),
      Plot.text(points, {
        x: 'x',
        y: 'y',
        text: (p: XorPoint) => String(p.target),
        fill: (p: XorPoint) => (p.target === 1 ? 'var(--sl-color-black)' : 'var(--sl-color-white)'),
        fontWeight: 700,
      }),
      // Names go below points in the upper half and above points in the lower half, so that
      // they stay inside the frame.
      ...([true, false] as const).map((upper) =>
        Plot.text(
          labels(points, box).filter((p) => p.y >= (box.y0 + box.y1) / 2 === upper),
          {
            x: 'x',
            y: 'y',
            text: 'name',
            dy: upper ? 20 : -20,
            lineAnchor: upper ? 'top' : 'bottom',
            fill: 'var(--sl-color-white)',
            stroke: 'var(--nn-panel-bg)',
            strokeWidth: 4,
            paintOrder: 'stroke',
            fontSize: 11,
          },
        ),
      ),
    ],
  });
}

/** Names a line near its upper end, a little inside the frame, on the side facing the middle. */
function lineLabel(Plot: PlotModule, [a, b]: [Point, Point], name: string, box: Box) {
  const [top, other] = a[1] >= b[1] ? [a, b] : [b, a];
  const at: Point = [top[0] + 0.12 * (other[0] - top[0]), top[1] + 0.12 * (other[1] - top[1])];
  const left = at[0] < (box.x0 + box.x1) / 2;
  return Plot.text([at], {
    ...xy,
    text: () => name,
    dx: left ? 8 : -8,
    textAnchor: left ? 'start' : 'end',
    fontWeight: 700,
    fill: 'currentColor',
    stroke: 'var(--nn-panel-bg)',
    strokeWidth: 4,
    paintOrder: 'stroke',
  });
}

/** The input plane: the network's output as a heatmap, the hidden neurons' lines, the four inputs. */
export function xorInputChart(
  Plot: PlotModule,
  document: Document,
  data: { cells: RegionCell[]; lines: HalfPlane[]; points: XorPoint[]; box: Box },
): Element {
  const lines = data.lines.flatMap((l, i) =>
    l.boundary
      ? [
          Plot.line(l.boundary, {
            ...xy,
            stroke: 'currentColor',
            strokeWidth: 2,
            strokeDasharray: '6 4',
          }),
          lineLabel(Plot, l.boundary, HIDDEN_ACTIVATIONS[i], data.box),
        ]
      : [],
  );
  return frame(
    Plot,
    document,
    data.box,
    ['x₁', 'x₂'],
    [region(document, data.cells, data.box), ...lines],
    data.points,
  );
}

/**
 * The output over the input plane (see region-image.ts): blue where the output is above 0.5,
 * orange below, stronger the further from 0.5; the colour says which class, the strength how sure.
 * The figure's caption says what it shows.
 */
function region(document: Document, cells: RegionCell[], box: Box): Markish {
  const size = Math.round(Math.sqrt(cells.length));
  const outputs = new Float64Array(size * size);
  for (const c of cells) {
    const column = Math.round(((c.x1 - box.x0) / (box.x1 - box.x0)) * size);
    const row = size - 1 - Math.round(((c.y1 - box.y0) / (box.y1 - box.y0)) * size);
    outputs[row * size + column] = c.value;
  }
  return regionImage(document, {
    outputs,
    columns: size,
    x: [box.x0, box.x1],
    y: [box.y0, box.y1],
    gain: 1.5,
  });
}

/**
 * The hidden space: the four inputs at their hidden activations, and the output neuron's line and
 * its "1" side.
 */
export function xorHiddenChart(
  Plot: PlotModule,
  document: Document,
  data: { plane: HalfPlane; points: XorPoint[]; box: Box },
): Element {
  const marks = [
    Plot.line(data.plane.region, {
      ...xy,
      fill: 'var(--nn-region-one)',
      fillOpacity: 0.22,
      stroke: 'none',
    }),
    data.plane.boundary
      ? Plot.line(data.plane.boundary, { ...xy, stroke: 'var(--sl-color-accent)', strokeWidth: 3 })
      : null,
  ];
  return frame(Plot, document, data.box, [...HIDDEN_ACTIVATIONS], marks, data.points);
}
