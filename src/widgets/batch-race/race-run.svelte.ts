import type { Dataset } from '../../../engine/index.ts';
import {
  advanceLane,
  createLane,
  lastEpochRange,
  laneDone,
  raceData,
  thinned,
  type Lane,
} from './batch-race';

/** The race's settings, the same for all three lanes (except the mini-batch size). */
export interface RaceSettings {
  epochs: number;
  batchSize: number;
  eta: number;
}

/** How far one lane has got, read from it after each slice of training. */
export interface LaneStanding {
  updates: number;
  epoch: number;
  /** Engine time so far, in milliseconds. */
  ms: number;
  finalLoss: number | null;
  /** The epoch in which the loss stopped being finite, or null. */
  divergedAt: number | null;
  /** The lowest and highest batch loss of the last finished epoch, or null before one. */
  range: [number, number] | null;
}

/** Points per lane on the updates chart at most: updates spaced evenly on its log scale, each picked, never averaged, so noise shows. */
export const UPDATE_POINTS = 400;
/** Engine time per frame, shared by the lanes still running; the rest of the frame is the page's. */
const FRAME_BUDGET_MS = 10;
/** Charts redraw at most once a second while training: Plot takes tens of milliseconds per chart on a slow machine. */
const CHART_EVERY_MS = 1000;

function standing(lane: Lane): LaneStanding {
  const t = lane.trainer;
  return {
    updates: t.updates,
    epoch: t.epoch,
    ms: lane.ms,
    finalLoss: lane.finalLoss,
    divergedAt: t.diverged ? t.divergedAtEpoch : null,
    range: lastEpochRange(lane),
  };
}

/** What the race's three charts draw, copied from the lanes at one moment. */
function chartsOf(lanes: readonly Lane[]) {
  return {
    epochs: lanes.map((l, lane) => ({
      lane,
      points: l.trainer.history.map((h) => ({ epoch: h.epoch, loss: h.loss })),
    })),
    updates: lanes.map((l, lane) => ({
      lane,
      points: thinned(l.batchLoss, l.trainer.updates, UPDATE_POINTS),
    })),
    paths: lanes.map((l, lane) => ({ lane, points: [...l.path] })),
    maxEpochs: Math.max(...lanes.map((l) => l.epochs)),
    maxUpdates: Math.max(...lanes.map((l) => l.total)),
    last: lanes.map((l) => ({
      name: l.name,
      history: l.trainer.history.at(-1),
      path: l.path.at(-1)!,
      updates: l.trainer.updates,
    })),
  };
}

/** What the race's charts draw. */
export type RaceCharts = ReturnType<typeof chartsOf>;

/**
 * The batch race: one dataset trained three ways side by side by the engine (stochastic,
 * mini-batch and full batch), in slices, one per animation frame. The lanes are the engine's and
 * are trained in place (a proxy would slow every update); after each slice the run reads how far
 * each lane got into `standings`, and, at most once a second while training, what the charts draw
 * into `charts`, so a view follows those fields.
 */
export class RaceRun {
  readonly data: Dataset = raceData();
  epochs!: number;
  batchSize!: number;
  eta!: number;
  /** Why these settings cannot train, or ''. */
  error = $state('');
  lanes: Lane[] = $state.raw([]);
  running = $state(false);
  standings: LaneStanding[] = $state.raw([]);
  charts: RaceCharts = $state.raw(chartsOf([]));

  /** Each lane's updates made so far. */
  reached = $derived(
    this.standings.length === 3 ? this.standings.map((s) => s.updates) : [0, 0, 0],
  );
  started = $derived(this.standings.some((s) => s.updates > 0));
  finished = $derived(
    this.lanes.length > 0 &&
      this.standings.every((s, i) => s.updates >= this.lanes[i].total || s.divergedAt !== null),
  );

  #lastChart = -Infinity;

  constructor(settings: RaceSettings) {
    this.epochs = $state(settings.epochs);
    this.batchSize = $state(settings.batchSize);
    this.eta = $state(settings.eta);
    // Built at once, so the page's first state already shows each lane's planned updates.
    this.#build();
  }

  /** Builds the three lanes for these settings, or says what is wrong with them. */
  #lanesFor({ epochs, batchSize, eta }: RaceSettings): Lane[] {
    const n = this.data.inputs.length;
    if (!Number.isInteger(epochs))
      throw new Error(`the number of epochs must be a whole number, got ${epochs}`);
    return [
      createLane('Stochastic', this.data, 1, epochs, eta),
      createLane('Mini-batch', this.data, batchSize, epochs, eta),
      createLane('Batch', this.data, n, epochs, eta),
    ];
  }

  /** Fresh, untrained lanes for the current settings. */
  #build() {
    this.running = false;
    this.error = '';
    try {
      this.lanes = this.#lanesFor(this);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.lanes = [];
    }
    this.#read(true);
  }

  /** Reads the lanes again after they trained; the charts too when `charts` is true. */
  #read(charts: boolean) {
    this.standings = this.lanes.map(standing);
    if (charts) this.charts = chartsOf(this.lanes);
  }

  /** Any change of a setting sets up fresh, untrained lanes (their planned counts show at once). */
  choose(settings: Partial<RaceSettings>): void {
    const next = { epochs: this.epochs, batchSize: this.batchSize, eta: this.eta, ...settings };
    if (next.epochs === this.epochs && next.batchSize === this.batchSize && next.eta === this.eta)
      return;
    ({ epochs: this.epochs, batchSize: this.batchSize, eta: this.eta } = next);
    this.#build();
  }

  /** Starts (or resumes) the race; a finished race starts over. */
  train(): void {
    if (this.lanes.length === 0) return;
    if (this.lanes.every(laneDone)) this.#build();
    this.#lastChart = -Infinity;
    this.running = true;
  }

  /** Stops between frames; the charts, drawn at most once a second while training, catch up. */
  pause(): void {
    this.running = false;
    this.#read(true);
  }

  /**
   * One frame's slice of training, `now` reading the clock in milliseconds: each lane still
   * running gets an equal share of the frame's engine time. Returns whether the race goes on.
   */
  frame(now: () => number): boolean {
    const active = this.lanes.filter((l) => !laneDone(l));
    for (const lane of active) advanceLane(lane, FRAME_BUDGET_MS / active.length, this.data, now);
    const finished = this.lanes.every(laneDone);
    const t = now();
    const chartsDue = finished || t - this.#lastChart > CHART_EVERY_MS;
    if (chartsDue) this.#lastChart = t;
    this.#read(chartsDue);
    if (finished) this.running = false;
    return !finished;
  }

  /** Back to these settings, untrained. */
  reset(settings: RaceSettings): void {
    ({ epochs: this.epochs, batchSize: this.batchSize, eta: this.eta } = settings);
    this.#build();
  }

  /**
   * Sets what a link holds: the settings and how far each lane got. A finished race ('run') trains
   * again (animated, as it first ran); a paused one is brought to each lane's update at once. A
   * lane asked to go further than it can throws, and nothing is changed.
   */
  restore(settings: RaceSettings, race: string, targets: readonly number[]): void {
    this.#lanesFor(settings).forEach((lane, i) => {
      if (targets[i] > lane.total)
        throw new Error(
          `the ${lane.name.toLowerCase()} lane has only ${lane.total} updates to make, not ${targets[i]}`,
        );
    });
    this.reset(settings);
    if (race === 'run') this.train();
    else if (targets.some((t) => t > 0)) {
      this.lanes.forEach((lane, i) =>
        advanceLane(lane, Infinity, this.data, () => performance.now(), targets[i]),
      );
      this.#read(true);
    }
  }
}
