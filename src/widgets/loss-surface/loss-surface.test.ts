import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../../engine/index.ts';
import {
  descentPath,
  gradientSize,
  LOSS_SURFACE,
  neuronAt,
  pointAt,
  surfaceGrid,
} from './loss-surface';

const { min, max } = LOSS_SURFACE.range;
const coordinate = fc.double({ min, max, noNaN: true });

describe('the loss surfaces of one neuron', () => {
  it("gives the engine's mean loss at a point, under both losses", () => {
    const p = pointAt(-4, 4);
    for (const loss of ['mse', 'bce'] as const) {
      expect(p.loss[loss]).toBeCloseTo(evaluate(neuronAt(-4, 4), LOSS_SURFACE.data, loss).loss, 14);
    }
    expect(p.terms).toHaveLength(LOSS_SURFACE.data.inputs.length);
    expect(p.terms[0].z).toBe(-4 * -2 + 4);
  });

  it('has gradients that match finite differences of the mean loss', () => {
    // A saturated output loses digits in 1 - yHat, so the difference quotient needs a wider step.
    const h = 1e-4;
    for (const [w, b] of [
      [-4, 4],
      [1, 0.5],
      [3, -2],
    ]) {
      for (const loss of ['mse', 'bce'] as const) {
        const [dw, db] = pointAt(w, b).gradient[loss];
        const numW = (pointAt(w + h, b).loss[loss] - pointAt(w - h, b).loss[loss]) / (2 * h);
        const numB = (pointAt(w, b + h).loss[loss] - pointAt(w, b - h).loss[loss]) / (2 * h);
        expect(dw).toBeCloseTo(numW, 6);
        expect(db).toBeCloseTo(numB, 6);
      }
    }
  });

  it('is convex under cross-entropy: the midpoint of any segment is no higher than the chord', () => {
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, (w1, b1, w2, b2) => {
        const mid = pointAt((w1 + w2) / 2, (b1 + b2) / 2).loss.bce;
        const chord = (pointAt(w1, b1).loss.bce + pointAt(w2, b2).loss.bce) / 2;
        return mid <= chord + 1e-12;
      }),
    );
  });

  it('is not convex under squared error: some segment bulges above its chord', () => {
    const mid = pointAt(-4, 4).loss.mse;
    // (-8, 8) and (0, 0): the midpoint (-4, 4) sits on a shelf above the straight line between.
    const chord = (pointAt(-8, 8).loss.mse + pointAt(0, 0).loss.mse) / 2;
    expect(mid).toBeGreaterThan(chord);
  });

  it('from the saturated start, descent reaches the bottom under cross-entropy but not under squared error', () => {
    const { w, b } = LOSS_SURFACE.start;
    const ce = descentPath('bce', w, b).at(-1)!;
    const se = descentPath('mse', w, b).at(-1)!;
    expect(gradientSize(pointAt(ce.w, ce.b).gradient.bce)).toBeLessThan(1e-6);
    // The lowest squared error, found from the neutral start (0, 0), is far below where descent ends.
    const bottom = descentPath('mse', 0, 0).at(-1)!;
    expect(pointAt(se.w, se.b).loss.mse).toBeGreaterThan(2 * pointAt(bottom.w, bottom.b).loss.mse);
    expect(descentPath('mse', w, b)).toHaveLength(LOSS_SURFACE.descent.steps + 1);
  });

  it('samples each surface on a square grid, row by row from the lowest bias', () => {
    const grid = surfaceGrid('bce', 4);
    expect(grid.values).toHaveLength(16);
    const size = (max - min) / 4;
    expect(grid.values[1]).toBeCloseTo(pointAt(min + 1.5 * size, min + 0.5 * size).loss.bce, 14);
  });
});
