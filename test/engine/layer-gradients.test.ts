import { describe, expect, it } from 'vitest';
import { datasets, gates, layerGradients, mlp } from '../../engine/index.ts';

const rms = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + x * x, 0) / xs.length);
const maxAbs = (xs: number[]) => Math.max(...xs.map(Math.abs));

describe('layerGradients(net, data, loss)', () => {
  it('equals the mean of the explained per-example gradients, layer by layer', () => {
    const net = mlp([2, 3, 1], { activation: 'tanh', output: 'sigmoid', seed: 5 });
    const stats = layerGradients(net, gates.XOR, 'bce');
    const per = gates.XOR.inputs.map((x, s) => net.gradients(x, gates.XOR.targets[s], 'bce'));
    const n = per.length;
    for (const l of [1, 2]) {
      const weights = per[0].weights[l - 1].flatMap((row, j) =>
        row.map((_, k) => per.reduce((sum, g) => sum + g.weights[l - 1][j][k], 0) / n),
      );
      const biases = per[0].biases[l - 1].map(
        (_, j) => per.reduce((sum, g) => sum + g.biases[l - 1][j], 0) / n,
      );
      expect(stats[l - 1].layer).toBe(l);
      expect(stats[l - 1].weightGradient.rms).toBeCloseTo(rms(weights), 14);
      expect(stats[l - 1].weightGradient.maxAbs).toBeCloseTo(maxAbs(weights), 14);
      expect(stats[l - 1].biasGradient.rms).toBeCloseTo(rms(biases), 14);
    }
    const hidden = gates.XOR.inputs.flatMap((x) => net.forward(x).a[0]);
    expect(stats[0].activation.rms).toBeCloseTo(rms(hidden), 14);
    expect(stats[0].activation.maxAbs).toBeCloseTo(maxAbs(hidden), 14);
  });

  it('counts neurons silent on every example: a relu whose bias keeps it below 0 is dead', () => {
    const net = mlp([2, 3, 1], { activation: 'relu', output: 'sigmoid', seed: 2 });
    net.setBias(1, 2, -100);
    const [hidden] = layerGradients(net, gates.XOR, 'bce');
    expect(hidden.silentNeurons).toBe(1);
    // No gradient reaches a dead neuron's weights: its row adds nothing.
    const row = gates.XOR.inputs.map(
      (x, s) => net.gradients(x, gates.XOR.targets[s], 'bce').weights[0][1],
    );
    expect(row.flat().every((g) => g === 0)).toBe(true);
  });

  it('shows gradients vanishing with depth in a deep sigmoid network', () => {
    const data = datasets.xor({ n: 40, seed: 3 });
    const deep = mlp([2, 8, 8, 8, 8, 8, 1], { activation: 'sigmoid', output: 'sigmoid', seed: 1 });
    const stats = layerGradients(deep, data, 'bce');
    // Each sigmoid layer multiplies the signal going back by at most 1/4 times its weights.
    expect(stats[0].weightGradient.rms).toBeLessThan(stats[5].weightGradient.rms / 10);
  });

  it('leaves the network as it was and rejects data of the wrong shape', () => {
    const net = mlp([2, 2, 1], { seed: 1 });
    const before = JSON.stringify(net.toJSON());
    layerGradients(net, gates.AND, 'mse');
    expect(JSON.stringify(net.toJSON())).toBe(before);
    expect(() => layerGradients(net, { inputs: [[1, 2, 3]], targets: [[1]] }, 'mse')).toThrow(
      /^layerGradients: /,
    );
    expect(() => layerGradients(net, gates.AND, 'hinge' as never)).toThrow(
      /^layerGradients: unknown loss/,
    );
  });
});
