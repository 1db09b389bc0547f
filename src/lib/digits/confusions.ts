/**
 * What a confusion matrix (rows: the true digit, columns: the digit read) says, in the terms a
 * lesson uses: which confusions are most common, and how well each digit is read.
 */

/** A true digit read as another, and how often. */
export interface Confusion {
  actual: number;
  read: number;
  count: number;
}

/** The `k` largest off-diagonal counts, largest first (ties: lower true digit, then lower digit read). */
export function topConfusions(counts: readonly (readonly number[])[], k: number): Confusion[] {
  const all: Confusion[] = [];
  counts.forEach((row, actual) =>
    row.forEach((count, read) => {
      if (read !== actual && count > 0) all.push({ actual, read, count });
    }),
  );
  all.sort((p, q) => q.count - p.count || p.actual - q.actual || p.read - q.read);
  return all.slice(0, k);
}

/** Per true digit: how many test digits it has, how many were read right, and the fraction. */
export function digitAccuracy(
  counts: readonly (readonly number[])[],
): { digit: number; right: number; total: number; accuracy: number }[] {
  return counts.map((row, digit) => {
    const total = row.reduce((s, c) => s + c, 0);
    const right = row[digit];
    return { digit, right, total, accuracy: total ? right / total : 0 };
  });
}
