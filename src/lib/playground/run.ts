import {
  createTrainer,
  evaluate,
  type Dataset,
  type Network,
  type Trainer,
} from '../../../engine/index.ts';
import type { PlaygroundConfig } from './config-model';
import { toDataset, type Point } from './data';
import { classCount, isRegression, networkFor, trainOptions } from './run-setup';

/** One epoch's losses of the current network over the training and the test set. */
export interface LossRecord {
  epoch: number;
  train: number;
  test: number | null;
}

/** The state of a run that the training worker sends the page after it trained: enough to update the page's copy. */
export interface RunSnapshot {
  /** Every weight and bias, in the engine's flat order (`net.getParams()`). */
  params: Float64Array;
  epoch: number;
  updates: number;
  /** The loss records added since the last snapshot, and the history index of the first. */
  records: LossRecord[];
  historyFrom: number;
  metrics: ReturnType<PlaygroundRun['metrics']>;
  diverged: string | null;
}

/**
 * A training run: the network, its data and a trainer, with counters and a loss history that
 * survive a change of training settings (which makes a new trainer on the same weights).
 */
export class PlaygroundRun {
  readonly net: Network;
  readonly trainSet: Dataset;
  readonly testSet: Dataset;
  readonly regression: boolean;
  /** 1 for regression, else the number of classes (2: one sigmoid output; 3: softmax). */
  readonly classes: 1 | 2 | 3;
  history: LossRecord[] = [];
  diverged: string | null = null;
  private trainer: Trainer;
  private baseEpochs = 0;
  private baseUpdates = 0;
  private config: PlaygroundConfig;
  /** Bumped by anything that changes the weights, so that the metrics below are computed once per change. */
  private version = 0;
  private cached: {
    version: number;
    train: ReturnType<PlaygroundRun['evaluate']>;
    test: ReturnType<PlaygroundRun['evaluate']>;
  } | null = null;

  constructor(config: PlaygroundConfig, points: readonly Point[], net?: Network) {
    this.config = config;
    this.regression = isRegression(config, points);
    this.classes = classCount(config, points);
    this.trainSet = toDataset(points, config.features, false, this.classes);
    this.testSet = toDataset(points, config.features, true, this.classes);
    if (this.trainSet.inputs.length === 0)
      throw new Error('There are no training points: add some points or lower the test share.');
    this.net = net ?? networkFor(config, this.classes);
    this.trainer = createTrainer(
      this.net,
      this.trainSet,
      trainOptions(config, this.trainSet.inputs.length),
    );
    this.record();
  }

  /** Finished epochs, over every trainer this run has had. */
  get epoch(): number {
    return this.baseEpochs + this.trainer.epoch;
  }
  /** Parameter updates made so far. */
  get updates(): number {
    return this.baseUpdates + this.trainer.updates;
  }
  get settings(): PlaygroundConfig {
    return this.config;
  }

  /** New training settings (learning rate, optimizer, batch, loss, penalty) continue from the current weights. */
  retrain(config: PlaygroundConfig): void {
    this.baseEpochs = this.epoch;
    this.baseUpdates = this.updates;
    this.config = config;
    this.version++;
    this.diverged = null;
    this.trainer = createTrainer(
      this.net,
      this.trainSet,
      trainOptions(config, this.trainSet.inputs.length),
    );
  }

  /** One parameter update (one batch). */
  stepUpdate(): void {
    if (this.diverged) return;
    const u = this.trainer.step();
    this.version++;
    if (u.epochEnded) this.record();
    this.checkDiverged();
  }

  /** The rest of the current epoch (a whole one at its start). */
  stepEpoch(): void {
    if (this.diverged) return;
    const ran = this.trainer.runEpoch();
    this.version++;
    if (ran) this.record();
    this.checkDiverged();
  }

  /** Tells the run its weights were changed from outside (an edited weight). */
  touch(): void {
    this.version++;
  }

  /** This run's state for the page, with the loss records from history index `from` on. */
  snapshot(from: number): RunSnapshot {
    return {
      params: this.net.getParams(),
      epoch: this.epoch,
      updates: this.updates,
      records: this.history.slice(from),
      historyFrom: from,
      metrics: this.metrics(),
      diverged: this.diverged,
    };
  }

  /**
   * Takes on the state of the same run trained elsewhere (the worker): its weights, counters,
   * new loss records, metrics and divergence. The page's copy never trains itself.
   */
  adopt(s: RunSnapshot): void {
    this.net.setParams(s.params);
    this.baseEpochs = s.epoch - this.trainer.epoch;
    this.baseUpdates = s.updates - this.trainer.updates;
    this.history.length = Math.min(this.history.length, s.historyFrom);
    this.history.push(...s.records);
    this.diverged = s.diverged;
    this.version++;
    this.cached = { ...s.metrics, version: this.version };
  }

  /** Loss and accuracy over the training and the test set, computed once per change of the weights. */
  metrics() {
    if (this.cached?.version !== this.version) {
      this.cached = {
        version: this.version,
        train: this.evaluate(this.trainSet),
        test: this.evaluate(this.testSet),
      };
    }
    return this.cached;
  }

  /** Mean loss and accuracy (classification) of the current network over a set; null when it is empty. */
  evaluate(set: Dataset): { loss: number; accuracy: number | null } | null {
    if (set.inputs.length === 0) return null;
    const { loss, accuracy } = evaluate(this.net, set, this.config.loss);
    return { loss, accuracy: this.regression ? null : accuracy };
  }

  private record(): void {
    const { train, test } = this.metrics();
    this.history.push({
      epoch: this.epoch,
      train: train ? train.loss : NaN,
      test: test ? test.loss : null,
    });
  }

  private checkDiverged(): void {
    if (!this.trainer.diverged) return;
    this.version++;
    this.diverged =
      `Training diverged in epoch ${this.trainer.divergedAtEpoch! + this.baseEpochs}: the loss or a weight became infinite or NaN. ` +
      `The network is back at its weights after the last finite epoch. Lower the learning rate (or change the activation), or press Reset.`;
  }
}
