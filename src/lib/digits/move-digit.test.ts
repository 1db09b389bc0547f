import { describe, expect, it } from 'vitest';
import { moveDigit } from './move-digit';

// A 4 x 6 block of full ink with its top-left pixel at (row 10, column 12).
const block = () => {
  const pixels = new Float64Array(784);
  for (let r = 10; r < 14; r++) for (let c = 12; c < 18; c++) pixels[r * 28 + c] = 1;
  return pixels;
};
const inked = (pixels: Float64Array) =>
  Array.from(pixels.keys())
    .filter((i) => pixels[i] > 0)
    .map((i) => [Math.floor(i / 28), i % 28]);

describe('moveDigit(pixels, scale, place)', () => {
  it('moves a digit at its size against the left edge, halfway down, ink unchanged', () => {
    const moved = moveDigit(block(), 1, 'left');
    const cells = inked(moved);
    expect(cells).toHaveLength(24);
    expect(Math.min(...cells.map(([, c]) => c))).toBe(0);
    expect(Math.min(...cells.map(([r]) => r))).toBe(12);
    expect(cells.every(([r, c]) => moved[r * 28 + c] === 1)).toBe(true);
  });

  it('draws it at half size in the top-left corner', () => {
    const cells = inked(moveDigit(block(), 0.5, 'top-left'));
    expect(cells).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });

  it('rounds ink to the pad levels and leaves a blank digit blank', () => {
    const grey = block().map((v) => v * 0.51);
    const moved = moveDigit(grey, 1, 'left');
    expect(moved[12 * 28]).toBeCloseTo(8 / 15, 12);
    expect(moveDigit(new Float64Array(784), 1, 'left').every((v) => v === 0)).toBe(true);
  });
});
