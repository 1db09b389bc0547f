import { describe, expect, it } from 'vitest';
import { createRng, gates, mlp, train } from '../../engine/index.ts';

const weightsOf = (net: ReturnType<typeof mlp>) => net.getWeights().weights.flat(2);

function meanAndSd(xs: number[]) {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length;
  return { mean, sd: Math.sqrt(variance) };
}

describe('mlp(sizes, { init })', () => {
  it("'auto' is the default: Xavier for tanh and sigmoid layers, He for relu-like ones", () => {
    const tanh = { activation: 'tanh', seed: 4 } as const;
    const relu = { activation: 'relu', output: 'relu', seed: 4 } as const;
    expect(weightsOf(mlp([2, 3, 1], tanh))).toEqual(
      weightsOf(mlp([2, 3, 1], { ...tanh, init: 'auto' })),
    );
    expect(weightsOf(mlp([2, 3, 1], tanh))).toEqual(
      weightsOf(mlp([2, 3, 1], { ...tanh, init: 'xavier' })),
    );
    expect(weightsOf(mlp([2, 3], relu))).toEqual(weightsOf(mlp([2, 3], { ...relu, init: 'he' })));
    expect(weightsOf(mlp([2, 3], relu))).not.toEqual(
      weightsOf(mlp([2, 3], { ...relu, init: 'xavier' })),
    );
  });

  it("'xavier' draws U(-a, a), a = sqrt(6 / (nIn + nOut)): variance 2 / (nIn + nOut)", () => {
    const ws = weightsOf(mlp([200, 100], { init: 'xavier', seed: 7 }));
    const a = Math.sqrt(6 / 300);
    expect(ws.every((w) => Math.abs(w) <= a)).toBe(true);
    const { mean, sd } = meanAndSd(ws);
    expect(Math.abs(mean)).toBeLessThan(0.005);
    expect(sd / Math.sqrt(2 / 300)).toBeCloseTo(1, 1);
  });

  it("'he' draws N(0, 2 / nIn)", () => {
    const ws = weightsOf(mlp([200, 100], { init: 'he', activation: 'relu', seed: 7 }));
    const { mean, sd } = meanAndSd(ws);
    expect(Math.abs(mean)).toBeLessThan(0.005);
    expect(sd / Math.sqrt(2 / 200)).toBeCloseTo(1, 1);
  });

  it("'xavier' draws each layer's weights in order from the seed, scaled by its own fan-in and fan-out", () => {
    const sizes = [3, 5, 2];
    const rng = createRng(9);
    const expected = sizes.slice(1).flatMap((nOut, i) => {
      const a = Math.sqrt(6 / (sizes[i] + nOut));
      // U(-a, a) has variance a^2 / 3, which is Glorot's 2 / (nIn + nOut).
      expect((a * a) / 3).toBeCloseTo(2 / (sizes[i] + nOut), 15);
      return Array.from({ length: sizes[i] * nOut }, () => (2 * rng.next() - 1) * a);
    });
    expect(weightsOf(mlp(sizes, { init: 'xavier', seed: 9 }))).toEqual(expected);
  });

  it("'he' draws each layer's weights from N(0, 2 / nIn) in order from the seed", () => {
    const sizes = [4, 6, 3];
    const rng = createRng(9);
    const expected = sizes
      .slice(1)
      .flatMap((nOut, i) =>
        Array.from({ length: sizes[i] * nOut }, () => rng.normal(0, Math.sqrt(2 / sizes[i]))),
      );
    const he = weightsOf(mlp(sizes, { init: 'he', activation: 'relu', seed: 9 }));
    expect(he).toEqual(expected);
    // The same draws as N(0, 1), each layer scaled by its own sqrt(2 / nIn): 1/sqrt(2), then 1/sqrt(3).
    const unit = weightsOf(mlp(sizes, { init: { name: 'normal', sd: 1 }, seed: 9 }));
    he.forEach((w, i) => {
      const nIn = i < sizes[0] * sizes[1] ? sizes[0] : sizes[1];
      expect(w / unit[i]).toBeCloseTo(Math.sqrt(2 / nIn), 12);
    });
  });

  it("'normal' and 'uniform' take a scale of the reader's own; biases start at 0 whatever the init", () => {
    const normal = mlp([200, 100], { init: { name: 'normal', sd: 3 }, seed: 2 });
    expect(meanAndSd(weightsOf(normal)).sd / 3).toBeCloseTo(1, 1);
    const uniform = weightsOf(mlp([200, 100], { init: { name: 'uniform', limit: 0.01 }, seed: 2 }));
    expect(Math.max(...uniform.map(Math.abs))).toBeLessThanOrEqual(0.01);
    expect(Math.max(...uniform.map(Math.abs))).toBeGreaterThan(0.0099);
    expect(
      normal
        .getWeights()
        .biases.flat()
        .every((b) => b === 0),
    ).toBe(true);
  });

  it("'zeros' and 'constant' start every weight equal, and training keeps the hidden neurons identical", () => {
    expect(weightsOf(mlp([2, 3, 1], { init: 'zeros' })).every((w) => w === 0)).toBe(true);
    const net = mlp([2, 3, 1], { init: { name: 'constant', value: 0.5 } });
    expect(weightsOf(net).every((w) => w === 0.5)).toBe(true);
    train(net, gates.XOR, { loss: 'bce', learningRate: 1, epochs: 200, batchSize: 4 });
    const [hidden, out] = net.getWeights().weights;
    // Every hidden neuron saw the same inputs and got the same gradient at every step.
    expect(hidden[1]).toEqual(hidden[0]);
    expect(hidden[2]).toEqual(hidden[0]);
    expect(out[0][1]).toBe(out[0][0]);
    expect(hidden[0][0]).not.toBe(0.5);
  });

  it('rejects an unknown init or a bad scale with a message naming the setting', () => {
    expect(() => mlp([2, 1], { init: 'glorot' as never })).toThrow(
      'mlp: unknown init "glorot"; expected one of auto, xavier, he, zeros, constant, normal, uniform',
    );
    expect(() => mlp([2, 1], { init: { name: 'normal', sd: -1 } })).toThrow(
      'mlp: expected init.sd to be > 0, got -1',
    );
    expect(() => mlp([2, 1], { init: { name: 'constant', value: NaN } })).toThrow(
      'mlp: expected init.value to be a finite number, got NaN',
    );
    expect(() => mlp([2, 1], { init: { name: 'uniform' } as never })).toThrow(
      'mlp: expected init.limit to be a finite number, got undefined',
    );
  });
});
