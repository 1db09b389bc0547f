import { describe, expect, it } from 'vitest';
import { boundaryLength, shareAround } from './boundary-shape';

// A 6 x 4 grid of outputs, row by row, from a rule on (column, row).
const grid = (f: (c: number, r: number) => number) =>
  Array.from({ length: 24 }, (_, k) => f(k % 6, Math.floor(k / 6)));

describe('boundaryLength(values, columns)', () => {
  it('counts one edge a row for a straight vertical boundary, none for a uniform grid', () => {
    expect(
      boundaryLength(
        grid((c) => (c < 3 ? 0 : 1)),
        6,
      ),
    ).toBe(4);
    expect(
      boundaryLength(
        grid(() => 0.9),
        6,
      ),
    ).toBe(0);
  });

  it('counts all four edges round a single cell of the other class, and does not wrap rows', () => {
    expect(
      boundaryLength(
        grid((c, r) => (c === 2 && r === 1 ? 1 : 0)),
        6,
      ),
    ).toBe(4);
    // Columns 5 and 0 of the next row are not neighbours.
    expect(
      boundaryLength(
        grid((c) => (c === 5 ? 1 : 0)),
        6,
      ),
    ).toBe(4);
  });
});

describe('shareAround(inside, centre, radius)', () => {
  it('is 1/2 on a straight boundary, 1/4 at the tip of a right-angled corner, 1 well inside', () => {
    const halfPlane = (x: number) => x >= 0;
    expect(shareAround(halfPlane, [0, 0], 0.5)).toBeCloseTo(0.5, 1);
    expect(shareAround((x, y) => x >= 0 && y >= 0, [0, 0], 0.5)).toBeCloseTo(0.25, 1);
    expect(shareAround(halfPlane, [2, 0], 0.5)).toBe(1);
  });
});
