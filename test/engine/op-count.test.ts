import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mlp, passCost } from '../../engine/index.ts';

/**
 * The explained passes record every multiply-add as an operand pair: a weighted sum's weights
 * (forward), a backpropagation sum's terms (the error sent back), and one chain-rule step per
 * weight whose last factor is the input it multiplied. Counting them measures what passCost counts.
 */
function countedFromSteps(sizes: number[]) {
  const net = mlp(sizes, { activation: 'tanh', output: 'sigmoid', seed: 1 });
  const x = Array.from({ length: sizes[0] }, (_, i) => 0.3 + i / 10);
  const y = Array.from({ length: sizes.at(-1)! }, () => 1);
  const forward = net
    .forward(x)
    .steps.reduce((n, s) => n + (s.kind === 'weightedSum' ? s.weights.length : 0), 0);
  const g = net.gradients(x, y, 'mse');
  const sent = g.steps.reduce((n, s) => n + (s.kind === 'backpropSum' ? s.terms.length : 0), 0);
  const weightGradients = g.weights.flat(2).length;
  return { forward, backward: sent + weightGradients };
}

describe('passCost', () => {
  it('counts a 2-2-1 network: 6 multiply-adds forward, 8 backward', () => {
    expect(passCost([2, 2, 1])).toEqual({ forward: 6, backward: 8, ratio: 8 / 6 });
  });

  it('matches the multiply-adds the engine records in its explained passes', () => {
    for (const sizes of [
      [2, 2, 1],
      [3, 4, 2],
      [2, 3, 3, 1],
      [1, 1],
    ]) {
      const { forward, backward } = countedFromSteps(sizes);
      expect(passCost(sizes)).toMatchObject({ forward, backward });
    }
  });

  it('puts backward between one and two forward passes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 2, maxLength: 6 }),
        (sizes) => {
          const { ratio } = passCost(sizes);
          expect(ratio).toBeGreaterThanOrEqual(1);
          expect(ratio).toBeLessThan(2);
        },
      ),
    );
  });

  it('rejects bad sizes with a clear message', () => {
    expect(() => passCost([3])).toThrow('passCost: expected at least two layer sizes, got [3]');
    expect(() => passCost([2, 0])).toThrow(
      'passCost: expected sizes[1] to be an integer >= 1, got 0',
    );
  });
});
