import { describe, expect, it } from 'vitest';
import { createOptimizer, label, toText } from '../../engine/index.ts';
import type { Step } from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

const labels = [label('w', [1]), label('b')];

describe('createOptimizer', () => {
  it("createOptimizer('sgd') applies w <- w - eta * (sum of gradients / count)", () => {
    const p = Float64Array.from([0.5, 0.1]);
    const steps: Step[] = [];
    createOptimizer('sgd', 2).apply(p, Float64Array.from([-0.4, 0.2]), 2, 0.1, steps, labels);
    expectClose(Array.from(p), [0.52, 0.09]);
    expect(toText(steps[0])).toBe('w1 <- 0.5 - (0.1)(-0.2) = 0.52');
  });

  it("createOptimizer('momentum') keeps a velocity v <- beta v + g and applies w <- w - eta v", () => {
    const p = Float64Array.from([1]);
    const opt = createOptimizer({ name: 'momentum', beta: 0.9 }, 1);
    const g = Float64Array.from([1]);
    opt.apply(p, g, 1, 0.1, null, null);
    expectClose(p[0], 0.9);
    expect(g[0]).toBe(0); // apply zeroes the sums for the next batch
    const steps: Step[] = [];
    opt.apply(p, Float64Array.from([1]), 1, 0.1, steps, labels);
    expectClose(p[0], 0.9 - 0.1 * 1.9);
    expect(steps[0]).toMatchObject({
      kind: 'momentumUpdate',
      velocityOld: 1,
      beta: 0.9,
      gradient: 1,
    });
    expectClose((steps[0] as { velocity: number }).velocity, 1.9);
    expect(toText(steps[0])).toBe('v[w1] <- (0.9)(1) + 1 = 1.9; w1 <- 0.9 - (0.1)(1.9) = 0.71');
  });

  it("createOptimizer('rmsprop') divides each step by the root of a running mean of squared gradients", () => {
    const p = Float64Array.from([1, 1]);
    const opt = createOptimizer('rmsprop', 2);
    // First step: v = 0.1 g^2, so the step is eta g / (sqrt(0.1) |g| + epsilon): about eta / sqrt(0.1)
    // for a large gradient and a tiny one alike.
    opt.apply(p, Float64Array.from([4, -0.004]), 1, 0.01, null, null);
    expect(Array.from(p)).toEqual([
      1 - (0.01 * 4) / (Math.sqrt(0.1 * 16) + 1e-8),
      1 + (0.01 * 0.004) / (Math.sqrt(0.1 * 0.004 ** 2) + 1e-8),
    ]);
    expectClose(Array.from(p), [1 - 0.01 / Math.sqrt(0.1), 1 + 0.01 / Math.sqrt(0.1)], 1e-6);
    // Second step by hand, with rho = 0.5.
    const q = Float64Array.from([2]);
    const half = createOptimizer({ name: 'rmsprop', rho: 0.5, epsilon: 1e-8 }, 1);
    half.apply(q, Float64Array.from([2]), 1, 0.1, null, null);
    const v1 = 0.5 * 4;
    const after1 = 2 - (0.1 * 2) / (Math.sqrt(v1) + 1e-8);
    expect(q[0]).toBe(after1);
    const steps: Step[] = [];
    half.apply(q, Float64Array.from([3]), 3, 0.1, steps, labels);
    const v2 = 0.5 * v1 + 0.5 * 1;
    expect(q[0]).toBe(after1 - (0.1 * 1) / (Math.sqrt(v2) + 1e-8));
    expect(steps[0]).toMatchObject({
      kind: 'rmspropUpdate',
      rho: 0.5,
      vOld: v1,
      v: v2,
      gradient: 1,
    });
    // By hand: after1 = 2 - 0.2 / sqrt(2) = 1.8586; v2 = 0.5(2) + 0.5(1)^2 = 1.5; 1.8586 - 0.1 / sqrt(1.5) = 1.7769.
    expect(toText(steps[0])).toBe(
      'v[w1] <- (0.5)(2) + (1 - 0.5)(1)^2 = 1.5; w1 <- 1.8586 - (0.1)(1)/(sqrt(1.5) + 1e-8) = 1.7769',
    );
  });

  it("createOptimizer('adam') matches the bias-corrected update, whose first step is eta * sign(g)", () => {
    const p = Float64Array.from([0, 0]);
    const opt = createOptimizer('adam', 2);
    opt.apply(p, Float64Array.from([3, -0.001]), 1, 0.01, null, null);
    expectClose(Array.from(p), [-0.01, 0.01], 1e-6);
    // Second step by hand.
    const g2 = 1;
    const m = 0.9 * 0.1 * 3 + 0.1 * g2;
    const v = 0.999 * 0.001 * 9 + 0.001 * g2 * g2;
    const expected = p[0] - (0.01 * (m / (1 - 0.81))) / (Math.sqrt(v / (1 - 0.999 ** 2)) + 1e-8);
    const steps: Step[] = [];
    opt.apply(p, Float64Array.from([g2, 0]), 1, 0.01, steps, labels);
    expectClose(p[0], expected, 1e-12);
    expect(steps[0]).toMatchObject({ kind: 'adamUpdate', t: 2 });
  });

  it('createOptimizer() rejects unknown names and bad settings', () => {
    expect(() => createOptimizer('adagrad' as never, 1)).toThrow(
      'createOptimizer: unknown optimizer "adagrad"; expected one of sgd, momentum, rmsprop, adam',
    );
    expect(() => createOptimizer({ name: 'momentum', beta: 1 }, 1)).toThrow(
      'createOptimizer: expected beta to be in [0, 1), got 1',
    );
    expect(() => createOptimizer({ name: 'adam', epsilon: 0 }, 1)).toThrow(
      'createOptimizer: expected epsilon to be > 0, got 0',
    );
    expect(() => createOptimizer({ name: 'rmsprop', rho: -0.1 }, 1)).toThrow(
      'createOptimizer: expected rho to be in [0, 1), got -0.1',
    );
    expect(() => createOptimizer({ name: 'rmsprop', epsilon: NaN }, 1)).toThrow(
      'createOptimizer: expected epsilon to be a finite number',
    );
  });
});
