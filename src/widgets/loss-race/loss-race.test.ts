import { describe, expect, it } from 'vitest';
import { gates, losses, mlp, train } from '../../../engine/index.ts';
import {
  chartEpochs,
  LOSS_RACE,
  momentOf,
  networkAt,
  outputCurve,
  runLane,
  runRace,
} from './loss-race';

const lessonStart = { ...LOSS_RACE.start, eta: LOSS_RACE.eta.start };

/** The same run with the engine's train(): the epoch after which all four outputs are right. */
function solvedByTrain(loss: 'mse' | 'bce', eta: number, epochs: number): number | null {
  const net = mlp([2, 1], { output: 'sigmoid' });
  net.setWeights({ weights: [[[-4, -4]]], biases: [[-2]] });
  let solved: number | null = null;
  train(net, gates.OR, {
    loss,
    learningRate: eta,
    batchSize: 4,
    epochs,
    onEpoch: (entry) => {
      const right = gates.OR.inputs.every(
        (x, s) => net.predict(x)[0] >= 0.5 === (gates.OR.targets[s][0] === 1),
      );
      if (right && solved === null) solved = entry.epoch;
      return solved === null;
    },
  });
  return solved;
}

describe('the loss race', () => {
  const [se, ce] = runRace(lessonStart);

  it('trains both lanes from the same start, and each lane as train() does', () => {
    expect(Array.from(networkAt(se, 0).getParams())).toEqual([-4, -4, -2]);
    expect(Array.from(networkAt(ce, 0).getParams())).toEqual([-4, -4, -2]);
    expect(se.solvedAt).toBe(solvedByTrain('mse', 0.5, LOSS_RACE.epochs));
    expect(ce.solvedAt).toBe(solvedByTrain('bce', 0.5, LOSS_RACE.epochs));
  });

  it('from the saturated start, cross-entropy gets OR right many times sooner', () => {
    expect(ce.solvedAt).not.toBeNull();
    expect(se.solvedAt).not.toBeNull();
    expect(se.solvedAt! / ce.solvedAt!).toBeGreaterThan(10);
  });

  it("keeps every epoch's parameters: epoch e is e full-batch steps from the start", () => {
    const net = mlp([2, 1], { output: 'sigmoid' });
    net.setWeights({ weights: [[[-4, -4]]], biases: [[-2]] });
    train(net, gates.OR, { loss: 'bce', learningRate: 0.5, batchSize: 4, epochs: 37 });
    expect(Array.from(networkAt(ce, 37).getParams())).toEqual(Array.from(net.getParams()));
  });

  it("shows one example's moment with the engine's steps: dL/dz is yHat - y under cross-entropy", () => {
    const m = momentOf(ce, 0, 3);
    expect(m.yHat).toBeCloseTo(1 / (1 + Math.exp(10)), 15);
    expect(m.dz).toBeCloseTo(m.yHat - 1, 12);
    expect(m.steps.map((s) => s.kind)).toContain('chainRule');
    const mse = momentOf(se, 0, 3);
    expect(mse.dz).toBeCloseTo(losses.mse.df(mse.yHat, 1) * mse.yHat * (1 - mse.yHat), 15);
    expect(Math.abs(m.dz / mse.dz)).toBeGreaterThan(1000);
  });

  it('samples output curves up to the epoch asked, ending exactly there', () => {
    const curve = outputCurve(se, 3, 2500, 100);
    expect(curve[0]).toEqual({ epoch: 0, yHat: momentOf(se, 0, 3).yHat });
    expect(curve.at(-1)!.epoch).toBe(2500);
    expect(curve.length).toBeLessThanOrEqual(102);
  });

  it('shows enough epochs for the slower lane to be seen solving', () => {
    const span = chartEpochs([se, ce]);
    expect(span).toBeGreaterThan(se.solvedAt!);
    expect(span).toBeLessThanOrEqual(LOSS_RACE.epochs);
  });

  it('reports an unsolved lane as null, and a start that is already right as epoch 0', () => {
    expect(runLane('mse', { w: -8, b: -8, eta: 0.05 }, 50).solvedAt).toBeNull();
    expect(runLane('bce', { w: 2, b: -1, eta: 0.5 }, 5).solvedAt).toBe(0);
  });
});
