import {
  datasets,
  learningRateAt,
  mlp,
  train,
  type HistoryEntry,
  type OptimizerName,
  type ScheduleSpec,
} from '../../engine/index.ts';

/**
 * The optimisers lesson's spiral runs: one network, one data set, one seed, trained once per
 * optimiser and once per learning-rate schedule. Each optimiser gets a rate that works well for it
 * on this task (momentum's is a tenth of plain descent's, since its velocity adds up to ten
 * gradients; Adam's is ten times its usual default of 0.001).
 */
export const SPIRAL_RUN = {
  data: { n: 200, noise: 0.05, seed: 1 },
  sizes: [2, 16, 16, 1] as const,
  activation: 'relu' as const,
  seed: 1,
  batchSize: 20,
  epochs: 300,
  rates: { sgd: 0.3, momentum: 0.03, rmsprop: 0.01, adam: 0.01 } as Record<OptimizerName, number>,
  /** Adam with a larger rate, with and without schedules. */
  scheduled: {
    optimizer: 'adam' as OptimizerName,
    rate: 0.03,
    schedules: {
      constant: { name: 'constant' },
      step: { name: 'step', every: 100, factor: 0.3 },
      cosine: { name: 'cosine', epochs: 300 },
    } satisfies Record<string, ScheduleSpec>,
  },
};

/** One run's loss after every epoch. */
export interface SpiralRun {
  label: string;
  optimizer: OptimizerName;
  rate: number;
  schedule: ScheduleSpec;
  history: HistoryEntry[];
  diverged: boolean;
}

/** Trains the lesson's network on the spiral with one optimiser, rate and schedule. */
export function spiralRun(
  optimizer: OptimizerName,
  rate: number,
  schedule: ScheduleSpec = { name: 'constant' },
  label: string = optimizer,
): SpiralRun {
  const s = SPIRAL_RUN;
  const data = datasets.spiral(s.data);
  const net = mlp([...s.sizes], { activation: s.activation, output: 'sigmoid', seed: s.seed });
  const result = train(net, data, {
    loss: 'bce',
    learningRate: rate,
    batchSize: s.batchSize,
    epochs: s.epochs,
    optimizer,
    seed: s.seed,
    schedule,
  });
  return { label, optimizer, rate, schedule, history: result.history, diverged: result.diverged };
}

/** The loss after epoch `epoch` (counted from 1). */
export const lossAfter = (run: SpiralRun, epoch: number) => run.history[epoch - 1].loss;

/** The first epoch whose loss is below `target`, or null. */
export function epochsTo(run: SpiralRun, target: number): number | null {
  const i = run.history.findIndex((h) => h.loss < target);
  return i < 0 ? null : i + 1;
}

/** The mean size of the loss's change from one epoch to the next over the last `last` epochs: how much it still jumps about. */
export function wobble(run: SpiralRun, last = 50): number {
  const l = run.history.slice(-last).map((h) => h.loss);
  let sum = 0;
  for (let i = 1; i < l.length; i++) sum += Math.abs(l[i] - l[i - 1]);
  return sum / (l.length - 1);
}

/** The learning rate of a scheduled run at the start of each epoch, from the engine. */
export function ratesOf(run: SpiralRun): number[] {
  return run.history.map((_, e) => learningRateAt(run.rate, run.schedule, e));
}
