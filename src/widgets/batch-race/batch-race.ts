import {
  createTrainer,
  datasets,
  mlp,
  updatesPerEpoch,
  type Dataset,
  type Trainer,
} from '../../../engine/index.ts';

/** The race's dataset: 1,000 points in two overlapping Gaussian clouds, the same for every lane. */
export function raceData(): Dataset {
  return datasets.gaussians({ n: 1000, noise: 0.2, seed: 7 });
}

/** The learner: one sigmoid neuron on two inputs (logistic regression), the same start for every lane. */
export function raceNet() {
  return mlp([2, 1], { output: 'sigmoid', seed: 3 });
}

/** One way of training, and what it has done so far. */
export interface Lane {
  name: string;
  batchSize: number;
  trainer: Trainer;
  /** Updates per epoch and in all, from the engine's `updatesPerEpoch`. */
  perEpoch: number;
  total: number;
  epochs: number;
  /** Each update's loss on its own batch, before the update. */
  batchLoss: Float64Array;
  /** The weights (w1, w2) after every `every`-th update, starting with the initial ones. */
  path: { update: number; w1: number; w2: number }[];
  every: number;
  /** Milliseconds spent inside the engine's training calls, measured in this browser. */
  ms: number;
  /** The loss on the whole dataset at the end, or null while training or after divergence. */
  finalLoss: number | null;
}

/** Most points kept for a lane's weight path; enough to show its wobble at chart size. */
const PATH_POINTS = 600;

/** A lane that will train a fresh copy of the race's network for `epochs` epochs. */
export function createLane(
  name: string,
  data: Dataset,
  batchSize: number,
  epochs: number,
  learningRate: number,
): Lane {
  const net = raceNet();
  const trainer = createTrainer(net, data, { loss: 'bce', learningRate, batchSize, seed: 1 });
  const perEpoch = updatesPerEpoch(data.inputs.length, batchSize);
  const total = perEpoch * epochs;
  return {
    name,
    batchSize,
    trainer,
    perEpoch,
    total,
    epochs,
    batchLoss: new Float64Array(total),
    path: [{ update: 0, w1: net.getWeight(1, 1, 1), w2: net.getWeight(1, 1, 2) }],
    every: Math.max(1, Math.ceil(total / PATH_POINTS)),
    ms: 0,
    finalLoss: null,
  };
}

/** Whether the lane has nothing left to do. */
export function laneDone(lane: Lane): boolean {
  return lane.trainer.updates >= lane.total || lane.trainer.diverged;
}

/**
 * Makes updates on the lane until `budgetMs` of engine time has passed, it has made `until`
 * updates, or it is done, so a page can train a slice per animation frame. Returns the updates made.
 */
export function advanceLane(
  lane: Lane,
  budgetMs: number,
  data: Dataset,
  now: () => number,
  /** Stop once the lane has made this many updates in all (a shared link's point reached). */
  until = lane.total,
): number {
  const { trainer, batchLoss } = lane;
  const start = now();
  let made = 0;
  // Check the clock every few updates: reading it costs about as much as an SGD update.
  while (!laneDone(lane) && trainer.updates < until) {
    const u = trainer.step();
    if (u.loss === null) break;
    batchLoss[trainer.updates - 1] = u.loss;
    made++;
    if (trainer.updates % lane.every === 0 || trainer.updates === lane.total) {
      lane.path.push({
        update: trainer.updates,
        w1: trainer.net.getWeight(1, 1, 1),
        w2: trainer.net.getWeight(1, 1, 2),
      });
    }
    if (made % 16 === 0 && now() - start >= budgetMs) break;
  }
  lane.ms += now() - start;
  if (laneDone(lane) && !trainer.diverged) lane.finalLoss = fullLoss(trainer, data);
  return made;
}

/** The engine's mean loss over the whole dataset at the trainer's current weights (one epoch at learning rate 0). */
export function fullLoss(trainer: Trainer, data: Dataset): number | null {
  const probe = createTrainer(trainer.net.clone(), data, {
    loss: 'bce',
    learningRate: 0,
    batchSize: data.inputs.length,
  });
  return probe.runEpoch()?.loss ?? null;
}

/**
 * At most about `max` of the first `count` values with their update numbers (from 1), spaced evenly
 * on a log scale of updates, for a log-scaled chart. Values are picked, never averaged, so the
 * noise stays visible.
 */
export function thinned(
  values: Float64Array,
  count: number,
  max: number,
): { update: number; loss: number }[] {
  const out: { update: number; loss: number }[] = [];
  let previous = 0;
  for (let j = 0; j < max && count > 0; j++) {
    const update = Math.max(previous + 1, Math.round(Math.exp((Math.log(count) * j) / (max - 1))));
    if (update > count) break;
    out.push({ update, loss: values[update - 1] });
    previous = update;
  }
  return out;
}

/** The smallest and largest batch loss over the lane's last finished epoch: how much one update's view of the loss jumps around. */
export function lastEpochRange(lane: Lane): [number, number] | null {
  const epochs = lane.trainer.epoch;
  if (epochs === 0) return null;
  const from = (epochs - 1) * lane.perEpoch;
  const slice = lane.batchLoss.subarray(from, from + lane.perEpoch);
  return [Math.min(...slice), Math.max(...slice)];
}
