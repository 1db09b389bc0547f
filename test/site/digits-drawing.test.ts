import { describe, expect, it } from 'vitest';
import {
  blankPad,
  centerLikeMnist,
  hasInk,
  SIDE,
  stamp,
  strokeTo,
} from '../../src/widgets/digit-lab/drawing';

/** Centre of mass and bounding box of an image's ink. */
function measure(img: ArrayLike<number>) {
  let mass = 0;
  let mx = 0;
  let my = 0;
  let top = SIDE;
  let bottom = -1;
  let left = SIDE;
  let right = -1;
  for (let r = 0; r < SIDE; r++)
    for (let c = 0; c < SIDE; c++) {
      const v = img[r * SIDE + c];
      if (v <= 0) continue;
      mass += v;
      mx += v * (c + 0.5);
      my += v * (r + 0.5);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  return { cx: mx / mass, cy: my / mass, width: right - left + 1, height: bottom - top + 1 };
}

describe('digit pad drawing', () => {
  it('stamp() inks a soft disc and never lowers ink', () => {
    const pad = stamp(blankPad(), 14, 14, 1);
    expect(pad[13 * SIDE + 13]).toBe(1);
    expect(pad[0]).toBe(0);
    const before = pad[13 * SIDE + 15];
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(1);
    stamp(pad, 2, 2, 1);
    expect(pad[13 * SIDE + 15]).toBe(before);
  });

  it('strokeTo() leaves no gaps along a fast stroke', () => {
    const pad = strokeTo(blankPad(), 3, 14, 25, 14);
    for (let c = 3; c < 25; c++) expect(pad[14 * SIDE + c]).toBeGreaterThan(0.5);
  });

  it('centerLikeMnist() of a blank pad is null', () => {
    expect(centerLikeMnist(blankPad())).toBeNull();
    expect(hasInk(blankPad())).toBe(false);
  });

  it('centerLikeMnist() scales a small off-centre stroke to 20 pixels tall and centres its mass', () => {
    const pad = strokeTo(blankPad(), 4, 3, 4, 10); // a short vertical line in the top-left corner
    const out = centerLikeMnist(pad)!;
    const m = measure(out);
    expect(m.height).toBeGreaterThanOrEqual(20);
    expect(m.height).toBeLessThanOrEqual(21);
    expect(Math.abs(m.cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(m.cy - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
  });

  it('centerLikeMnist() keeps the proportions: a wide stroke becomes 20 wide and stays flat', () => {
    const out = centerLikeMnist(strokeTo(blankPad(), 10, 20, 20, 20))!;
    const m = measure(out);
    expect(m.width).toBeGreaterThanOrEqual(20);
    expect(m.height).toBeLessThan(10);
  });

  it('the same shape drawn anywhere gives the same centred image', () => {
    const a = centerLikeMnist(strokeTo(blankPad(), 5, 5, 9, 12))!;
    const b = centerLikeMnist(strokeTo(blankPad(), 15, 14, 19, 21))!;
    // Equal up to round-off: the strokes' sample points are computed from different coordinates.
    expect(Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])))).toBeLessThan(1e-9);
    expect(hasInk(a)).toBe(true);
  });
});
