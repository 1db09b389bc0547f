import { checkFinite, checkInteger, fail } from './errors.ts';

/** A deterministic random number generator: the engine's only source of randomness. */
export interface Rng {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A normally distributed number (Box-Muller), mean 0 and standard deviation 1 by default. */
  normal(mean?: number, sd?: number): number;
  /** A uniform integer in 0, 1, ..., n - 1. */
  int(n: number): number;
  /** Shuffles `array` in place (Fisher-Yates) and returns it. */
  shuffle<T extends { length: number; [i: number]: unknown }>(array: T): T;
}

/**
 * Creates a seeded generator (mulberry32): the same seed gives the same sequence on every machine,
 * which is what makes a lesson's "seed: 1" reproduce the figure in the text.
 */
export function createRng(seed: number): Rng {
  checkFinite('createRng', 'seed', seed);
  // Mix the seed so that nearby seeds (1, 2, 3) start far apart; fractional seeds are allowed.
  let state = Math.imul((Math.floor(seed) ^ 0x9e3779b9) >>> 0, 0x85ebca6b) >>> 0;
  state = (state ^ Math.floor((seed % 1) * 0x100000000)) >>> 0;

  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  return {
    next,
    normal(mean = 0, sd = 1) {
      // 1 - next() lies in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int(n) {
      checkInteger('rng.int', 'n', n, 1);
      return Math.floor(next() * n);
    },
    shuffle(array) {
      if (array == null || typeof array.length !== 'number') {
        fail('rng.shuffle', 'expected an array to shuffle');
      }
      for (let i = array.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = array[i];
        array[i] = array[j];
        array[j] = tmp;
      }
      return array;
    },
  };
}
