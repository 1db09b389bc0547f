import {
  decodeDigits,
  evaluate,
  networkFromJSON,
  type DigitsData,
  type Network,
  type NetworkJSON,
  type Trainer,
} from '../../../engine/index.ts';
import { digitsBytes } from '../../integrations/digits-data.ts';
import { createDigitRun, digitRunKey, type DigitRunSettings } from './digit-run.ts';
import { testReport, type Mistake } from './test-report.ts';

/**
 * The digit lab's runs as the lessons describe them, trained in Node while the site builds. An
 * epoch of the digit network takes about a second, so each run is trained once per build and
 * kept here (module state, on purpose): every lesson that asks for the same settings gets the
 * same run, and a lesson asking for more epochs than another continues it rather than starting
 * again.
 */

/** One finished epoch of a run, as the lab reports it and a little more. */
export interface DigitEpoch {
  epoch: number;
  /** The mean training loss over the epoch's batches (the lab's "loss" column). */
  loss: number;
  /** Training digits right while the epoch ran (the lab's "train accuracy" column). */
  trainAccuracy: number;
  /** Test loss and accuracy of the network at the end of the epoch. */
  test: { loss: number; accuracy: number };
  /** Rows: the true digit; columns: the digit read (test set). */
  confusion: number[][];
  /** The first test digits it reads wrong (test-report.ts). */
  mistakes: Mistake[];
  /** The network at the end of the epoch. */
  network: NetworkJSON;
}

let data: DigitsData | null = null;

/** The 8,000 training and 2,000 test digits the site ships, decoded once. */
export function digitData(): DigitsData {
  data ??= decodeDigits(digitsBytes());
  return data;
}

const runs = new Map<string, { trainer: Trainer; net: Network; epochs: DigitEpoch[] }>();

/**
 * The first `epochs` epochs of the run with these settings, training only the epochs no earlier
 * call has. Throws if the run diverges (a lesson's run must not).
 */
export function digitRun(settings: DigitRunSettings, epochs: number): DigitEpoch[] {
  const key = digitRunKey(settings);
  const digits = digitData();
  let run = runs.get(key);
  if (!run) {
    run = { ...createDigitRun(settings, digits.train), epochs: [] };
    runs.set(key, run);
  }
  while (run.epochs.length < epochs) {
    const entry = run.trainer.runEpoch();
    if (entry === null)
      throw new Error(`The digit run ${key} diverged in epoch ${run.epochs.length + 1}`);
    const report = testReport(run.net, digits);
    const test = evaluate(run.net, digits.test, 'crossEntropy');
    run.epochs.push({
      epoch: entry.epoch,
      loss: entry.loss,
      trainAccuracy: entry.accuracy ?? 0,
      test: { loss: test.loss, accuracy: test.accuracy ?? 0 },
      confusion: report.confusion,
      mistakes: report.mistakes,
      network: run.net.toJSON(),
    });
  }
  return run.epochs.slice(0, epochs);
}

const trainingScores = new Map<string, { loss: number; accuracy: number }>();

/**
 * Loss and accuracy over all 8,000 training digits of the network at the end of `epoch`, with
 * its weights fixed, to set beside its test score (the lab's train accuracy is counted while the
 * weights still change).
 */
export function trainingScore(
  settings: DigitRunSettings,
  epoch: number,
): { loss: number; accuracy: number } {
  const key = `${digitRunKey(settings)}@${epoch}`;
  let score = trainingScores.get(key);
  if (!score) {
    const net = networkFromJSON(digitRun(settings, epoch)[epoch - 1].network);
    const e = evaluate(net, digitData().train, 'crossEntropy');
    score = { loss: e.loss, accuracy: e.accuracy ?? 0 };
    trainingScores.set(key, score);
  }
  return score;
}
