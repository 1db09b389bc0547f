import { describe, expect, it } from 'vitest';
import { datasets, splitTrainTest } from '../../engine/index.ts';
import { defaultConfig } from '../../src/lib/playground/config-model';
import { generatePoints, nearestPoint, toDataset } from '../../src/lib/playground/data';
import { parseCsv, toCsv } from '../../src/lib/playground/csv';
import { featurize } from '../../src/lib/playground/features';

describe('playground data', () => {
  it('generatePoints splits exactly as splitTrainTest does, so generated code gets the same sets', () => {
    const config = {
      ...defaultConfig,
      dataset: 'moons' as const,
      points: 120,
      testPercent: 25,
      dataSeed: 3,
    };
    const points = generatePoints(config);
    const { train, test } = splitTrainTest(datasets.moons({ n: 120, noise: 0.1, seed: 3 }), {
      testFraction: 0.25,
      seed: 3,
    });
    const ours = toDataset(points, ['x1', 'x2'], true);
    expect(new Set(ours.inputs.map((p) => p.join()))).toEqual(
      new Set(test.inputs.map((p) => p.join())),
    );
    expect(toDataset(points, ['x1', 'x2'], false).inputs).toHaveLength(train.inputs.length);
  });

  it('toDataset gives the chosen features of each point', () => {
    const points = [{ x1: 0.5, x2: -1, y: 1, test: false }];
    expect(toDataset(points, ['x2', 'x1sq', 'x1x2', 'sinx2'], false)).toEqual({
      inputs: [[-1, 0.25, -0.5, Math.sin(-1)]],
      targets: [[1]],
    });
    expect(featurize(['x2sq', 'sinx1'], 2, 3)).toEqual([9, Math.sin(2)]);
  });

  it('nearestPoint finds the closest point within the radius, else -1', () => {
    const points = [
      { x1: 0, x2: 0, y: 0, test: false },
      { x1: 0.1, x2: 0, y: 1, test: false },
    ];
    expect(nearestPoint(points, 0.08, 0, 0.05)).toBe(1);
    expect(nearestPoint(points, 1, 1, 0.05)).toBe(-1);
  });
});

describe('parseCsv / toCsv', () => {
  it('reads a header, comments and rows, and toCsv writes them back identically', () => {
    const r = parseCsv('x1,x2,label\n# a comment\n0.5, -0.25, 1\n\n-1,1.2,0\n');
    expect(r).toEqual({
      ok: true,
      points: [
        { x1: 0.5, x2: -0.25, y: 1 },
        { x1: -1, x2: 1.2, y: 0 },
      ],
    });
    if (r.ok) expect(parseCsv(toCsv(r.points))).toEqual(r);
  });

  it('names the line and the problem of a bad file', () => {
    expect(parseCsv('x1,x2,label\n0,0,1\n0.5,abc,0\n')).toEqual({
      ok: false,
      message: 'Line 3: x2 “abc” is not a number.',
    });
    expect(parseCsv('0,0,1\n1,2\n')).toEqual({
      ok: false,
      message: 'Line 2: expected 3 values “x1,x2,label”, got 2: “1,2”.',
    });
    expect(parseCsv('0,0,1\n0,0,3\n')).toEqual({
      ok: false,
      message: 'Line 2: label “3” must be 0, 1 or 2.',
    });
    expect(parseCsv('0,0,1\n0,0,2\n')).toMatchObject({ ok: true });
    expect(parseCsv('0,9,1\n')).toEqual({
      ok: false,
      message: 'Line 1: x2 = 9 is outside the plotted square, -1.5 to 1.5.',
    });
    expect(parseCsv('x1,x2,label\n0,0,1\n')).toEqual({
      ok: false,
      message: 'The file has 1 point; at least 2 are needed.',
    });
  });
});

describe('own points in the link', () => {
  it('encodePoints and decodePoints round-trip points in hundredths, with class and test flag', async () => {
    const { encodePoints, decodePoints, MAX_LINK_POINTS } =
      await import('../../src/lib/playground/points-url');
    const points = [
      { x1: -1.5, x2: 1.5, y: 0, test: false },
      { x1: 0.01, x2: -0.37, y: 2, test: true },
      { x1: 1.23, x2: 0, y: 1, test: false },
    ];
    const enc = encodePoints(points);
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    expect(enc.text).toHaveLength(15);
    expect(decodePoints(enc.text)).toEqual(points);
    expect(decodePoints(enc.text + 'x')).toBeNull();
    expect(decodePoints('zz000')).toBeNull();
    expect(decodePoints('00009')).toBeNull();
    expect(decodePoints('<img>')).toBeNull();
    const many = Array.from({ length: MAX_LINK_POINTS + 1 }, () => points[0]);
    expect(encodePoints(many)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/too many/),
    });
    expect(encodePoints([{ x1: 0, x2: 0, y: 0.5, test: false }]).ok).toBe(false);
  });
});
