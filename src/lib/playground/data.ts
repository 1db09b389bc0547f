import { argMax, datasets, oneHot, splitTrainTest, type Dataset } from '../../../engine/index.ts';
import type { PlaygroundConfig } from './config-model';
import { featurize, type FeatureName } from './features';

/** One point on the plane: its coordinates, its target (class 0, 1 or 2, or a number) and which set it is in. */
export interface Point {
  x1: number;
  x2: number;
  y: number;
  test: boolean;
}

/** Half the width of the square the playground draws: points and heat maps cover [-1.5, 1.5]^2. */
export const DOMAIN = 1.5;

/**
 * Marks which points are test points with the engine's own `splitTrainTest`, and puts the
 * training points in the order it returns them, so that generated code calling
 * `splitTrainTest(data, { testFraction, seed })` trains on exactly the same sequence. The index
 * rides along as a third coordinate and is read back.
 */
export function splitPoints(
  raw: { x1: number; x2: number; y: number }[],
  testPercent: number,
  seed: number,
): Point[] {
  const nTest = Math.round((raw.length * testPercent) / 100);
  if (testPercent === 0 || nTest < 1 || nTest > raw.length - 1)
    return raw.map((p) => ({ ...p, test: false }));
  const tagged: Dataset = {
    inputs: raw.map((p, i) => [p.x1, p.x2, i]),
    targets: raw.map((p) => [p.y]),
  };
  const { train, test } = splitTrainTest(tagged, { testFraction: testPercent / 100, seed });
  return [
    ...train.inputs.map((row) => ({ ...raw[row[2]], test: false })),
    ...test.inputs.map((row) => ({ ...raw[row[2]], test: true })),
  ];
}

/** Generates the config's dataset with the engine and splits it. */
export function generatePoints(config: PlaygroundConfig): Point[] {
  if (config.dataset === 'own') throw new Error('generatePoints: own data is not generated');
  const data = datasets[config.dataset]({
    n: config.points,
    noise: config.noise,
    seed: config.dataSeed,
  });
  // A three-class set's one-hot targets become the class number; the network gets them one-hot again.
  const raw = data.inputs.map(([x1, x2], i) => ({
    x1,
    x2,
    y: data.targets[i].length > 1 ? argMax(data.targets[i]) : data.targets[i][0],
  }));
  return splitPoints(raw, config.testPercent, config.dataSeed);
}

/** The training or test points as an engine dataset of their chosen features (one-hot targets for three classes). */
export function toDataset(
  points: readonly Point[],
  features: readonly FeatureName[],
  test: boolean,
  classes = 2,
): Dataset {
  const chosen = points.filter((p) => p.test === test);
  return {
    inputs: chosen.map((p) => featurize(features, p.x1, p.x2)),
    targets: chosen.map((p) => (classes === 3 ? oneHot(p.y, 3) : [p.y])),
  };
}

/** The index of the point nearest (x1, x2) within `radius`, or -1: a click there removes it. */
export function nearestPoint(
  points: readonly Point[],
  x1: number,
  x2: number,
  radius: number,
): number {
  let best = -1;
  let bestD = radius * radius;
  points.forEach((p, i) => {
    const d = (p.x1 - x1) ** 2 + (p.x2 - x2) ** 2;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}
