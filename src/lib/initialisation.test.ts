import { describe, expect, it } from 'vitest';
import { activationProfile, deadRun, drawnVariance, symmetryRun } from './initialisation';

describe('symmetryRun(init)', () => {
  it('keeps the hidden neurons identical from equal weights, and solves XOR from random ones', () => {
    const equal = symmetryRun('equal');
    const [hidden] = equal.end.weights;
    expect(hidden[1]).toEqual(hidden[0]);
    expect(hidden[2]).toEqual(hidden[0]);
    expect(hidden[0]).not.toEqual(equal.start.weights[0][0]);
    expect(equal.accuracy).toBeLessThan(1);
    expect(symmetryRun('random').accuracy).toBe(1);
  });

  it('moves no parameter at all from all zeros on XOR', () => {
    const zeros = symmetryRun('zeros');
    expect(zeros.end.weights.flat(2).every((w) => w === 0)).toBe(true);
    // XOR has two 1s and two 0s: the output bias's gradient, the mean of 0.5 - y, is 0 as well.
    expect(zeros.end.biases.flat()).toEqual([0, 0, 0, 0]);
  });
});

describe('activationProfile(factor)', () => {
  it('shrinks every layer below He, grows every layer above it, and holds steady at it', () => {
    const [small, right, large] = [0.5, 1, 2].map(activationProfile);
    expect(small).toHaveLength(10);
    for (let l = 1; l < 10; l++) {
      expect(small[l]).toBeLessThan(small[l - 1]);
      expect(large[l]).toBeGreaterThan(large[l - 1]);
      expect(right[l] / right[0]).toBeGreaterThan(0.5);
      expect(right[l] / right[0]).toBeLessThan(2);
    }
  });
});

describe('drawnVariance(init, nIn, nOut)', () => {
  it("measures the engine's draws near Glorot's 2 / (nIn + nOut) and He's 2 / nIn", () => {
    const xavier = drawnVariance('xavier', 200, 100);
    expect(xavier.count).toBe(20000);
    expect(xavier.variance / (2 / 300)).toBeCloseTo(1, 1);
    expect(drawnVariance('he', 200, 100).variance / (2 / 200)).toBeCloseTo(1, 1);
  });
});

describe('deadRun(learningRate)', () => {
  it('kills ReLUs at a large learning rate, and none recover in gentler training after', () => {
    const gentle = deadRun(0.1);
    const harsh = deadRun(3);
    expect(gentle.after).toEqual(gentle.start);
    expect(harsh.after.reduce((a, b) => a + b)).toBeGreaterThan(10);
    expect(harsh.recovered).toEqual(harsh.after);
    expect(harsh.loss).toBeCloseTo(Math.log(2), 3);
    expect(gentle.accuracy).toBe(1);
  });
});
