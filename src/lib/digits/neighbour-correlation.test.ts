import { describe, expect, it } from 'vitest';
import { createRng } from '../../../engine/index.ts';
import { expectClose } from '../../../test/helpers/expect-close';
import { neighbourCorrelation } from './neighbour-correlation';

const all = Array.from({ length: 16 }, (_, i) => i);

describe('neighbourCorrelation(picture, pixels, side)', () => {
  it('is 1 for a smooth ramp and -1 for a checkerboard', () => {
    // A ramp along the diagonal: each neighbour adds the same step, so the pairs are on a line.
    expectClose(
      neighbourCorrelation(
        all.map((i) => (i % 4) + Math.floor(i / 4)),
        all,
        4,
      ),
      1,
    );
    expectClose(
      neighbourCorrelation(
        all.map((i) => ((i % 4) + Math.floor(i / 4)) % 2),
        all,
        4,
      ),
      -1,
    );
  });

  it('is near 0 for noise', () => {
    const rng = createRng(5);
    const noise = Array.from({ length: 784 }, () => rng.next());
    const pixels = Array.from({ length: 784 }, (_, i) => i);
    expect(Math.abs(neighbourCorrelation(noise, pixels))).toBeLessThan(0.1);
  });

  it('pairs each pixel with its right and lower neighbours only, never across the end of a row', () => {
    // Each pixel holds its column: the pairs, listed by hand, are 3 across and 3 down per row and column.
    const pairs: [number, number][] = [];
    for (let row = 0; row < 4; row++) pairs.push([0, 1], [1, 2], [2, 3]);
    for (let column = 0; column < 4; column++)
      for (let k = 0; k < 3; k++) pairs.push([column, column]);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const [a, b] = [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
    const [ma, mb] = [mean(a), mean(b)];
    const cov = mean(a.map((x, k) => (x - ma) * (b[k] - mb)));
    const sd = (v: number[], m: number) => Math.sqrt(mean(v.map((x) => (x - m) ** 2)));
    expectClose(
      neighbourCorrelation(
        all.map((i) => i % 4),
        all,
        4,
      ),
      cov / (sd(a, ma) * sd(b, mb)),
    );
  });
});
