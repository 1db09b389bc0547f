import { describe, expect, it } from 'vitest';
import { expectClose } from '../../test/helpers/expect-close';
import { turningAngles } from './path-turns';

const path = (...xy: [number, number][]) => xy.map(([w1, w2]) => ({ w1, w2 }));

describe('turningAngles(points)', () => {
  it('is 0 along a straight line and 180 where the path goes straight back', () => {
    expectClose(turningAngles(path([0, 0], [1, 1], [2, 2], [1, 1])), [0, 180]);
  });

  it('measures a right-angle corner as 90, either way round', () => {
    expectClose(turningAngles(path([0, 0], [1, 0], [1, 1], [2, 1])), [90, 90]);
  });

  it('skips a corner next to a step of length 0, and has nothing to say about a single step', () => {
    expect(turningAngles(path([0, 0], [1, 0], [1, 0]))).toEqual([]);
    expect(turningAngles(path([0, 0], [1, 0]))).toEqual([]);
  });
});
