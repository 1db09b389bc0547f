import {
  createTrainer,
  mlp,
  type Dataset,
  type OptimizerName,
  type Step,
  type Trainer,
} from '../../../engine/index.ts';

/** The four optimisers the widget races, in the order the lesson introduces them. */
export const PATH_OPTIMISERS: readonly OptimizerName[] = ['sgd', 'momentum', 'rmsprop', 'adam'];

/** Their names as a reader sees them. */
export const OPTIMISER_NAMES: Record<OptimizerName, string> = {
  sgd: 'Gradient descent',
  momentum: 'Momentum',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

/** Each optimiser's colour on the map, from the theme (`--nn-optimiser-*`). */
export const OPTIMISER_COLOURS: Record<OptimizerName, string> = {
  sgd: 'var(--nn-optimiser-sgd)',
  momentum: 'var(--nn-optimiser-momentum)',
  rmsprop: 'var(--nn-optimiser-rmsprop)',
  adam: 'var(--nn-optimiser-adam)',
};

/**
 * A ravine: a linear neuron with two inputs, one large and one small. Each example (x, y) comes
 * with (-x, -y), so the bias's gradient is exactly 0 and b stays at 0; the loss is then
 * 2 (w1 - 1)^2 + 0.08 (w2 - 1)^2, 25 times steeper across w1 than along w2, lowest at (1, 1).
 */
export const RAVINE = {
  data: {
    inputs: [
      [2, 0],
      [-2, 0],
      [0, 0.4],
      [0, -0.4],
    ],
    targets: [[2], [-2], [0.4], [-0.4]],
  } satisfies Dataset,
  w1Range: [-2, 3] as [number, number],
  w2Range: [-2, 3] as [number, number],
  start: { w1: -1.5, w2: -1, eta: 0.1, steps: 20 },
  eta: { min: 0.01, max: 0.6, step: 0.01 },
  /** The most steps the counter goes to. */
  maxSteps: 60,
  /** The grid the contours are drawn from. */
  grid: { width: 40, height: 40 },
};

/** A full-batch trainer on the ravine from (w1, w2) with one optimiser at learning rate eta. */
export function startOn(optimizer: OptimizerName, w1: number, w2: number, eta: number): Trainer {
  const net = mlp([2, 1], { output: 'linear' });
  net.setWeight(1, 1, 1, w1);
  net.setWeight(1, 1, 2, w2);
  net.setBias(1, 1, 0);
  return createTrainer(net, RAVINE.data, {
    loss: 'mse',
    learningRate: eta,
    batchSize: RAVINE.data.inputs.length,
    optimizer,
  });
}

/** The ravine's loss on a grid, row by row from (w1Range[0], w2Range[0]), from the engine. */
export function ravineGrid(): { width: number; height: number; values: number[] } {
  // Learning rate 0: an epoch evaluates the mean loss and leaves the weights where they are.
  const t = startOn('sgd', 0, 0, 0);
  const { width, height } = RAVINE.grid;
  const [a1, a2] = RAVINE.w1Range;
  const [b1, b2] = RAVINE.w2Range;
  const values: number[] = [];
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      t.net.setWeight(1, 1, 1, a1 + ((a2 - a1) * (i + 0.5)) / width);
      t.net.setWeight(1, 1, 2, b1 + ((b2 - b1) * (j + 0.5)) / height);
      values.push(t.runEpoch()!.loss);
    }
  }
  return { width, height, values };
}

/** One update on the ravine as the engine made it. */
export interface PathStep {
  /** The update's number, from 1. */
  k: number;
  /** Where it started, its loss there, and where it went. */
  w1: number;
  w2: number;
  loss: number;
  next: { w1: number; w2: number };
  /** The engine's update steps for w1 and w2 (the bias, always 0 here, left out). */
  steps: Step[];
}

/** A path: the start, then every update; `diverged` when the loss stopped being finite. */
export interface OptimiserPath {
  optimizer: OptimizerName;
  points: { w1: number; w2: number }[];
  updates: PathStep[];
  /** The loss after the last update. */
  finalLoss: number;
  diverged: boolean;
}

const UPDATE_KINDS = new Set(['update', 'momentumUpdate', 'rmspropUpdate', 'adamUpdate']);

/** Runs `steps` updates of one optimiser from (w1, w2), keeping each update's steps. */
export function optimiserPath(
  optimizer: OptimizerName,
  w1: number,
  w2: number,
  eta: number,
  steps: number,
): OptimiserPath {
  const t = startOn(optimizer, w1, w2, eta);
  const points = [{ w1, w2 }];
  const updates: PathStep[] = [];
  let diverged = false;
  for (let k = 1; k <= steps; k++) {
    const update = t.step({ explain: true });
    if (update.diverged || update.loss === null) {
      diverged = true;
      break;
    }
    const [s1, s2] = update.steps.filter((s) => UPDATE_KINDS.has(s.kind)) as (Step & {
      old: number;
      result: number;
    })[];
    const next = { w1: s1.result, w2: s2.result };
    updates.push({ k, w1: s1.old, w2: s2.old, loss: update.loss, next, steps: [s1, s2] });
    points.push(next);
  }
  const end = points.at(-1)!;
  return { optimizer, points, updates, finalLoss: ravineLoss(end.w1, end.w2), diverged };
}

/** The ravine's mean loss at (w1, w2), from the engine. */
export function ravineLoss(w1: number, w2: number): number {
  return startOn('sgd', w1, w2, 0).runEpoch()?.loss ?? Infinity;
}

/** All four paths from one start with one learning rate and step count. */
export function allPaths(w1: number, w2: number, eta: number, steps: number): OptimiserPath[] {
  return PATH_OPTIMISERS.map((o) => optimiserPath(o, w1, w2, eta, steps));
}

/** The first step at which a path's loss falls below `target`, or null if it never does. */
export function stepsTo(path: OptimiserPath, target: number): number | null {
  for (let i = 1; i < path.points.length; i++) {
    const p = path.points[i];
    if (ravineLoss(p.w1, p.w2) < target) return i;
  }
  return null;
}
