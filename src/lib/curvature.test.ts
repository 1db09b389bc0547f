import { describe, expect, it } from 'vitest';
import { expectClose } from '../../test/helpers/expect-close';
import { curvature } from './curvature';

describe('curvature(loss, w1, w2)', () => {
  it('reads the curvatures of a ravine along the axes, 2a and 2c, with no tilt', () => {
    const c = curvature((w1, w2) => 2 * (w1 - 1) ** 2 + 0.08 * (w2 - 1) ** 2, -1.5, -1);
    expectClose([c.steep, c.flat, c.ratio], [4, 0.16, 25], 1e-6);
    expectClose(c.tilt, 0, 1e-9);
  });

  it('finds the same curvatures, and the tilt, for that ravine turned by 30 degrees', () => {
    const t = (30 * Math.PI) / 180;
    const turned = (w1: number, w2: number) => {
      const [u, v] = [Math.cos(t) * w1 + Math.sin(t) * w2, -Math.sin(t) * w1 + Math.cos(t) * w2];
      return 2 * u ** 2 + 0.08 * v ** 2;
    };
    const c = curvature(turned, 0.3, -0.2);
    expectClose([c.steep, c.flat], [4, 0.16], 1e-6);
    expectClose(c.tilt, 30, 1e-6);
  });

  it('measures the tilt from the nearer axis: a ravine steep along w2 is not tilted', () => {
    expect(curvature((w1, w2) => w1 ** 2 + 9 * w2 ** 2, 0, 0).tilt).toBeCloseTo(0, 9);
  });
});
