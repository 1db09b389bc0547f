import { checkDataset } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { checkFinite, checkInteger, fail } from './errors.ts';
import { loadDigits } from './digits.ts';
import { oneHot } from './metrics.ts';
import { createRng } from './random.ts';
import type { Rng } from './random.ts';

/** Options for the 2-D generators. */
export interface GeneratorOptions {
  /** Number of points; default 200. Classes alternate, so they are balanced. */
  n?: number;
  /** Standard deviation of Gaussian noise added to each coordinate; default 0. */
  noise?: number;
  /** Default 1. */
  seed?: number;
}

type Point = (label: number, rng: Rng, i: number, n: number) => [number, number];

function generator(name: string, point: Point, classes = 2) {
  return (options: GeneratorOptions = {}): Dataset => {
    const where = `datasets.${name}`;
    const n = options.n === undefined ? 200 : checkInteger(where, 'n', options.n, 1);
    const noise = options.noise === undefined ? 0 : checkFinite(where, 'noise', options.noise);
    if (noise < 0) fail(where, `expected noise to be >= 0, got ${noise}`);
    const rng = createRng(
      options.seed === undefined ? 1 : checkFinite(where, 'seed', options.seed),
    );
    const inputs: number[][] = [];
    const targets: number[][] = [];
    for (let i = 0; i < n; i++) {
      const label = i % classes;
      const [x, y] = point(label, rng, i, n);
      inputs.push([x + rng.normal(0, noise), y + rng.normal(0, noise)]);
      // Two classes are one 0/1 target; more are one-hot, for a softmax output.
      targets.push(classes === 2 ? [label] : oneHot(label, classes));
    }
    return { inputs, targets };
  };
}

/**
 * A regression set: points uniform in [-1, 1] squared, each with the target value(x, y); noise is
 * added to the coordinates after the target is taken, so it blurs the inputs as for the classes.
 */
function regression(name: string, value: (x: number, y: number) => number) {
  return (options: GeneratorOptions = {}): Dataset => {
    const where = `datasets.${name}`;
    const n = options.n === undefined ? 200 : checkInteger(where, 'n', options.n, 1);
    const noise = options.noise === undefined ? 0 : checkFinite(where, 'noise', options.noise);
    if (noise < 0) fail(where, `expected noise to be >= 0, got ${noise}`);
    const rng = createRng(
      options.seed === undefined ? 1 : checkFinite(where, 'seed', options.seed),
    );
    const inputs: number[][] = [];
    const targets: number[][] = [];
    for (let i = 0; i < n; i++) {
      const x = 2 * rng.next() - 1;
      const y = 2 * rng.next() - 1;
      targets.push([value(x, y)]);
      inputs.push([x + rng.normal(0, noise), y + rng.normal(0, noise)]);
    }
    return { inputs, targets };
  };
}

/** 2-D toy datasets: five with labels 0 and 1, two with three one-hot classes, and two regression sets, within [-1, 1] squared before noise (the Gaussian blobs, gaussians and blobs3, reach a little beyond). */
export const datasets = Object.freeze({
  /** Points in the four quadrants: label 1 where x and y have opposite signs. */
  xor: generator('xor', (label, rng) => {
    // Stay 0.05 off the axes so that noise 0 gives a clean, separable set.
    const sx = rng.next() < 0.5 ? -1 : 1;
    const sy = label === 1 ? -sx : sx;
    return [sx * (0.05 + 0.95 * rng.next()), sy * (0.05 + 0.95 * rng.next())];
  }),
  /** Label 1 inside radius 0.5, label 0 in the ring from 0.7 to 1. */
  circle: generator('circle', (label, rng) => {
    const r = label === 1 ? 0.5 * Math.sqrt(rng.next()) : 0.7 + 0.3 * rng.next();
    const t = 2 * Math.PI * rng.next();
    return [r * Math.cos(t), r * Math.sin(t)];
  }),
  /** Two Gaussian blobs (sd 0.25) centred at (-0.5, -0.5), label 0, and (0.5, 0.5), label 1. */
  gaussians: generator('gaussians', (label, rng) => {
    const c = label === 1 ? 0.5 : -0.5;
    return [rng.normal(c, 0.25), rng.normal(c, 0.25)];
  }),
  /** Two interleaved spiral arms, 1.75 turns each, one per label; only the noise depends on the seed. */
  spiral: generator('spiral', (label, _rng, i, n) => {
    const r = Math.floor(i / 2) / Math.max(1, Math.ceil(n / 2));
    const t = 1.75 * 2 * Math.PI * r + label * Math.PI;
    return [r * Math.sin(t), r * Math.cos(t)];
  }),
  /** Two interlocking half moons, one per label. */
  moons: generator('moons', (label, rng) => {
    const t = Math.PI * rng.next();
    return label === 0
      ? [0.5 * Math.cos(t) - 0.25, 0.5 * Math.sin(t) - 0.1]
      : [0.25 - 0.5 * Math.cos(t), 0.1 - 0.5 * Math.sin(t)];
  }),
  /** Three classes, one-hot targets: Gaussian blobs (sd 0.25) centred 0.6 from the origin at 90, 210 and 330 degrees. */
  blobs3: generator(
    'blobs3',
    (label, rng) => {
      const t = Math.PI / 2 + (label * 2 * Math.PI) / 3;
      return [rng.normal(0.6 * Math.cos(t), 0.25), rng.normal(0.6 * Math.sin(t), 0.25)];
    },
    3,
  ),
  /** Three classes, one-hot targets: three interleaved spiral arms, 1.25 turns each, one per class. */
  spiral3: generator(
    'spiral3',
    (label, _rng, i, n) => {
      const r = Math.floor(i / 3) / Math.max(1, Math.ceil(n / 3));
      const t = 1.25 * 2 * Math.PI * r + (label * 2 * Math.PI) / 3;
      return [r * Math.sin(t), r * Math.cos(t)];
    },
    3,
  ),
  /** The handwritten digits, 8,000 to train and 2,000 to test (async: the data is downloaded once). */
  digits: loadDigits,
  /** Regression: a tilted plane, target (x + y) / 2, between -1 and 1. */
  plane: regression('plane', (x, y) => (x + y) / 2),
  /** Regression: a round hill, target 2 exp(-2 (x^2 + y^2)) - 1, from 1 at the centre to about -0.96 in the corners. */
  hill: regression('hill', (x, y) => 2 * Math.exp(-2 * (x * x + y * y)) - 1),
});

/** Splits a dataset at random into train and test sets; `testFraction` defaults to 0.2. */
export function splitTrainTest(
  data: Dataset,
  options: { testFraction?: number; seed?: number } = {},
): { train: Dataset; test: Dataset } {
  const where = 'splitTrainTest';
  checkDataset(where, data);
  const fraction =
    options.testFraction === undefined
      ? 0.2
      : checkFinite(where, 'testFraction', options.testFraction);
  const n = data.inputs.length;
  const nTest = Math.round(n * fraction);
  if (fraction <= 0 || fraction >= 1 || nTest < 1 || nTest > n - 1) {
    fail(
      where,
      `expected testFraction in (0, 1) leaving at least one sample on each side of ${n}, got ${fraction}`,
    );
  }
  const order = createRng(
    options.seed === undefined ? 1 : checkFinite(where, 'seed', options.seed),
  ).shuffle(Array.from({ length: n }, (_, i) => i));
  const pick = (idx: number[]): Dataset => ({
    inputs: idx.map((i) => [...data.inputs[i]]),
    targets: idx.map((i) => [...data.targets[i]]),
  });
  return { test: pick(order.slice(0, nTest)), train: pick(order.slice(nTest)) };
}
