import type { LossRecord } from './run';

/** At most this many points per line: a long run is thinned so the chart stays cheap to redraw. */
export const MAX_CHART_POINTS = 300;

/** SVG polyline points for the train and test losses over a w x h box, with the scale used. */
export function lossLines(history: readonly LossRecord[], w: number, h: number) {
  const step = Math.max(1, Math.ceil(history.length / MAX_CHART_POINTS));
  const shown = history.filter((_, i) => i % step === 0 || i === history.length - 1);
  const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);
  const maxLoss = Math.max(1e-9, ...shown.flatMap((r) => [r.train, r.test]).filter(finite));
  const lastEpoch = Math.max(1, history.at(-1)?.epoch ?? 1);
  const px = (epoch: number) => (epoch / lastEpoch) * w;
  const py = (loss: number) => h - (loss / maxLoss) * h;
  const line = (pick: (r: LossRecord) => number | null) =>
    shown
      .filter((r) => finite(pick(r)))
      .map((r) => `${px(r.epoch).toFixed(1)},${py(pick(r) as number).toFixed(1)}`)
      .join(' ');
  return { train: line((r) => r.train), test: line((r) => r.test), maxLoss, lastEpoch, px };
}
