import {
  createTrainer,
  formatNumber,
  gates,
  mlp,
  type HistoryEntry,
  type Network,
  type Trainer,
} from '../../../engine/index.ts';
import type { Box } from '../../lib/half-plane';
import { lossTrend } from '../../lib/loss-trend';
import { appendRun, parseRuns, type Run } from '../../lib/run-segments';
import { XOR_SOLVED_LOSS } from '../../lib/xor-settings';
import { decisionRegion, hiddenLine, hiddenRows, outputLine, rowRight } from './xor-views';

/** The input plane the XOR widget draws. */
export const XOR_INPUT_BOX: Box = { x0: -0.25, x1: 1.25, y0: -0.25, y1: 1.25 };
/** The hidden space the XOR widget draws. */
export const XOR_HIDDEN_BOX: Box = { x0: -0.05, x1: 1.05, y0: -0.05, y1: 1.05 };
/** Squares per side of the output heatmap over the input plane. */
export const XOR_REGION_CELLS = 20;
/** The learning rates a reader (and a link) may choose. */
export const XOR_RATE = { min: 0.1, max: 10 };

const data = gates.XOR;

/** What the XOR views draw, all read from the network at one moment. */
export interface XorView {
  rows: ReturnType<typeof hiddenRows>;
  cells: ReturnType<typeof decisionRegion>;
  hiddenLines: ReturnType<typeof hiddenLine>[];
  outputPlane: ReturnType<typeof outputLine>;
}

/** How training ended, said to the reader, or null while it goes on. */
export interface XorMessage {
  right: boolean;
  text: string;
}

function viewOf(net: Network): XorView {
  return {
    rows: hiddenRows(net, data),
    cells: decisionRegion(net, XOR_INPUT_BOX, XOR_REGION_CELLS),
    hiddenLines: [hiddenLine(net, 1, XOR_INPUT_BOX), hiddenLine(net, 2, XOR_INPUT_BOX)],
    outputPlane: outputLine(net, XOR_HIDDEN_BOX),
  };
}

/**
 * The XOR widget's run: a 2-2-1 sigmoid network learning XOR with the engine's trainer (full
 * batch, mean squared error), and the learning-rate history a link replays. The network and its
 * trainer are the engine's and change in place, epoch after epoch (a proxy would hide them from
 * the engine and slow every epoch); after each change the run reads what the views draw into
 * `view` and the epoch count into `epochs`, so a view follows those fields.
 */
export class XorRun {
  readonly maxEpochs: number;
  /** The seed of the network's starting weights; `chooseSeed` starts a new network. */
  seed!: number;
  /** The learning rate of the next epochs; `chooseRate` carries on from the current weights. */
  eta!: number;
  /** What was trained, as learning-rate runs, so a link can replay it exactly. */
  runs: Run[] = $state.raw([]);
  /** The last epoch's loss, or null before the first. */
  last: HistoryEntry | null = $state.raw(null);
  playing = $state(false);
  message: XorMessage | null = $state.raw(null);
  view!: XorView;
  epochs = $state(0);
  /** How many of the four outputs are on the right side of 0.5. */
  right = $derived(this.view.rows.filter(rowRight).length);

  #net!: Network;
  #trainer!: Trainer;
  #trainerRate = 0;
  // Each new trainer counts its epochs from 0; this holds the epochs of the trainers before it.
  #epochsBefore = 0;
  // Every finished epoch's loss and the rate it ran at, so the run can tell, when it reaches
  // maxEpochs, a loss still falling from a stuck one. Plain arrays: no view draws them.
  #losses: number[] = [];
  #rates: number[] = [];

