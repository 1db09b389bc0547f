/**
 * A training history short enough for a link: the learning rates used, in order, with how many
 * steps (or epochs) each ran, as `0.1x5,0.85x3`. Replaying it on the engine from the same start
 * reproduces the run exactly, even when the reader changed the learning rate half-way.
 */
export interface Run {
  rate: number;
  count: number;
}

/** Adds `count` steps at `rate` to a history, merging with the last run when the rate is the same. */
export function appendRun(runs: readonly Run[], rate: number, count = 1): Run[] {
  const last = runs.at(-1);
  if (last && last.rate === rate)
    return [...runs.slice(0, -1), { rate, count: last.count + count }];
  return [...runs, { rate, count }];
}

/** The number of steps in a history. */
export function runTotal(runs: readonly Run[]): number {
  return runs.reduce((sum, run) => sum + run.count, 0);
}

/** A history as link text: `0.1x5,0.85x3` (empty for no steps). */
export function formatRuns(runs: readonly Run[]): string {
  return runs.map((run) => `${run.rate}x${run.count}`).join(',');
}

/**
 * Reads link text back into a history, or says in a few words what is wrong with it: each run's
 * rate must lie in `rate`, each count be a whole number from 1, and all together at most `maxTotal`.
 */
export function parseRuns(
  text: string,
  rate: { min: number; max: number },
  maxTotal: number,
): Run[] | string {
  if (text === '') return [];
  const runs: Run[] = [];
  for (const part of text.split(',')) {
    const match = /^([0-9]*\.?[0-9]+(?:e-?[0-9]+)?)x([0-9]{1,6})$/.exec(part);
    if (!match) return 'each run is written rate x count, such as 0.5x10';
    const [r, c] = [Number(match[1]), Number(match[2])];
    if (!(r >= rate.min && r <= rate.max))
      return `a rate must be between ${rate.min} and ${rate.max}`;
    if (c < 1) return 'a run needs at least one step';
    runs.push({ rate: r, count: c });
  }
  if (runTotal(runs) > maxTotal) return `more than ${maxTotal} steps in all`;
  return runs;
}
