import { describe, expect, it } from 'vitest';
import { neuron } from '../../engine/index.ts';
import { halfPlane } from '../../src/lib/half-plane';

const box = { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 };
const zOf = (weights: number[], bias: number) => {
  const n = neuron({ weights, bias, activation: 'step' });
  return (x: number, y: number) => n.forward([x, y]).z;
};

describe('halfPlane(z, box)', () => {
  it('finds the AND line x1 + x2 - 1.5 = 0 where it crosses the box, and the corner above it', () => {
    const { region, boundary } = halfPlane(zOf([1, 1], -1.5), box);
    expect(boundary).toEqual([
      [1.5, 0],
      [0, 1.5],
    ]);
    expect(region).toEqual([
      [1.5, 0],
      [1.5, 1.5],
      [0, 1.5],
    ]);
  });

  it('puts every point of the boundary on z = 0 for any weights', () => {
    for (const [w1, w2, b] of [
      [2, -1, 0.3],
      [-0.7, 0.4, 0.1],
      [0, 1, -0.5],
      [1, 0, -0.5],
    ]) {
      const z = zOf([w1, w2], b);
      const { boundary } = halfPlane(z, box);
      expect(boundary).not.toBeNull();
      for (const [x, y] of boundary!) expect(Math.abs(z(x, y))).toBeLessThan(1e-12);
    }
  });

  it('returns the whole box and no boundary when z >= 0 everywhere, and nothing when z < 0 everywhere', () => {
    expect(halfPlane(zOf([0, 0], 0), box)).toEqual({
      region: [
        [-0.5, -0.5],
        [1.5, -0.5],
        [1.5, 1.5],
        [-0.5, 1.5],
      ],
      boundary: null,
    });
    expect(halfPlane(zOf([0.1, 0.1], -5), box)).toEqual({ region: [], boundary: null });
  });
});
