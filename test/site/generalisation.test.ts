import { describe, expect, it } from 'vitest';
import { layerFlowModel, probeGap } from '../../src/lib/layer-flow';
import { bandRun, curveData, CURVE, fitCurve } from '../../src/lib/generalisation';

describe('lesson 11 side studies', () => {
  it("bandRun(1) is lesson 1's network: the same probe of the empty band", () => {
    expect(bandRun(1).gap).toEqual(probeGap(layerFlowModel().net));
  });

  it('bandRun() from three seeds: every training point right, three different boundaries in the band', () => {
    const runs = [1, 2, 3].map((seed) => bandRun(seed));
    for (const r of runs) expect(r.trainAccuracy).toBe(1);
    const inside = new Set(runs.map((r) => r.gap.wronglyInside));
    expect(inside.size).toBe(3);
    // Weight decay does not move lesson 1's boundary out of the band.
    const decayed = bandRun(1, 0.01);
    expect(decayed.trainAccuracy).toBe(1);
    expect(decayed.gap.wronglyInside).toBeGreaterThan(0);
  });

  it('bandRun() with early stopping keeps its best epoch on the fresh points, and the band is no better', () => {
    for (const seed of [1, 2, 3]) {
      const full = bandRun(seed);
      const stopped = bandRun(seed, 0, true);
      expect(full.keptEpoch).toBeGreaterThan(stopped.keptEpoch - 1);
      expect(stopped.keptEpoch).toBeGreaterThan(0);
      expect(stopped.gap.wronglyInside).toBeGreaterThanOrEqual(full.gap.wronglyInside);
    }
  });

  it('curveData() samples two periods of a sine on an even grid from -1 to 1', () => {
    const data = curveData();
    expect(data.inputs.length).toBe(CURVE.points);
    expect(data.inputs[0]).toEqual([-1]);
    expect(data.inputs.at(-1)).toEqual([1]);
    expect(data.targets[20][0]).toBeCloseTo(
      Math.sin(CURVE.periods * Math.PI * data.inputs[20][0]),
      15,
    );
  });

  it('fitCurve() gets closer as hidden units are added, and two layers of 4 beat one of 16', () => {
    const fits = [[1], [2], [4], [8], [16]].map((h) => fitCurve(h));
    for (let i = 1; i < fits.length; i++) expect(fits[i].mse).toBeLessThan(fits[i - 1].mse);
    const deep = fitCurve([4, 4]);
    expect(deep.parameters).toBeLessThan(fits[4].parameters);
    expect(deep.mse).toBeLessThan(fits[4].mse);
  });
});
