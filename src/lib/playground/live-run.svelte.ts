import type { PlaygroundRun } from './run';

/**
 * The run at one moment, for a view to read. The run is a plain object changed in place (its
 * network's weights, its history, its counters), which runes cannot see; each time the page has
 * new numbers to show it hands the views a new moment, and whatever a view computes from the run
 * it reads through that moment, so it is computed again.
 */
export interface Moment {
  readonly run: PlaygroundRun;
}

/** At most this often (ms) are numbers in words read again while playing: text nobody can read at 60 Hz still costs layout. */
export const READ_MS = 150;

/**
 * The playground's run as its views see it, at three paces: `drawn` on every change and every
 * frame while playing (the pictures); `read` on every change but at most every READ_MS while
 * playing (counters, losses, accuracy); `typeset` on every change except while playing (the math
 * panel: typesetting it every frame would cost more than the frame).
 */
export class LiveRun {
  drawn: Moment = $state.raw({ run: null as unknown as PlaygroundRun });
  read: Moment = $state.raw({ run: null as unknown as PlaygroundRun });
  typeset: Moment = $state.raw({ run: null as unknown as PlaygroundRun });
  #lastRead = -Infinity;

  constructor(run: PlaygroundRun) {
    this.changed(run);
  }

  /** The run (the same object in all three moments). */
  get run(): PlaygroundRun {
    return this.drawn.run;
  }

  /** A new run, or this one changed while not playing (an edit, a step, new settings): every view shows it. */
  changed(run: PlaygroundRun = this.run): void {
    run.touch();
    const moment = { run };
    this.drawn = moment;
    this.read = moment;
    this.typeset = moment;
  }

  /** A frame while playing: the pictures now, the words if READ_MS have passed, the math later. */
  frame(now: number = performance.now()): void {
    const moment = { run: this.run };
    this.drawn = moment;
    if (now - this.#lastRead >= READ_MS) {
      this.#lastRead = now;
      this.read = moment;
    }
  }
}
