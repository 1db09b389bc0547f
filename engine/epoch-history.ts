/** One epoch's record. `loss` is the mean over the epoch's samples, each measured just before its update. */
export interface HistoryEntry {
  epoch: number;
  loss: number;
  /** The fraction of samples classified right, when every target is 0 or 1 (threshold 0.5, or arg max for several outputs). */
  accuracy?: number;
}

/** A trainer's epoch records (engine-internal). */
interface EpochHistory {
  /** Records the next epoch's loss and accuracy. */
  record(loss: number, accuracy: number): void;
  /** Entry i (from 0) as a new object. */
  entry(i: number): HistoryEntry;
  /** Every entry so far, as one array that grows in place. */
  entries(): HistoryEntry[];
}

/**
 * The history is kept in typed arrays and turned into objects only when read: an object per
 * epoch would put 10,000 objects through the garbage collector while training XOR for 10,000
 * epochs. `accuracy` is reported only when `classify` (every target is 0 or 1).
 */
export function createEpochHistory(classify: boolean, expectedEpochs: number): EpochHistory {
  let losses = new Float64Array(Math.max(1, expectedEpochs));
  let accuracies = new Float64Array(Math.max(1, expectedEpochs));
  let length = 0;
  const list: HistoryEntry[] = [];
  const grow = (a: Float64Array) => {
    const b = new Float64Array(a.length * 2);
    b.set(a);
    return b;
  };
  const entry = (i: number): HistoryEntry =>
    classify
      ? { epoch: i + 1, loss: losses[i], accuracy: accuracies[i] }
      : { epoch: i + 1, loss: losses[i] };
  return {
    record(loss, accuracy) {
      if (length === losses.length) {
        losses = grow(losses);
        accuracies = grow(accuracies);
      }
      losses[length] = loss;
      accuracies[length] = accuracy;
      length++;
    },
    entry,
    entries() {
      for (let i = list.length; i < length; i++) list.push(entry(i));
      return list;
    },
  };
}
