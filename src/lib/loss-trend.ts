/**
 * Whether a run that reached its epoch limit without learning is stuck or still learning, read
 * from its loss history. The XOR network (lesson 5) and the training-loop stepper (lesson 6) both
 * stop at a fixed number of epochs, and what they tell the reader then depends on this verdict:
 * "stuck on a flat stretch" is only true when the loss has stopped falling.
 */

/** `falling`: the loss still goes down, so more epochs would lower it; `stuck`: it has stopped falling. */
export type LossTrend = 'falling' | 'stuck';

/** The share of the run each compared stretch spans: its last tenth against the tenth before. */
export const TREND_SHARE = 0.1;

/**
 * The least relative fall of the mean loss from one stretch to the next, per unit of learning
 * rate, that still counts as falling. Gradient descent lowers the loss by about η × slope² per
 * step, so dividing by η measures how steep the ground is rather than how fast a given η walks
 * it: a run at η = 0.1 on a slope is slow, not stuck. Chosen from the engine's runs (see
 * test/site/loss-trend.test.ts): the runs the lessons call stuck measure at most 0.0018 (XOR
 * widget, seed 8 at η = 1), the runs still learning at the limit at least 0.035 (XOR widget, seed
 * 2 at η = 0.1). Between them, 0.0125 sits in the widest gap left by the seeds 1 to 20 the lessons
 * use (0.0111 to 0.0146), with seed 8 at η = 0.5 (0.0100, never learns) on the stuck side.
 */
export const LEAST_FALL_PER_RATE = 0.0125;

const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

/**
 * How much the mean loss of the run's last tenth is below that of the tenth before, as a share of
 * the earlier mean and per unit of the learning rate those epochs ran at (`rates`: one rate for
 * the whole run, or one per epoch, aligned with `losses`). Averages, not single epochs, because a
 * large η makes the loss jump from epoch to epoch. Null when the history is too short to compare.
 */
export function fallPerRate(
  losses: readonly number[],
  rates: number | readonly number[],
): number | null {
  const span = Math.max(1, Math.floor(losses.length * TREND_SHARE));
  if (losses.length < 2 * span) return null;
  const compared = losses.length - 2 * span;
  const earlier = mean(losses.slice(compared, compared + span));
  const recent = mean(losses.slice(compared + span));
  const rate = typeof rates === 'number' ? rates : mean(rates.slice(compared));
  return (earlier - recent) / earlier / rate;
}

/**
 * `stuck` when the loss has (nearly) stopped falling over the end of the run, else `falling`. A
 * history too short to compare is `falling`: nothing yet shows the run is stuck.
 */
export function lossTrend(losses: readonly number[], rates: number | readonly number[]): LossTrend {
  const fall = fallPerRate(losses, rates);
  return fall !== null && fall < LEAST_FALL_PER_RATE ? 'stuck' : 'falling';
}
