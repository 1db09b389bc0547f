import type { PlotModule } from '../../lib/heavy-libs.svelte';
import type { Box, HalfPlane } from '../../lib/half-plane';

/** One corner of the unit square: its inputs, the gate's target and the neuron's output. */
export interface GatePoint {
  x1: number;
  x2: number;
  target: number;
  output: number;
}

/** What the gate plane shows: the four points and the neuron's half-plane inside the view box. */
export interface GatePlaneData {
  points: GatePoint[];
  plane: HalfPlane;
  box: Box;
}

/** The chart's size in SVG units; it scales to its container's width. */
export const GATE_PLANE_SIZE = { width: 340, height: 340 };

/**
 * Draws the input plane: the region where the neuron outputs 1 shaded, the decision line on its
 * edge, and the four inputs, filled when the gate wants 1, hollow when it wants 0, ringed in the
 * negative colour when the neuron gets them wrong.
 */
export function gatePlaneChart(Plot: PlotModule, document: Document, data: GatePlaneData): Element {
  const { points, plane, box } = data;
  const wrong = points.filter((p) => p.output !== p.target);
  return Plot.plot({
    document,
    ...GATE_PLANE_SIZE,
    marginLeft: 58,
    marginBottom: 40,
    marginTop: 12,
    marginRight: 12,
    style: { background: 'transparent', fontSize: '13px' },
    x: {
      domain: [box.x0, box.x1],
      label: 'x₁',
      labelAnchor: 'center',
      labelArrow: 'none',
      ticks: [0, 0.5, 1],
    },
    y: {
      domain: [box.y0, box.y1],
      label: 'x₂',
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 50,
      ticks: [0, 0.5, 1],
    },
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
      Plot.gridX([0, 1], { strokeOpacity: 0.12 }),
      Plot.gridY([0, 1], { strokeOpacity: 0.12 }),
      Plot.line(plane.region, {
        x: (p: number[]) => p[0],
        y: (p: number[]) => p[1],
        fill: 'var(--sl-color-accent)',
        fillOpacity: 0.2,
        stroke: 'none',
      }),
      plane.boundary
        ? Plot.line(plane.boundary, {
            x: (p: number[]) => p[0],
            y: (p: number[]) => p[1],
            stroke: 'var(--sl-color-accent)',
            strokeWidth: 3,
          })
        : null,
      Plot.dot(wrong, {
        x: 'x1',
        y: 'x2',
        r: 19,
        stroke: 'var(--nn-negative)',
        strokeWidth: 3,
        strokeDasharray: '5 3',
      }),
      Plot.dot(points, {
        x: 'x1',
        y: 'x2',
        r: 12,
        fill: (p: GatePoint) => (p.target === 1 ? 'var(--sl-color-white)' : 'var(--sl-color-bg)'),
        stroke: 'var(--sl-color-white)',
        strokeWidth: 2,
      }),
      Plot.text(points, {
        x: 'x1',
        y: 'x2',
        text: (p: GatePoint) => String(p.target),
        fill: (p: GatePoint) =>
          p.target === 1 ? 'var(--sl-color-black)' : 'var(--sl-color-white)',
        fontWeight: 700,
        fontSize: 14,
      }),
    ],
  });
}
