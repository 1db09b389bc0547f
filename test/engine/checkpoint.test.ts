import { describe, expect, it } from 'vitest';
import { createCheckpoint } from '../../engine/checkpoint.ts';

describe('createCheckpoint', () => {
  it('restores the parameters as they were when made, before any save', () => {
    const params = Float64Array.of(1, 2, 3);
    const checkpoint = createCheckpoint(params);
    params.set([7, 8, 9]);
    checkpoint.restore();
    expect([...params]).toEqual([1, 2, 3]);
  });

  it('saves finite parameters and restores the latest save, through both of its buffers', () => {
    const params = Float64Array.of(1, 2, 3);
    const checkpoint = createCheckpoint(params);
    for (const values of [
      [4, 5, 6],
      [-1, 0.5, 1e300],
      [10, 20, 30],
    ]) {
      params.set(values);
      expect(checkpoint.save()).toBe(true);
      params.set([0, 0, 0]);
      checkpoint.restore();
      expect([...params]).toEqual(values);
    }
  });

  it.each([NaN, Infinity, -Infinity])(
    'refuses parameters holding %s part-way and keeps the last save whole',
    (bad) => {
      const params = Float64Array.of(1, 2, 3, 4);
      const checkpoint = createCheckpoint(params);
      params.set([5, 6, 7, 8]);
      expect(checkpoint.save()).toBe(true);
      params.set([9, 10, bad, 11]);
      expect(checkpoint.save()).toBe(false);
      checkpoint.restore();
      expect([...params]).toEqual([5, 6, 7, 8]);
      // A refused save must not have written into the buffer the next save hands back.
      params.set([12, 13, 14, 15]);
      expect(checkpoint.save()).toBe(true);
      params.set([0, 0, 0, 0]);
      checkpoint.restore();
      expect([...params]).toEqual([12, 13, 14, 15]);
    },
  );
});
