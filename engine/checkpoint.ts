/**
 * The last parameters known to be finite, for a trainer to return to when training diverges
 * (engine-internal).
 *
 * Saving runs once per epoch, and on a tiny network (XOR's 17 numbers, 4 samples an epoch) it is
 * a visible part of the epoch's cost, so it is one pass: each value is checked and copied into
 * the spare of two buffers, which becomes the saved one only when every value was finite. A
 * non-finite value found part-way leaves the last save untouched.
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
      for (let i = 0; i < params.length; i++) {
        const value = params[i];
        if (!Number.isFinite(value)) return false;
        spare[i] = value;
      }
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
