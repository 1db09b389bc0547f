import type { PlotModule } from '../../lib/heavy-libs.svelte';
import type { RaceLoss } from './loss-race';

/** Each lane's line: a theme colour and a dash pattern, so colour is not the only cue. */
export const RACE_LINE: Readonly<Record<RaceLoss, { stroke: string; dash: string }>> = {
  mse: { stroke: 'var(--nn-negative)', dash: '7 3' },
  bce: { stroke: 'var(--nn-positive)', dash: 'none' },
};

/** The chart's size in SVG units (it scales to its container) and its plot area's margins. */
export const LOSS_RACE_CHART = {
  width: 460,
  height: 250,
  marginLeft: 44,
  marginRight: 16,
};

/** What the chart shows: each lane's output for the chosen example, the epoch looked at, the solves. */
export interface LossRaceChartData {
  lanes: { loss: RaceLoss; curve: { epoch: number; yHat: number }[]; solvedAt: number | null }[];
  epochs: number;
  epoch: number;
  target: number;
}

/** The chosen example's output against epochs, one line per loss, with 0.5 and the target marked. */
export function lossRaceChart(Plot: PlotModule, document: Document, data: LossRaceChartData) {
  const { lanes, epochs, epoch, target } = data;
  return Plot.plot({
    document,
    ...LOSS_RACE_CHART,
    marginTop: 22,
    marginBottom: 40,
    style: { background: 'transparent', fontSize: '13px' },
    // No tick marks: the labels and the grid say where the values are, with fewer elements.
    x: { domain: [0, epochs], label: 'epoch', labelAnchor: 'center', tickSize: 0 },
    y: { domain: [0, 1], label: 'output ŷ', grid: true, ticks: 5, tickSize: 0 },
    marks: [
      // The decision threshold: an output above it says 1.
      Plot.ruleY([0.5], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '2 3' }),
      Plot.ruleY([target], { stroke: 'currentColor', strokeOpacity: 0.25, strokeWidth: 6 }),
      Plot.ruleX([epoch], { stroke: 'currentColor', strokeOpacity: 0.7 }),
      ...lanes.flatMap(({ loss, curve, solvedAt }) => [
        Plot.line(curve, {
          x: 'epoch',
          y: 'yHat',
          stroke: RACE_LINE[loss].stroke,
          strokeDasharray: RACE_LINE[loss].dash,
          strokeWidth: 2.5,
        }),
        ...(solvedAt === null || solvedAt > epochs
          ? []
          : [
              Plot.ruleX([solvedAt], {
                stroke: RACE_LINE[loss].stroke,
                strokeDasharray: RACE_LINE[loss].dash,
                strokeOpacity: 0.8,
              }),
            ]),
      ]),
    ],
  });
}

/** The epoch under a pointer at `fraction` of the chart's drawn width (0 left edge, 1 right edge). */
export function epochAtFraction(fraction: number, epochs: number): number {
  const { width, marginLeft, marginRight } = LOSS_RACE_CHART;
  const t = (fraction * width - marginLeft) / (width - marginLeft - marginRight);
  return Math.round(Math.min(Math.max(t, 0), 1) * epochs);
}
