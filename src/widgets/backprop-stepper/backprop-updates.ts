import {
  createTrainer,
  evaluate,
  type LossName,
  type Network,
  type Step,
} from '../../../engine/index.ts';

/**
 * The backprop stepper's updates, as a history short enough for a link: which example, which loss
 * and which learning rate each update used, with runs of identical updates merged, written
 * `2-mse-1x3,0-bce-0.5x1`. Replaying it on the engine from the same start gives the same weights.
 */
export interface UpdateRun {
  /** The example's index in the dataset. */
  sample: number;
  loss: LossName;
  lr: number;
  count: number;
}

/** What one update did, for the stepper's update panel. */
export interface UpdateResult {
  sample: number;
  loss: LossName;
  lr: number;
  /** The loss on the example before and after the update. */
  before: number;
  after: number;
  /** The engine's update step of every parameter. */
  steps: Step[];
}

const LOSSES: readonly LossName[] = ['mse', 'bce'];

/** Adds one update to a history, merging it with the last run when all its settings match. */
export function appendUpdate(
  runs: readonly UpdateRun[],
  update: Omit<UpdateRun, 'count'>,
): UpdateRun[] {
  const last = runs.at(-1);
  if (last && last.sample === update.sample && last.loss === update.loss && last.lr === update.lr)
    return [...runs.slice(0, -1), { ...last, count: last.count + 1 }];
  return [...runs, { ...update, count: 1 }];
}

/** A history as link text (empty for no updates). */
export function formatUpdates(runs: readonly UpdateRun[]): string {
  return runs.map((r) => `${r.sample}-${r.loss}-${r.lr}x${r.count}`).join(',');
}

/**
 * Reads link text back into a history, or says in a few words what is wrong: the example must be
 * one of `samples`, the loss mse or bce, the rate within `rate`, and all updates at most `maxTotal`.
 */
export function parseUpdates(
  text: string,
  samples: number,
  rate: { min: number; max: number },
  maxTotal: number,
): UpdateRun[] | string {
  if (text === '') return [];
  const runs: UpdateRun[] = [];
  for (const part of text.split(',')) {
    const match = /^([0-9])-([a-z]{3})-([0-9]*\.?[0-9]+)x([0-9]{1,4})$/.exec(part);
    if (!match) return 'each run is written example-loss-rate x count, such as 2-mse-1x3';
    const [sample, loss, lr, count] = [
      Number(match[1]),
      match[2] as LossName,
      Number(match[3]),
      Number(match[4]),
    ];
    if (sample >= samples) return `an example must be 0 to ${samples - 1}`;
    if (!LOSSES.includes(loss)) return 'a loss must be mse or bce';
    if (!(lr >= rate.min && lr <= rate.max))
      return `a rate must be between ${rate.min} and ${rate.max}`;
    if (count < 1) return 'a run needs at least one update';
    runs.push({ sample, loss, lr, count });
  }
  if (runs.reduce((s, r) => s + r.count, 0) > maxTotal)
    return `more than ${maxTotal} updates in all`;
  return runs;
}

/** One gradient-descent update of `net` on one example, made by the engine's trainer, with the loss before and after. */
export function applyUpdate(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  at: { sample: number; loss: LossName; lr: number },
): UpdateResult {
  const example = { inputs: [[...x]], targets: [[...y]] };
  const before = evaluate(net, example, at.loss).loss;
  const trainer = createTrainer(net, example, {
    loss: at.loss,
    learningRate: at.lr,
    batchSize: 1,
  });
  const update = trainer.step({ explain: true });
  const after = evaluate(net, example, at.loss).loss;
  return { ...at, before, after, steps: update.steps.filter((s) => s.kind === 'update') };
}
