import { describe, expect, it } from 'vitest';
import { evaluate, losses, mlp, train, trainWithValidation } from '../../../engine/index.ts';
import {
  accuracyAt,
  exampleAt,
  labData,
  nearestExample,
  networkAt,
  OVERFIT_LAB,
  outputGrid,
  penaltyAt,
  runLab,
  weightsOf,
} from './overfit-lab';
import { epochAtFraction, pointAtFraction } from './overfit-lab-chart';

const freshNet = () =>
  mlp([...OVERFIT_LAB.sizes], {
    activation: OVERFIT_LAB.activation,
    output: 'sigmoid',
    seed: OVERFIT_LAB.seed,
  });

/** The lab's run redone with the engine's train() for `epochs` epochs. */
function trainedFor(epochs: number, decay: number) {
  const data = labData();
  const net = freshNet();
  train(net, data.train, {
    loss: 'bce',
    learningRate: OVERFIT_LAB.learningRate,
    batchSize: data.train.inputs.length,
    epochs,
    regularization: decay === 0 ? null : { name: 'l2', rate: decay },
  });
  return { net, data };
}

describe('the overfit lab', () => {
  const runs = OVERFIT_LAB.decays.map((decay) => runLab(decay));
  const [plain] = runs;

  it('trains each rate once: asking for a rate again gives the same run', () => {
    expect(runLab(OVERFIT_LAB.decays[1])).toBe(runs[1]);
    expect(runLab(0)).toBe(plain);
  });

  it('runLab(0) keeps every epoch as train() leaves it, and measures both losses after it', () => {
    expect(plain.epochs).toBe(OVERFIT_LAB.epochs);
    for (const epoch of [0, 1, plain.best.epoch, OVERFIT_LAB.epochs]) {
      const { net, data } = trainedFor(epoch, 0);
      expect(Array.from(networkAt(plain, epoch).getParams())).toEqual(Array.from(net.getParams()));
      expect(plain.trainLoss[epoch]).toBe(evaluate(net, data.train, 'bce').loss);
      expect(plain.validationLoss[epoch]).toBe(evaluate(net, data.validation, 'bce').loss);
    }
  });

  it('runLab(0) overfits: training loss keeps falling while validation loss turns up', () => {
    const last = plain.epochs;
    const best = plain.best.epoch;
    expect(best).toBeGreaterThan(0);
    expect(best).toBeLessThan(last / 10);
    expect(plain.validationLoss[best]).toBe(Math.min(...plain.validationLoss));
    expect(plain.trainLoss[last]).toBeLessThan(plain.trainLoss[best] / 5);
    expect(plain.validationLoss[last]).toBeGreaterThan(plain.validationLoss[best] * 2);
    // Every training point right at the end, and fewer validation points right than at the best epoch.
    expect(accuracyAt(plain, last, 'train')).toBe(1);
    expect(accuracyAt(plain, last, 'validation')).toBeLessThan(
      accuracyAt(plain, best, 'validation'),
    );
  });

  it("runLab() reports the engine's early stopping: patience epochs past the best it had seen", () => {
    for (const run of runs) {
      const { stoppedAt, bestEpoch, stoppedEarly } = run.earlyStop;
      const seen = run.validationLoss.slice(0, stoppedAt + 1);
      expect(run.validationLoss[bestEpoch]).toBe(Math.min(...seen));
      if (stoppedEarly) expect(stoppedAt - bestEpoch).toBe(OVERFIT_LAB.patience);
      else expect(stoppedAt).toBe(OVERFIT_LAB.epochs);
    }
    // Without decay it stops long before the end, at the run's best epoch.
    expect(plain.earlyStop.stoppedEarly).toBe(true);
    expect(plain.earlyStop.bestEpoch).toBe(plain.best.epoch);
    const data = labData();
    const net = freshNet();
    trainWithValidation(net, data.train, data.validation, {
      loss: 'bce',
      learningRate: OVERFIT_LAB.learningRate,
      batchSize: data.train.inputs.length,
      epochs: OVERFIT_LAB.epochs,
      patience: OVERFIT_LAB.patience,
    });
    expect(Array.from(net.getParams())).toEqual(
      Array.from(networkAt(plain, plain.earlyStop.bestEpoch).getParams()),
    );
  });

  it('weight decay shrinks the weights and the final validation loss, rate by rate', () => {
    const last = OVERFIT_LAB.epochs;
    for (let i = 1; i < runs.length; i++) {
      expect(penaltyAt(runs[i], last).halfSumSquares).toBeLessThan(
        penaltyAt(runs[i - 1], last).halfSumSquares,
      );
      expect(runs[i].validationLoss[last]).toBeLessThan(runs[i - 1].validationLoss[last]);
      expect(runs[i].trainLoss[last]).toBeGreaterThan(runs[i - 1].trainLoss[last]);
    }
  });

  it('penaltyAt() is lambda/2 times the sum of the squared weights, biases left out', () => {
    const run = runs[2];
    const epoch = 200;
    const w = weightsOf(networkAt(run, epoch));
    const { sizes } = OVERFIT_LAB;
    expect(w.length).toBe(sizes[0] * sizes[1] + sizes[1] * sizes[2] + sizes[2] * sizes[3]);
    const half = w.reduce((s, v) => s + v * v, 0) / 2;
    const p = penaltyAt(run, epoch);
    expect(p.halfSumSquares).toBeCloseTo(half, 12);
    expect(p.penalty).toBeCloseTo(run.decay * half, 12);
    expect(p.largest).toBe(Math.max(...w.map(Math.abs)));
    expect(penaltyAt(plain, epoch).penalty).toBe(0);
  });

  it("exampleAt() ends with the engine's loss step for the example's output", () => {
    const epoch = plain.epochs;
    const m = exampleAt(plain, epoch, 'validation', 3);
    const net = networkAt(plain, epoch);
    const x = plain.data.validation.inputs[3];
    expect(m.x).toEqual(x);
    expect(m.yHat).toBe(net.predict(x)[0]);
    expect(m.loss).toBeCloseTo(losses.bce.f(m.yHat, m.y), 12);
    expect(m.steps.map((s) => s.kind)).toEqual(['weightedSum', 'activation', 'loss']);
  });

  it('nearestExample() finds an example from its own coordinates', () => {
    const [x1, x2] = plain.data.validation.inputs[17];
    expect(nearestExample(plain, 'validation', x1, x2)).toBe(17);
  });

  it("outputGrid() is the network's output at each cell's centre, top row first", () => {
    const { x, y, nx, ny } = OVERFIT_LAB.map;
    const grid = outputGrid(plain, 100);
    expect(grid.length).toBe(nx * ny);
    const net = networkAt(plain, 100);
    const cx = x[0] + (0.5 / nx) * (x[1] - x[0]);
    const cy = y[1] - (0.5 / ny) * (y[1] - y[0]);
    expect(grid[0]).toBe(net.predict([cx, cy])[0]);
  });

  it('epochAtFraction() and pointAtFraction() map the plot area onto epochs and the plane', () => {
    expect(epochAtFraction(0, 1500)).toBe(0);
    expect(epochAtFraction(1, 1500)).toBe(1500);
    expect(pointAtFraction(0, 0)).toEqual({ x1: OVERFIT_LAB.map.x[0], x2: OVERFIT_LAB.map.y[1] });
    expect(pointAtFraction(1, 1)).toEqual({ x1: OVERFIT_LAB.map.x[1], x2: OVERFIT_LAB.map.y[0] });
  });
});
