import { describe, expect, it } from 'vitest';
import { createRng } from '../../engine/index.ts';

describe('createRng', () => {
  it('createRng(seed) gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 20 }, () => a.next());
    const ys = Array.from({ length: 20 }, () => b.next());
    expect(xs).toEqual(ys);
  });

  it('createRng(seed) gives different sequences for nearby seeds', () => {
    const a = createRng(1).next();
    const b = createRng(2).next();
    expect(a).not.toBe(b);
  });

  it('next() stays in [0, 1) with a mean near 1/2', () => {
    const rng = createRng(7);
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(Math.abs(sum / 10000 - 0.5)).toBeLessThan(0.02);
  });

  it('normal(mean, sd) has about the requested mean and standard deviation', () => {
    const rng = createRng(3);
    const xs = Array.from({ length: 20000 }, () => rng.normal(2, 0.5));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean - 2)).toBeLessThan(0.02);
    expect(Math.abs(sd - 0.5)).toBeLessThan(0.02);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it('int(n) returns every integer 0..n-1 and nothing else', () => {
    const rng = createRng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(6));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('shuffle(array) permutes in place, deterministically', () => {
    const a = createRng(9).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = createRng(9).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const typed = Int32Array.from([0, 1, 2, 3]);
    expect(createRng(1).shuffle(typed)).toBe(typed);
  });

  it("an Int32Array (the trainers' sample order) is shuffled exactly as a plain array", () => {
    for (const seed of [1, 2, 8, 0.5]) {
      const rng = createRng(seed);
      const plain = createRng(seed);
      for (let epoch = 0; epoch < 5; epoch++) {
        const order = Int32Array.from({ length: 37 }, (_, i) => i);
        const list = Array.from({ length: 37 }, (_, i) => i);
        expect([...rng.shuffle(order)]).toEqual(plain.shuffle(list));
      }
      // Both left the generator in the same state.
      expect(rng.next()).toBe(plain.next());
    }
  });

  it('createRng and int reject bad arguments with a message', () => {
    expect(() => createRng(NaN)).toThrow('createRng: expected seed to be a finite number, got NaN');
    expect(() => createRng(1).int(0)).toThrow('rng.int: expected n to be an integer >= 1, got 0');
  });
});
