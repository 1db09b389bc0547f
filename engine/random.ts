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
  // The state and the last draw live in an Int32Array: a 32-bit integer in a closure variable or a
  // return value may be boxed (V8's small integers can be 31 bits), which would allocate on every
  // draw inside training loops that shuffle each epoch. bits[0]: state, bits[1]: last draw.
  const bits = new Int32Array(2);
  // Mix the seed so that nearby seeds (1, 2, 3) start far apart; fractional seeds are allowed.
  bits[0] =
    Math.imul((Math.floor(seed) ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^
    Math.floor((seed % 1) * 0x100000000);

  /** Advances mulberry32 and leaves the next 32 random bits in bits[1]. */
  function draw(): void {
    bits[0] = bits[0] + 0x6d2b79f5;
    let t = bits[0];
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bits[1] = t ^ (t >>> 14);
  }

  function next(): number {
    draw();
    return (bits[1] >>> 0) / 4294967296;
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
        // Integer arithmetic only: shuffle runs once per epoch, often before V8 optimises it, and
        // unoptimised code boxes every double. 31 random bits modulo i + 1: bias below n / 2^31.
        draw();
        const j = (bits[1] & 0x7fffffff) % (i + 1);
        const tmp = array[i];
        array[i] = array[j];
        array[j] = tmp;
      }
      return array;
    },
  };
}
