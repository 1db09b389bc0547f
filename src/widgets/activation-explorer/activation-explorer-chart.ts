import type { PlotModule } from '../../lib/heavy-libs.svelte';
import { formatNumber } from '../../../engine/index.ts';

/** What the explorer's chart shows: f and f' sampled by the engine, and the current z. */
export interface ActivationExplorerData {
  /** Samples (z, f(z), f'(z)); a NaN value breaks the line (the step function's jump). */
  curve: { z: number; f: number; df: number }[];
  z: number;
  a: number;
  d: number;
  /** False where f has no tangent (the step's jump): the line is left out. */
  tangent: boolean;
  /** Plain-text name for the labels: `sigmoid`. */
  name: string;
}

/** The chart's layout; the pointer mapping (zAtFraction) uses the same numbers. */
export const EXPLORER_CHART = {
  width: 360,
  height: 240,
  marginLeft: 36,
  marginRight: 40,
  domain: [-5, 5] as const,
};

/** Draws f (solid) and f' (dashed) with the current z marked on both and f's tangent there. */
export function activationExplorerChart(
  Plot: PlotModule,
  document: Document,
  data: ActivationExplorerData,
): Element {
  const { z, a, d, curve } = data;
  const end = curve[curve.length - 1];
  // The tangent to f at z has slope f'(z): a short segment that shows what the derivative means.
  const half = 0.9;
  const tangent = [
    { z: z - half, y: a - half * d },
    { z: z + half, y: a + half * d },
  ];
  const label = (text: string, y: number, fill: string) =>
    Plot.text([{ z: end.z, y }], {
      x: 'z',
      y: 'y',
      text: () => text,
      dx: 6,
      textAnchor: 'start',
      fill,
      fontWeight: 700,
    });
  return Plot.plot({
    document,
    width: EXPLORER_CHART.width,
    height: EXPLORER_CHART.height,
    marginLeft: EXPLORER_CHART.marginLeft,
    marginRight: EXPLORER_CHART.marginRight,
    marginTop: 20,
    marginBottom: 40,
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain: [...EXPLORER_CHART.domain], label: 'z', labelAnchor: 'center' },
    y: { grid: true, nice: true, label: null },
    marks: [
      Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.35 }),
      Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.35 }),
      Plot.ruleX([z], { stroke: 'var(--nn-live)', strokeDasharray: '4 3' }),
      Plot.line(curve, {
        x: 'z',
        y: 'df',
        stroke: 'var(--sl-color-gray-2)',
        strokeWidth: 2,
        strokeDasharray: '6 4',
      }),
      Plot.line(curve, { x: 'z', y: 'f', stroke: 'var(--sl-color-accent)', strokeWidth: 2.75 }),
      data.tangent
        ? Plot.line(tangent, {
            x: 'z',
            y: 'y',
            stroke: 'var(--nn-live)',
            strokeWidth: 1.5,
            clip: true,
          })
        : null,
      label('f(z)', end.f, 'var(--sl-color-accent)'),
      label('f′(z)', end.df, 'var(--sl-color-gray-2)'),
      Plot.dot([{ z, y: d }], {
        x: 'z',
        y: 'y',
        r: 4.5,
        fill: 'var(--sl-color-gray-2)',
        stroke: 'var(--sl-color-bg)',
      }),
      Plot.dot([{ z, y: a }], {
        x: 'z',
        y: 'y',
        r: 5.5,
        fill: 'var(--nn-live)',
        stroke: 'var(--sl-color-bg)',
      }),
      Plot.text([{ z, y: a }], {
        x: 'z',
        y: 'y',
        text: () => `f = ${formatNumber(a)}`,
        dy: -13,
        fill: 'var(--nn-live)',
        fontWeight: 700,
        stroke: 'var(--sl-color-bg)',
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
    ],
  });
}
