import { describe, expect, it } from 'vitest';
import { digitAccuracy, topConfusions } from './confusions';

const counts = [
  [5, 2, 0],
  [3, 4, 2],
  [0, 3, 7],
];

describe('topConfusions(counts, k)', () => {
  it('lists the largest off-diagonal counts first, ties by true digit then by digit read', () => {
    expect(topConfusions(counts, 3)).toEqual([
      { actual: 1, read: 0, count: 3 },
      { actual: 2, read: 1, count: 3 },
      { actual: 0, read: 1, count: 2 },
    ]);
  });

  it('never lists the diagonal or a zero count', () => {
    expect(topConfusions(counts, 10)).toHaveLength(4);
    expect(
      topConfusions(
        [
          [9, 0],
          [0, 9],
        ],
        2,
      ),
    ).toEqual([]);
  });
});

describe('digitAccuracy(counts)', () => {
  it('reads each row: the diagonal over the row total', () => {
    expect(digitAccuracy(counts)).toEqual([
      { digit: 0, right: 5, total: 7, accuracy: 5 / 7 },
      { digit: 1, right: 4, total: 9, accuracy: 4 / 9 },
      { digit: 2, right: 7, total: 10, accuracy: 0.7 },
    ]);
  });

  it('gives 0, not NaN, for a digit with no examples', () => {
    expect(digitAccuracy([[0]])).toEqual([{ digit: 0, right: 0, total: 0, accuracy: 0 }]);
  });
});
