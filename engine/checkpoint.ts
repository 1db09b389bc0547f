/**
 * The last parameters known to be finite, for a trainer to return to when training diverges
 * (engine-internal).
 *
 * Saving runs once per epoch, and on a tiny network (XOR's 17 numbers, 4 samples an epoch) it is
 * a visible part of the epoch's cost, so it is one pass without branches: each value is copied
 * into the spare of two buffers, which becomes the saved one only when every value was finite.
 * A non-finite value leaves the last save untouched.
 */
export interface Checkpoint {
  /** Saves `params` if every value is finite and returns true; otherwise keeps the last save and returns false. */
  save(): boolean;
  /** Writes the last save back into `params`. */
  restore(): void;
}

export function createCheckpoint(params: Float64Array): Checkpoint {
  let saved = Float64Array.from(params);
  let spare = new Float64Array(params.length);
  return {
    save() {
      // Plain loop: for a few dozen numbers a call to TypedArray.set costs more than the copy.
      // v - v is 0 for a finite v and NaN for NaN or ±Infinity, so the sum says whether every
      // value was finite without a branch per value.
      let check = 0;
      for (let i = 0; i < params.length; i++) {
        const value = params[i];
        spare[i] = value;
        check += value - value;
      }
      if (check !== 0) return false;
      const done = saved;
      saved = spare;
      spare = done;
      return true;
    },
    restore() {
      params.set(saved);
    },
  };
}
