import { descentSetups, startDescent, type DescentSetup } from './descent.ts';

/** One point of a gradient-descent run on a descent setup: before step `step`, where it stood. */
export interface TracePoint {
  /** Steps taken so far (0 at the start). */
  step: number;
  w: number;
  b: number;
  /** The mean loss at (w, b). */
  loss: number;
  /** The length of the gradient (dL/dw, dL/db) at (w, b). */
  gradientNorm: number;
}

/**
 * Runs `steps` steps of full-batch gradient descent from (w, b) on `setup` with the engine's
 * trainer, recording every point. The gradient is read back from the update the engine made,
 * (old - new) / eta, so the trace uses the fast path and stays cheap for thousands of steps.
 */
export function descentTrace(
  w: number,
  b: number,
  eta: number,
  steps: number,
  setup: DescentSetup = descentSetups.contour,
): TracePoint[] {
  const trainer = startDescent(setup, w, b, eta);
  const net = trainer.net;
  const points: TracePoint[] = [];
  for (let step = 0; step < steps; step++) {
    const w0 = net.getWeight(1, 1, 1);
    const b0 = net.getBias(1, 1);
    const update = trainer.step();
    if (update.diverged || update.loss === null) break;
    const dw = (w0 - net.getWeight(1, 1, 1)) / eta;
    const db = (b0 - net.getBias(1, 1)) / eta;
    points.push({ step, w: w0, b: b0, loss: update.loss, gradientNorm: Math.hypot(dw, db) });
  }
  return points;
}

/** True when the loss never rises from one point of the trace to the next by more than rounding (1e-12). */
export function lossNeverRises(trace: readonly TracePoint[]): boolean {
  return trace.every((p, i) => i === 0 || p.loss <= trace[i - 1].loss + 1e-12);
}

/** The first point whose gradient is shorter than `size`, or null. */
export function firstFlat(trace: readonly TracePoint[], size: number): TracePoint | null {
  return trace.find((p) => p.gradientNorm < size) ?? null;
}

/**
 * Where the explorer's Run stops on this trace: it takes the step from the first point whose
 * gradient is below `size` too (its status reads the gradient of the step just taken), so it shows
 * the point after that one. Null if the trace never gets that flat (or ends there).
 */
export function explorerStop(trace: readonly TracePoint[], size: number): TracePoint | null {
  const flat = firstFlat(trace, size);
  return flat === null ? null : (trace[flat.step + 1] ?? null);
}
