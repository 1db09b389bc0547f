import { describe, expect, it } from 'vitest';
import { createOptimizer, toText } from '../../../engine/index.ts';
import { expectClose } from '../../../test/helpers/expect-close.ts';
import {
  allPaths,
  optimiserPath,
  PATH_OPTIMISERS,
  RAVINE,
  ravineGrid,
  ravineLoss,
  startOn,
  stepsTo,
} from './optimiser-paths';
import { PATHS_CHART, startAtFraction } from './optimiser-paths-chart';

/** The ravine's loss and gradient as the widget's caption states them. */
const loss = (w1: number, w2: number) => 2 * (w1 - 1) ** 2 + 0.08 * (w2 - 1) ** 2;
const gradient = (w1: number, w2: number) => [4 * (w1 - 1), 0.16 * (w2 - 1)];

describe('the optimiser paths', () => {
  it("ravineLoss() and ravineGrid() are the engine's mean squared error, 2(w1 - 1)^2 + 0.08(w2 - 1)^2", () => {
    expectClose(ravineLoss(-1.5, 2), loss(-1.5, 2));
    const { width, height, values } = ravineGrid();
    expect(values).toHaveLength(width * height);
    const [a1, a2] = RAVINE.w1Range;
    const [b1, b2] = RAVINE.w2Range;
    const at = (i: number, j: number) =>
      loss(a1 + ((a2 - a1) * (i + 0.5)) / width, b1 + ((b2 - b1) * (j + 0.5)) / height);
    expectClose(values[0], at(0, 0));
    expectClose(values[7 * width + 31], at(31, 7));
  });

  it("optimiserPath() follows each engine optimiser fed the ravine's gradient, step by step", () => {
    const { w1, w2, eta } = RAVINE.start;
    for (const name of PATH_OPTIMISERS) {
      const path = optimiserPath(name, w1, w2, eta, 40);
      const opt = createOptimizer(name, 2);
      const p = Float64Array.from([w1, w2]);
      for (let k = 1; k <= 40; k++) {
        opt.apply(p, Float64Array.from(gradient(p[0], p[1])), 1, eta, null, null);
        expectClose([path.points[k].w1, path.points[k].w2], Array.from(p), 1e-10);
      }
      expect(path.diverged).toBe(false);
    }
  });

  it("optimiserPath() keeps each update's engine steps for w1 and w2, ending where the point moved", () => {
    const path = optimiserPath('adam', -1.5, -1, 0.1, 3);
    const update = path.updates[2];
    expect(update.k).toBe(3);
    expect(update.steps.map((s) => s.kind)).toEqual(['adamUpdate', 'adamUpdate']);
    expect(update.steps[0]).toMatchObject({
      t: 3,
      old: path.points[2].w1,
      result: path.points[3].w1,
    });
    expect(toText(update.steps[1])).toContain('w(1)_12 <-');
    expectClose(update.loss, loss(path.points[2].w1, path.points[2].w2));
  });

  it('the bias never moves: each example comes with its mirror image', () => {
    for (const name of PATH_OPTIMISERS) {
      const t = startOn(name, 2.5, -1.5, 0.3);
      for (let k = 0; k < 30; k++) t.step();
      expect(t.net.getBias(1, 1)).toBe(0);
    }
  });

  it('at the default start and rate, momentum, RMSProp and Adam reach a loss of 0.01 and plain descent does not', () => {
    const { w1, w2, eta } = RAVINE.start;
    const [sgd, ...others] = allPaths(w1, w2, eta, RAVINE.maxSteps);
    expect(stepsTo(sgd, 0.01)).toBeNull();
    for (const p of others) expect(stepsTo(p, 0.01)).not.toBeNull();
  });

  it('optimiserPath() stops at a divergence and says so', () => {
    const path = optimiserPath('sgd', 2.5, 2.5, 0.6, 3000);
    expect(path.diverged).toBe(true);
    expect(path.updates.length).toBeLessThan(3000);
  });

  it("startAtFraction() maps the plot area's corners to the ranges' ends, snapped to 0.1", () => {
    const c = PATHS_CHART;
    const left = c.marginLeft / c.width;
    const right = 1 - c.marginRight / c.width;
    const top = c.marginTop / c.height;
    const bottom = 1 - c.marginBottom / c.height;
    expect(startAtFraction(left, bottom)).toEqual({ w1: RAVINE.w1Range[0], w2: RAVINE.w2Range[0] });
    expect(startAtFraction(right, top)).toEqual({ w1: RAVINE.w1Range[1], w2: RAVINE.w2Range[1] });
    expect(startAtFraction(0, 1)).toEqual({ w1: RAVINE.w1Range[0], w2: RAVINE.w2Range[0] });
  });
});
