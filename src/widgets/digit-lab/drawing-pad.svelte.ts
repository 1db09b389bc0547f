import { blankPad } from './drawing';

/**
 * The digit lab's drawing as reactive state. `ink` is replaced, never changed in place, on every
 * change (a stroke, a key, Clear, a shared link), so whatever reads it updates. `rested` is the
 * drawing as it was when the pen last rested: work too slow for every movement of the pen (the
 * explained forward pass, writing the link) reads that one.
 */
export class DrawingPad {
  ink: Float64Array = $state.raw(blankPad());
  rested: Float64Array = $state.raw(this.ink);

  /** Applies `change` to a copy of the pixels, which becomes the drawing. */
  edit(change: (pixels: Float64Array) => void): void {
    const next = this.ink.slice();
    change(next);
    this.ink = next;
  }

  clear(): void {
    this.ink = blankPad();
  }

  /** False from a change of the drawing until the pen rests: what reads `rested` is about to change. */
  get resting(): boolean {
    return this.rested === this.ink;
  }

  /** The pen has rested: `rested` catches up with `ink`. */
  rest(): void {
    this.rested = this.ink;
  }

  /** Replaces the drawing, already rested (a drawing from a shared link). */
  load(pixels: Float64Array): void {
    this.ink = pixels;
    this.rested = pixels;
  }
}
