import type { PlotModule } from '../../lib/heavy-libs.svelte';

/** One gate's run of the perceptron rule: misclassified samples after each epoch. */
export interface MistakesSeries {
  gate: string;
  history: number[];
}

/** The chart's size in SVG units; it scales to its container's width. */
export const MISTAKES_CHART_SIZE = { width: 420, height: 230 };

/** Draws misclassifications per epoch, one line per gate, on a 0-4 scale. */
export function mistakesChart(
  Plot: PlotModule,
  document: Document,
  series: MistakesSeries[],
): Element {
  const points = series.flatMap((s) =>
    s.history.map((m, i) => ({ gate: s.gate, epoch: i + 1, mistakes: m })),
  );
  const epochs = Math.max(1, ...series.map((s) => s.history.length));
  const colour = (gate: string) => (gate === 'XOR' ? 'var(--nn-negative)' : 'var(--nn-positive)');
  return Plot.plot({
    document,
    ...MISTAKES_CHART_SIZE,
    marginLeft: 44,
    marginBottom: 40,
    marginTop: 22,
    marginRight: 48,
    style: { background: 'transparent', fontSize: '13px' },
    x: {
      domain: [0.5, epochs + 0.5],
      tickFormat: 'd',
      label: 'epoch',
      labelAnchor: 'center',
      labelArrow: 'none',
    },
    y: {
      domain: [0, 4],
      ticks: [0, 1, 2, 3, 4],
      tickFormat: 'd',
      label: 'misclassified (of 4)',
      labelArrow: 'none',
      grid: true,
    },
    marks: [
      Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.4 }),
      ...series.map((s) =>
        Plot.line(
          points.filter((p) => p.gate === s.gate),
          { x: 'epoch', y: 'mistakes', stroke: colour(s.gate), strokeWidth: 2.5, curve: 'step' },
        ),
      ),
      Plot.dot(points, {
        x: 'epoch',
        y: 'mistakes',
        r: 3.5,
        fill: (p: { gate: string }) => colour(p.gate),
      }),
      Plot.text(
        series.map((s) => ({
          gate: s.gate,
          epoch: s.history.length,
          mistakes: s.history[s.history.length - 1],
        })),
        {
          x: 'epoch',
          y: 'mistakes',
          text: 'gate',
          dx: 8,
          dy: -10,
          textAnchor: 'start',
          fontWeight: 700,
          fill: (p: { gate: string }) => colour(p.gate),
        },
      ),
    ],
  });
}
