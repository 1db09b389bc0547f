import { describe, expect, it } from 'vitest';
import { label, losses, mlp, toText } from '../../engine/index.ts';
import { lossStep } from '../../src/lib/loss-step';

const yHat = (j: number) => label('\\hat y', [j], undefined, 'ŷ');
const y = (j: number) => label('y', [j]);

describe('lossStep', () => {
  it("computes the engine's cross-entropy (a sum) and renders it as the engine's steps are", () => {
    const step = lossStep(
      'crossEntropy',
      [{ label: yHat(1), value: 0.8 }],
      [{ label: y(1), value: 1 }],
    );
    expect(step.result).toBe(losses.crossEntropy.f(0.8, 1));
    expect(toText(step)).toBe('L = -[(1)ln(0.8)] = 0.2231');
  });

  it('averages the squared error over the outputs: the same step as the engine emits in a network', () => {
    const net = mlp([1, 2], { activation: 'sigmoid', output: 'sigmoid', seed: 3 });
    const fromEngine = net.gradients([0.5], [1, 0], 'mse');
    const emitted = fromEngine.steps.find((s) => s.kind === 'loss');
    if (emitted?.kind !== 'loss') throw new Error('the engine emitted no loss step');
    const step = lossStep('mse', emitted.predictions, emitted.targets);
    expect(step).toEqual(emitted);
    expect(step.result).toBe(fromEngine.loss);
  });

  it('refuses predictions and targets of different lengths, saying what it got', () => {
    expect(() => lossStep('mse', [], [])).toThrow(
      'lossStep: expected as many targets as predictions (at least one), got 0 predictions and 0 targets',
    );
  });
});
