import { describe, expect, it } from 'vitest';
import { FIT_FLOOR, fitScale } from '../../../src/lib/present/fit';

describe('fitScale(needed, available, floor)', () => {
  it('leaves a slide that fits alone', () => {
    expect(fitScale(600, 720)).toBe(1);
    expect(fitScale(720, 720)).toBe(1);
  });
  it('shrinks a slightly taller slide just enough to fit', () => {
    expect(fitScale(800, 720)).toBeCloseTo(0.9, 10);
  });
  it('never shrinks below the floor: a much taller slide scrolls instead', () => {
    expect(fitScale(3000, 720)).toBe(FIT_FLOOR);
    expect(fitScale(3000, 720, 0.5)).toBe(0.5);
  });
  it('does nothing with a window of no height', () => {
    expect(fitScale(100, 0)).toBe(1);
  });
});
