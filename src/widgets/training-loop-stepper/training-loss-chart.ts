import type { PlotModule } from '../../lib/heavy-libs.svelte';
import { formatNumber, type HistoryEntry } from '../../../engine/index.ts';

/** The chart's size in SVG units; it scales to its container's width. */
export const TRAINING_LOSS_CHART_SIZE = { width: 460, height: 220 };

/**
 * The powers of ten from `low` up to `high` (1, 0.1, 0.01, ...): the only ticks and grid lines of
 * the log axis. Plot's default log ticks add eight unlabelled ones per decade, each a tick and a
 * grid line in the page.
 */
function powersOfTen(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(low) - 1e-9); e <= Math.floor(Math.log10(high) + 1e-9); e++)
    ticks.push(10 ** e);
  return ticks;
}

/**
 * Draws the mean loss of each finished epoch against the epoch number, on a log scale so that the
 * late, small improvements stay visible. An empty history draws the axes and a note.
 */
export function trainingLossChart(
  Plot: PlotModule,
  document: Document,
  { history, target }: { history: readonly HistoryEntry[]; target: number },
): Element {
  const last = history.at(-1);
  const low = Math.min(target / 2, ...history.map((h) => h.loss));
  return Plot.plot({
    document,
    ...TRAINING_LOSS_CHART_SIZE,
    marginLeft: 52,
    marginTop: 22,
    marginBottom: 40,
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain: [0, Math.max(10, history.length)], label: 'epoch', labelAnchor: 'center' },
    y: {
      type: 'log',
      domain: [low, 1],
      label: 'epoch loss (log scale)',
      grid: true,
      ticks: powersOfTen(low, 1),
      tickFormat: formatNumber,
    },
    marks: [
      Plot.ruleY([target], { stroke: 'var(--nn-positive)', strokeDasharray: '5 4' }),
      Plot.text([target], {
        x: () => Math.max(10, history.length),
        y: (t: number) => t,
        text: () => 'stop below this',
        textAnchor: 'end',
        dy: -7,
        fill: 'var(--nn-positive)',
      }),
      Plot.line(history, {
        x: 'epoch',
        y: 'loss',
        stroke: 'var(--sl-color-accent)',
        strokeWidth: 2.5,
      }),
      ...(last
        ? [
            Plot.dot([last], {
              x: 'epoch',
              y: 'loss',
              r: 4.5,
              fill: 'var(--nn-live)',
              stroke: 'var(--sl-color-bg)',
            }),
          ]
        : [
            Plot.text([0], {
              frameAnchor: 'middle',
              text: () => 'no epoch finished yet',
              fill: 'currentColor',
            }),
          ]),
    ],
  });
}
