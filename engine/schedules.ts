import { checkFinite, checkInteger, describe, fail } from './errors.ts';

/**
 * A learning-rate schedule: how eta changes from epoch to epoch. `step` multiplies it by `factor`
 * every `every` epochs; `cosine` lowers it along half a cosine from eta to `min` over `epochs`
 * epochs and keeps it at `min` after.
 */
export type ScheduleSpec =
  | { name: 'constant' }
  | { name: 'step'; every: number; factor: number }
  | { name: 'cosine'; epochs: number; min?: number };

/** The valid schedule names, for error messages and pickers. */
export const scheduleNames = ['constant', 'step', 'cosine'] as const;

/** Checks a schedule and fills in its defaults; `where` names the public function in errors. */
export function checkSchedule(where: string, spec: ScheduleSpec | null | undefined) {
  if (spec === undefined || spec === null) return null;
  const name = (spec as { name?: unknown })?.name;
  if (!scheduleNames.includes(name as ScheduleSpec['name']))
    fail(where, `unknown schedule ${describe(name)}; expected one of ${scheduleNames.join(', ')}`);
  if (spec.name === 'step') {
    checkInteger(where, 'schedule.every', spec.every, 1);
    const factor = checkFinite(where, 'schedule.factor', spec.factor);
    if (factor <= 0 || factor > 1)
      fail(where, `expected schedule.factor to be in (0, 1], got ${factor}`);
    return { name: 'step', every: spec.every, factor } as const;
  }
  if (spec.name === 'cosine') {
    checkInteger(where, 'schedule.epochs', spec.epochs, 1);
    const min = spec.min === undefined ? 0 : checkFinite(where, 'schedule.min', spec.min);
    if (min < 0) fail(where, `expected schedule.min to be >= 0, got ${min}`);
    return { name: 'cosine', epochs: spec.epochs, min } as const;
  }
  return { name: 'constant' } as const;
}

/**
 * The learning rate during epoch `epoch` (counted from 0) when training starts at `eta`.
 * step: eta factor^floor(epoch / every). cosine: min + (eta - min)(1 + cos(pi epoch / epochs)) / 2
 * until `epochs`, then min. A cosine `min` above eta is allowed and makes the rate rise.
 */
export function learningRateAt(eta: number, spec: ScheduleSpec | null, epoch: number): number {
  const s = checkSchedule('learningRateAt', spec);
  checkFinite('learningRateAt', 'eta', eta);
  checkInteger('learningRateAt', 'epoch', epoch, 0);
  return scheduledRate(eta, s, epoch);
}

/** learningRateAt without the checks, for the training loop (engine-internal). */
export function scheduledRate(
  eta: number,
  s: ReturnType<typeof checkSchedule>,
  epoch: number,
): number {
  if (s === null || s.name === 'constant') return eta;
  if (s.name === 'step') return eta * Math.pow(s.factor, Math.floor(epoch / s.every));
  if (epoch >= s.epochs) return s.min;
  return s.min + ((eta - s.min) * (1 + Math.cos((Math.PI * epoch) / s.epochs))) / 2;
}
