import { describe, expect, it } from 'vitest';
import { createTrainer, updatesPerEpoch } from '../../../engine/index.ts';
import {
  advanceLane,
  createLane,
  fullLoss,
  lastEpochRange,
  laneDone,
  raceData,
  raceNet,
  thinned,
} from './batch-race';

const data = raceData();

describe('createLane(name, data, batchSize, epochs, eta)', () => {
  it('plans 50,000, 1,600 and 50 updates for 50 epochs at batch sizes 1, 32 and 1,000', () => {
    expect(data.inputs.length).toBe(1000);
    expect([1, 32, 1000].map((B) => createLane('x', data, B, 50, 0.5).total)).toEqual([
      50000, 1600, 50,
    ]);
    expect(createLane('x', data, 32, 50, 0.5).perEpoch).toBe(updatesPerEpoch(1000, 32));
  });

  it("refuses a batch size that is not a whole number, with the engine's message", () => {
    expect(() => createLane('x', data, 2.5, 5, 0.5)).toThrow(/batchSize/);
  });
});

describe('advanceLane(lane, budget, data, now)', () => {
  it('trains in slices to the same weights and history as one uninterrupted engine run', () => {
    const lane = createLane('Mini-batch', data, 32, 3, 0.5);
    let t = 0;
    const clock = () => (t += 0.01);
    while (!laneDone(lane)) advanceLane(lane, 0.5, data, clock);
    const reference = createTrainer(raceNet(), data, {
      loss: 'bce',
      learningRate: 0.5,
      batchSize: 32,
      seed: 1,
    });
    for (let e = 0; e < 3; e++) reference.runEpoch();
    expect(lane.trainer.updates).toBe(96);
    expect(lane.trainer.history).toEqual(reference.history);
    expect(lane.trainer.net.getWeights()).toEqual(reference.net.getWeights());
    expect(lane.finalLoss).toBe(fullLoss(reference, data));
    expect(lane.path.at(-1)).toEqual({
      update: 96,
      w1: reference.net.getWeight(1, 1, 1),
      w2: reference.net.getWeight(1, 1, 2),
    });
    expect(lane.ms).toBeGreaterThan(0);
  });

  it("records every update's batch loss; a full batch has one value per epoch", () => {
    const lane = createLane('Batch', data, 1000, 2, 0.5);
    while (!laneDone(lane)) advanceLane(lane, 5, data, () => 0);
    expect(lane.batchLoss[0]).toBe(lane.trainer.history[0].loss);
    expect(lastEpochRange(lane)).toEqual([lane.batchLoss[1], lane.batchLoss[1]]);
  });
});

describe('thinned(values, count, max)', () => {
  it('keeps the first and last update, in order, at most max points, picking values unchanged', () => {
    const values = Float64Array.from({ length: 50000 }, (_, i) => i * 2);
    const points = thinned(values, 50000, 700);
    expect(points.length).toBeLessThanOrEqual(700);
    expect(points[0]).toEqual({ update: 1, loss: 0 });
    expect(points.at(-1)!.update).toBe(50000);
    expect(
      points.every(
        (p, i) => p.loss === (p.update - 1) * 2 && (i === 0 || p.update > points[i - 1].update),
      ),
    ).toBe(true);
    expect(thinned(values, 0, 700)).toEqual([]);
    expect(thinned(values, 5, 700).map((p) => p.update)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('advanceLane(..., until)', () => {
  it('stops at the update asked for, with the same weights as an uninterrupted run', () => {
    const data = raceData();
    const a = createLane('Mini-batch', data, 32, 2, 0.5);
    advanceLane(a, Infinity, data, () => 0, 40);
    expect(a.trainer.updates).toBe(40);
    const b = createLane('Mini-batch', data, 32, 2, 0.5);
    while (b.trainer.updates < 40) advanceLane(b, 0, data, () => 0, 40);
    expect(b.trainer.net.getWeights()).toEqual(a.trainer.net.getWeights());
    expect(a.path).toEqual(b.path);
  });
});
