import { describe, expect, it } from 'vitest';
import { createTrainingLoop, stageSteps, LOOP_SETUP } from '../../src/lib/training-loop';
import {
  loopDiagram,
  stopMessage,
} from '../../src/widgets/training-loop-stepper/training-loop-view';
import { mlp, train, type UpdateStep } from '../../engine/index.ts';

const settings = { learningRate: 0.5, seed: 1, targetLoss: 0.02, maxEpochs: 2000 };

describe('createTrainingLoop(settings)', () => {
  it('next() walks feedforward, loss, backprop, update, and only the update changes the weights', () => {
    const loop = createTrainingLoop(settings);
    const start = loop.view();
    expect(start.stage).toBeNull();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      loop.next();
      const v = loop.view();
      seen.push(v.stage!);
      expect(v.weights).toEqual(start.weights);
      expect(v.updates).toBe(0);
    }
    loop.next();
    const after = loop.view();
    expect([...seen, after.stage]).toEqual(['feedforward', 'loss', 'backprop', 'update']);
    expect(after.updates).toBe(1);
    expect(after.weights).not.toEqual(start.weights);
  });

  it('the update steps use the gradients the backprop stage showed, w <- w - eta dL/dw', () => {
    const loop = createTrainingLoop(settings);
    for (let i = 0; i < 4 * 5 + 3; i++) loop.next(); // sample 2 of epoch 2, up to backprop
    const backprop = loop.view();
    expect(backprop.stage).toBe('backprop');
    expect(backprop.sample).toBe(1);
    loop.next();
    const update = loop.view();
    const steps = update.updateSteps as UpdateStep[];
    const w = backprop.gradients!.weights;
    const byLabel = new Map(steps.map((s) => [s.parameter.text, s]));
    expect(byLabel.get('w(2)_11')!.gradient).toBeCloseTo(w[1][0][0], 12);
    expect(byLabel.get('w(1)_21')!.gradient).toBeCloseTo(w[0][1][0], 12);
    for (const s of steps) expect(s.result).toBeCloseTo(s.old - 0.5 * s.gradient, 12);
    expect(update.weights.weights[1][0][0]).toBe(byLabel.get('w(2)_11')!.result);
  });

  it("an epoch is four updates, and stepping matches the engine's own training run", () => {
    const loop = createTrainingLoop(settings);
    for (let i = 0; i < 16; i++) loop.next();
    // The fourth update ended the first epoch: finishing it runs nothing more.
    expect(loop.view()).toMatchObject({ stage: 'update', epoch: 1, updates: 4 });
    loop.finishEpoch();
    expect(loop.view()).toMatchObject({ stage: null, epoch: 1, updates: 4, stepEpoch: 2 });
    loop.finishEpoch();
    loop.finishEpoch();
    const v = loop.view();
    expect(v.epoch).toBe(3);
    expect(v.updates).toBe(12);
    expect(v.stage).toBeNull();
    const net = mlp(LOOP_SETUP.sizes, { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const run = train(net, LOOP_SETUP.data, {
      loss: 'mse',
      learningRate: 0.5,
      batchSize: 1,
      shuffle: false,
      epochs: 3,
    });
    expect(v.history).toEqual(run.history);
    expect(v.weights).toEqual(net.getWeights());
  });

  it('reports the stopping rule that ended the run', () => {
    const loop = createTrainingLoop(settings);
    while (!loop.view().stop) loop.finishEpoch();
    const v = loop.view();
    expect(v.stop).toBe('target');
    expect(v.history.at(-1)!.loss).toBeLessThan(0.02);
    expect(stopMessage(v.stop, v, 0.02, 2000)).toMatch(/below the target 0\.02/);
    const stuck = createTrainingLoop({ ...settings, seed: 5, maxEpochs: 300 });
    while (!stuck.view().stop) stuck.finishEpoch();
    expect(stuck.view().stop).toBe('max-epochs');
  });
});

describe('stageSteps(view) and loopDiagram(view)', () => {
  it("shows each stage's own steps and highlight", () => {
    const loop = createTrainingLoop(settings);
    const kinds = [];
    const tones = [];
    for (let i = 0; i < 4; i++) {
      loop.next();
      const v = loop.view();
      kinds.push([...new Set(stageSteps(v).map((s) => s.kind))]);
      tones.push(loopDiagram(v).active?.tone);
    }
    expect(kinds).toEqual([
      ['weightedSum', 'activation'],
      ['loss'],
      ['lossDerivative', 'activationDerivative', 'chainRule', 'backpropSum'],
      ['update'],
    ]);
    expect(tones).toEqual(['forward', 'loss', 'backward', 'update']);
  });
});