  constructor(seed: number, eta: number, maxEpochs: number) {
    this.maxEpochs = maxEpochs;
    this.seed = $state(seed);
    this.eta = $state(eta);
    this.#build();
    this.view = $state.raw(viewOf(this.#net));
  }

  #newTrainer(learningRate: number) {
    this.#trainerRate = learningRate;
    this.#trainer = createTrainer(this.#net, data, { loss: 'mse', learningRate, batchSize: 4 });
  }
  #carryOnAt(learningRate: number) {
    this.#epochsBefore += this.#trainer.epoch;
    this.#newTrainer(learningRate);
  }
  #build() {
    this.#net = mlp([2, 2, 1], { activation: 'sigmoid', output: 'sigmoid', seed: this.seed });
    this.#newTrainer(this.eta);
    this.#epochsBefore = 0;
    this.#losses = [];
    this.#rates = [];
  }
  /** Reads the network again after it changed. */
  #changed() {
    this.view = viewOf(this.#net);
    this.epochs = this.#epochsBefore + this.#trainer.epoch;
  }

  /** A fresh network from the current seed and rate: nothing trained. */
  rebuild(): void {
    this.playing = false;
    this.#build();
    this.last = null;
    this.message = null;
    this.runs = [];
    this.#changed();
  }

  /** A new seed is a new network. */
  chooseSeed(seed: number): void {
    if (seed === this.seed) return;
    this.seed = seed;
    this.rebuild();
  }

  /** A new learning rate carries on from the current weights. */
  chooseRate(eta: number): void {
    if (eta === this.eta) return;
    this.eta = eta;
    this.#carryOnAt(eta);
  }

  /**
   * Runs `count` epochs, never past `maxEpochs` (the most a link replays, so every run can be
   * shared); false when training should stop (diverged, solved or out of epochs).
   */
  runEpochs(count: number): boolean {
    const trainer = this.#trainer;
    const allowed = Math.min(count, this.maxEpochs - this.epochs);
    for (let i = 0; i < allowed; i++) {
      const wasDiverged = trainer.diverged;
      const entry = trainer.runEpoch();
      // The epoch that diverged is kept in the history too, so a link replays it to the same message.
      if (entry !== null || !wasDiverged) this.runs = appendRun(this.runs, this.#trainerRate);
      if (entry === null) {
        this.#changed();
        this.message = {
          right: false,
          text: `The loss stopped being a finite number in epoch ${this.epochs + 1}: training diverged, so the network was put back to its last good epoch. Lower the learning rate to carry on from there, or press Reset to start again.`,
        };
        return false;
      }
      this.last = { ...entry, epoch: this.#epochsBefore + trainer.epoch };
      this.#losses.push(entry.loss);
      this.#rates.push(this.#trainerRate);
    }
    this.#changed();
    const solved = this.right === 4 && this.last !== null && this.last.loss < XOR_SOLVED_LOSS;
    if (solved)
      this.message = {
        right: true,
        text: `Learned: all four outputs on the right side, loss below ${XOR_SOLVED_LOSS}, after ${this.epochs.toLocaleString('en-US')} epochs.`,
      };
    else if (this.epochs >= this.maxEpochs)
      this.message = { right: false, text: this.#limitText() };
    return !solved && this.epochs < this.maxEpochs;
  }

  /**
   * What the run says when it reaches maxEpochs unlearned: only a loss that has stopped falling is
   * "stuck"; one still falling is learning slowly (a small η, or a long way down).
   */
  #limitText(): string {
    const epochs = this.epochs.toLocaleString('en-US');
    const loss = formatNumber(this.last?.loss ?? NaN);
    const stuck = lossTrend(this.#losses, this.#rates) === 'stuck';
    if (this.right === 4)
      return stuck
        ? `All four right, but after ${epochs} epochs the loss, ${loss}, has stopped falling above ${formatNumber(XOR_SOLVED_LOSS)}.`
        : `All four right; the loss, ${loss}, is still above ${formatNumber(XOR_SOLVED_LOSS)} after ${epochs} epochs: still learning, slowly.`;
    if (stuck)
      return `Still ${this.right} of 4 right after ${epochs} epochs: this run is stuck on a flat stretch of the loss. Try another seed.`;
    // A larger η reaches the bottom of this slope sooner, but may end on a flat stretch instead (seed 8).
    return `Still ${this.right} of 4 right after ${epochs} epochs, but the loss, ${loss}, is still falling: this run is learning slowly, not stuck. A larger η may get there sooner.`;
  }

  /** Starts or pauses training (the widget's timer runs the epochs while `playing`). */
  togglePlaying(): void {
    this.message = null;
    this.playing = !this.playing;
  }

  /** Back to the start: the first seed and rate, nothing trained. */
  reset(seed: number, eta: number): void {
    this.seed = seed;
    this.eta = eta;
    this.rebuild();
  }

  /**
   * Sets what a link holds: a seed, a rate, and the history trained, which is replayed on a fresh
   * network at each run's own rate; training then carries on at `eta`. The link's values have
   * passed its schema.
   */
  restore(state: { seed: number; eta: number; trained: string }): void {
    this.reset(state.seed, state.eta);
    const replay = parseRuns(state.trained, XOR_RATE, this.maxEpochs);
    if (typeof replay === 'string') return;
    for (const run of replay) {
      this.#carryOnAt(run.rate);
      this.runEpochs(run.count);
    }
    if (this.#trainerRate !== this.eta) this.#carryOnAt(this.eta);
  }
}
