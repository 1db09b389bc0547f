import {
  createTrainer,
  gates,
  mlp,
  type ForwardResult,
  type GradientResult,
  type HistoryEntry,
  type NetworkWeights,
  type Step,
} from '../../engine/index.ts';

/**
 * The training loop of lesson 6 as a state machine over the engine: one XOR network trained one
 * sample per update, where each update is split into its four stages so a widget can show them one
 * at a time. Every number comes from the engine: the forward pass and the gradients from the
 * explained path (`net.forward`, `net.gradients`), the update from the trainer that really trains
 * the network (`trainer.step({ explain: true })`).
 */

/** The four stages of one training step, in order. */
export const STAGES = ['feedforward', 'loss', 'backprop', 'update'] as const;
export type Stage = (typeof STAGES)[number];

/** Each stage's name as the widget shows it. */
export const STAGE_NAMES: Record<Stage, string> = {
  feedforward: 'Feedforward',
  loss: 'Loss',
  backprop: 'Backpropagation',
  update: 'Update',
};

/** The network, data and loss the stepper trains; shared with its tests. */
export const LOOP_SETUP = {
  sizes: [2, 2, 1],
  activation: 'tanh',
  output: 'sigmoid',
  loss: 'mse',
  data: gates.XOR,
} as const;

/** Settings a reader can change. */
export interface LoopSettings {
  learningRate: number;
  seed: number;
  /** Stop playing once an epoch's mean loss is below this. */
  targetLoss: number;
  /** Stop playing after this many epochs. */
  maxEpochs: number;
}

/** Why playing stopped, if it did. */
export type StopReason = 'target' | 'max-epochs' | 'diverged' | null;

/** An immutable snapshot of the loop for a widget to draw. */
export interface LoopView {
  /** The last stage done for the current sample; null before its feedforward. */
  stage: Stage | null;
  /** Finished epochs, and updates made so far. */
  epoch: number;
  updates: number;
  /**
   * The epoch, counted from 1, that the step on screen belongs to. Not always `epoch + 1`: the
   * update of an epoch's last sample closes that epoch, yet the step shown is still part of it.
   */
  stepEpoch: number;
  /** The learning rate the loop trains at. */
  learningRate: number;
  /** The sample this step works on (0-based index into the data), its input and target. */
  sample: number;
  x: number[];
  y: number[];
  weights: NetworkWeights;
  forward: ForwardResult | null;
  gradients: GradientResult | null;
  /** The weights before this step's update, and the update's steps (one per parameter). */
  before: NetworkWeights | null;
  updateSteps: Step[];
  history: HistoryEntry[];
  /** The network's current output for every sample of the data. */
  predictions: number[];
  stop: StopReason;
}

/** Creates the loop: `next()` does one stage, `finishEpoch()` the rest of the epoch. */
export function createTrainingLoop(settings: LoopSettings) {
  const { sizes, activation, output, loss, data } = LOOP_SETUP;
  const net = mlp(sizes, { activation, output, seed: settings.seed });
  // One sample per update, in a fixed order, so the step the widget explains is the step the
  // trainer makes: the sample of update u is sample u mod 4.
  const trainer = createTrainer(net, data, {
    loss,
    learningRate: settings.learningRate,
    batchSize: 1,
    shuffle: false,
  });
  const n = data.inputs.length;
  let stage: Stage | null = null;
  let forward: ForwardResult | null = null;
  let gradients: GradientResult | null = null;
  let before: NetworkWeights | null = null;
  let updateSteps: Step[] = [];
  // The epoch the engine says the shown update belonged to (read before it may close the epoch).
  let updateEpoch = 0;

  const sample = () => trainer.updates % n;

  const stop = (): StopReason => {
    if (trainer.diverged) return 'diverged';
    const last = trainer.history.at(-1);
    if (last && last.loss < settings.targetLoss) return 'target';
    if (trainer.epoch >= settings.maxEpochs) return 'max-epochs';
    return null;
  };

  const clearStage = () => {
    stage = null;
    forward = gradients = before = null;
    updateSteps = [];
  };

  return {
    /** Does the next stage of the current sample (or starts the next sample). */
    next(): void {
      if (trainer.diverged) return;
      const s = sample();
      const [x, y] = [data.inputs[s], data.targets[s]];
      if (stage === null || stage === 'update') {
        clearStage();
        forward = net.forward(x);
        stage = 'feedforward';
      } else if (stage === 'feedforward') {
        gradients = net.gradients(x, y, loss);
        stage = 'loss';
      } else if (stage === 'loss') {
        stage = 'backprop';
      } else {
        before = net.getWeights();
        const update = trainer.step({ explain: true });
        updateEpoch = update.epoch;
        // Batch size 1: the trainer's average steps have a single term, so only its updates are shown.
        updateSteps = update.steps.filter((st) => st.kind === 'update');
        stage = 'update';
      }
    },
    /** Runs the rest of the current epoch on the fast path (the current sample's update included). */
    finishEpoch(): void {
      if (trainer.diverged) return;
      // A step whose update is done belongs to the epoch already; start from the next sample. If
      // that update was the epoch's last, the epoch is finished: run nothing more.
      const finished = stage === 'update' && sample() === 0;
      if (!finished) trainer.runEpoch();
      clearStage();
    },
    /** The current state, as a fresh snapshot. */
    view(): LoopView {
      const s = stage === 'update' ? (trainer.updates - 1 + n) % n : sample();
      return {
        stage,
        epoch: trainer.epoch,
        updates: trainer.updates,
        stepEpoch: stage === 'update' ? updateEpoch : trainer.epoch + 1,
        learningRate: settings.learningRate,
        sample: s,
        x: [...data.inputs[s]],
        y: [...data.targets[s]],
        weights: net.getWeights(),
        forward,
        gradients,
        before,
        updateSteps,
        history: [...trainer.history],
        predictions: data.inputs.map((input) => net.predict(input)[0]),
        stop: stop(),
      };
    },
  };
}

/** The loop object `createTrainingLoop` returns. */
export type TrainingLoop = ReturnType<typeof createTrainingLoop>;

/** The steps a stage shows: the forward pass, the loss, the backward pass, or the updates. */
export function stageSteps(view: LoopView): Step[] {
  switch (view.stage) {
    case 'feedforward':
      return view.forward?.steps ?? [];
    case 'loss':
      return view.gradients?.steps.filter((st) => st.kind === 'loss') ?? [];
    case 'backprop': {
      const forwardCount = view.forward?.steps.length ?? 0;
      return view.gradients?.steps.slice(forwardCount).filter((st) => st.kind !== 'loss') ?? [];
    }
    case 'update':
      return view.updateSteps;
    default:
      return [];
  }
}
