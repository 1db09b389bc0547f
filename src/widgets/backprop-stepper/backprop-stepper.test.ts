import { describe, expect, it } from 'vitest';
import {
  backpropStages,
  filledBy,
  forwardStageCount,
  gradientKnown,
  nodeGradients,
  nodeKey,
  stageTitle,
} from './backprop-stepper';
import { mlp, parameters } from '../../../engine/index.ts';

describe('backpropStages(sizes, net.gradients(...))', () => {
  it("splits a 2-2-1 network's steps into 3 neuron-forward stages, the loss, and 5 backward stages", () => {
    const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const g = net.gradients([1, 0], [1], 'mse');
    const stages = backpropStages([2, 2, 1], g);
    expect(stages.map(stageTitle)).toEqual([
      'Forward: neuron 1 of layer 1',
      'Forward: neuron 2 of layer 1',
      'Forward: neuron 1 of layer 2',
      'Forward: the loss',
      'Backward: how the loss changes with the output',
      'Backward: neuron 1 of layer 2, its weights and bias',
      'Backward: through the weights into layer 1',
      'Backward: neuron 1 of layer 1, its weights and bias',
      'Backward: neuron 2 of layer 1, its weights and bias',
    ]);
    expect(stages.flatMap((s) => s.steps)).toEqual(g.steps);
    expect(forwardStageCount([2, 2, 1])).toBe(4);
  });

  it('works for wider and deeper networks with several outputs', () => {
    for (const sizes of [
      [2, 4, 1],
      [3, 4, 3, 2],
    ]) {
      const net = mlp(sizes, { seed: 3 });
      const x = Array.from({ length: sizes[0] }, (_, i) => i / 2);
      const y = Array.from({ length: sizes.at(-1)! }, (_, i) => i % 2);
      const stages = backpropStages(sizes, net.gradients(x, y, 'bce'));
      expect(stages.flatMap((s) => s.steps).length).toBe(net.gradients(x, y, 'bce').steps.length);
      const all = filledBy(stages, stages.length, sizes);
      for (const p of parameters(net)) expect(gradientKnown(all, p)).toBe(true);
    }
  });

  it('nodeGradients reads dL/dz and dL/da from the steps; dL/dz equals the bias gradient', () => {
    const sizes = [2, 2, 1];
    const net = mlp(sizes, { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const g = net.gradients([1, 0], [1], 'mse');
    const { dLda, dLdz } = nodeGradients(backpropStages(sizes, g), sizes);
    expect(dLdz.get(nodeKey(1, 2))).toBe(g.biases[0][1]);
    expect(dLdz.get(nodeKey(2, 1))).toBe(g.biases[1][0]);
    // dL/da of a hidden neuron is the sum over the layer above of w * dL/dz.
    expect(dLda.get(nodeKey(1, 1))).toBeCloseTo(net.getWeight(2, 1, 1) * g.biases[1][0], 14);
  });
});

describe('filledBy(stages, done, sizes)', () => {
  it('fills values forwards, then gradients from the output back', () => {
    const sizes = [2, 2, 1];
    const net = mlp(sizes, { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const stages = backpropStages(sizes, net.gradients([0, 1], [1], 'mse'));
    const at = (done: number) => filledBy(stages, done, sizes);
    expect([...at(2).forward]).toEqual(['1:1', '1:2']);
    expect(at(3).loss).toBe(false);
    expect(at(4).loss).toBe(true);
    expect([...at(5).dLda]).toEqual(['2:1']);
    const w211 = { type: 'weight', layer: 2, j: 1, k: 1 } as const;
    const w111 = { type: 'weight', layer: 1, j: 1, k: 1 } as const;
    expect(gradientKnown(at(5), w211)).toBe(false);
    expect(gradientKnown(at(6), w211)).toBe(true);
    expect(gradientKnown(at(7), w111)).toBe(false);
    expect(gradientKnown(at(8), w111)).toBe(true);
  });
});
