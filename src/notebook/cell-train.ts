import {
  createTrainer,
  type Dataset,
  type Network,
  type TrainRunOptions,
  type TrainResult,
} from '../../engine/index.ts';

/** How a training run in a cell talks to the kernel around it. */
export interface TrainControl {
  /** True once the reader has pressed Stop. */
  stopRequested(): boolean;
  /** Reports progress, for a progress bar and the loss so far. */
  progress(report: { epoch: number; epochs: number; loss: number | null }): void;
  /** Gives the event loop a turn, so that a Stop message can arrive. */
  pause(): Promise<void>;
}

/** `train` as cells see it: the engine's result, plus whether the reader stopped it. */
export type CellTrainResult = TrainResult & { stopped: boolean };

/** How long a cell may train before giving the event loop a turn, in milliseconds. */
const SLICE_MS = 25;

/**
 * The engine's `train`, run in slices of about 25 ms with a pause between them, so that the
 * kernel stays responsive: progress streams out and a Stop request ends training after the current
 * epoch with the network and every earlier variable intact. It never cuts a run short by itself.
 * A run that diverges is also told to the reader through `warn`: a cell that only plots the
 * history would otherwise show a loss curve that simply ends, with no word of why.
 */
export function cellTrain(control: TrainControl, warn: (text: string) => void) {
  return async function train(
    net: Network,
    data: Dataset,
    options: TrainRunOptions,
  ): Promise<CellTrainResult> {
    const epochs = options?.epochs;
    if (!Number.isInteger(epochs) || epochs < 0) {
      throw new Error(`train: expected epochs to be a whole number >= 0, got ${String(epochs)}`);
    }
    const trainer = createTrainer(net, data, options);
    let sliceStart = performance.now();
    let stopped = false;
    while (trainer.epoch < epochs && !trainer.diverged) {
      const entry = trainer.runEpoch();
      if (entry && options.onEpoch?.(entry) === false) break;
      if (performance.now() - sliceStart >= SLICE_MS) {
        control.progress({ epoch: trainer.epoch, epochs, loss: entry?.loss ?? null });
        await control.pause();
        sliceStart = performance.now();
        if (control.stopRequested()) {
          stopped = true;
          break;
        }
      }
    }
    if (trainer.diverged) warn(divergedNotice(trainer.divergedAtEpoch, options.learningRate));
    return {
      history: [...trainer.history],
      updates: trainer.updates,
      diverged: trainer.diverged,
      divergedAtEpoch: trainer.divergedAtEpoch,
      stopped,
    };
  };
}

/** What a cell says when its training run diverged. */
export function divergedNotice(epoch: number | null, learningRate: number): string {
  const when = epoch === null ? '' : ` in epoch ${epoch}`;
  return `train: the loss stopped being a finite number${when}, so training stopped and the network kept its weights from the last finite epoch. Try a smaller learning rate than ${learningRate}.`;
}
