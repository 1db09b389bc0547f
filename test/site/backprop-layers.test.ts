import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mlp } from '../../engine/index.ts';
import { layerBackprop, texColumn, texMatrix } from '../../src/lib/backprop-layers.ts';
import { differenceErrors, measuredOrder } from '../../src/lib/difference-orders.ts';

describe('layerBackprop', () => {
  it('gives the per-weight gradients of lesson 9 for the stepper network', () => {
    const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const r = layerBackprop(net, [1, 0], [1], 'mse');
    const perWeight = net.explainGradient([1, 0], [1], 'mse', {
      type: 'weight',
      layer: 1,
      j: 1,
      k: 1,
    });
    expect(r.weightGradients[1][0][0]).toBeCloseTo(perWeight.value, 15);
    // x2 = 0: the second column of dL/dW(1) is exactly 0.
    expect(r.weightGradients[1].map((row) => row[1])).toEqual([0, 0]);
    expect(r.maxDifference).toBeLessThanOrEqual(1e-12);
  });

  it('agrees with the engine on any small network, loss and example', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom('mse' as const, 'bce' as const),
        (sizes, seed, loss) => {
          const net = mlp(sizes, { activation: 'tanh', output: 'sigmoid', seed });
          const x = Array.from({ length: sizes[0] }, (_, i) => ((i + seed) % 5) / 4 - 0.5);
          const y = Array.from({ length: sizes.at(-1)! }, (_, j) => (j + seed) % 2);
          expect(layerBackprop(net, x, y, loss).maxDifference).toBeLessThanOrEqual(1e-12);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('writes vectors and matrices as LaTeX bmatrix', () => {
    expect(texColumn([1, -0.5])).toBe(String.raw`\begin{bmatrix} 1 \\ -0.5 \end{bmatrix}`);
    expect(texMatrix([[1, 2]])).toBe(String.raw`\begin{bmatrix} 1 & 2 \end{bmatrix}`);
  });
});

describe('differenceErrors', () => {
  it('measures order 2 for the two-sided difference and 4 for the five-point stencil', () => {
    const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const { rows } = differenceErrors(
      net,
      [1, 0],
      [1],
      'mse',
      { layer: 1, j: 1, k: 1 },
      [0.2, 0.1],
    );
    const [a, b] = rows;
    expect(measuredOrder(a.h, a.centralError, b.h, b.centralError)).toBeCloseTo(2, 1);
    expect(measuredOrder(a.h, a.fivePointError, b.h, b.fivePointError)).toBeCloseTo(4, 1);
  });

  it('leaves the network it measures unchanged', () => {
    const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const before = net.getWeights();
    differenceErrors(net, [1, 0], [1], 'mse', { layer: 2, j: 1, k: 2 }, [0.1]);
    expect(net.getWeights()).toEqual(before);
  });
});
