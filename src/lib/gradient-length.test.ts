import { describe, it } from 'vitest';
import { gates, mlp } from '../../engine/index.ts';
import { expectClose } from '../../test/helpers/expect-close';
import { gradientLength } from './gradient-length';

describe('gradientLength(net, data, loss)', () => {
  it('is the length of the mean loss gradient, as central differences find it', () => {
    const net = mlp([2, 2, 1], { activation: 'sigmoid', output: 'sigmoid', seed: 3 });
    const meanLoss = () =>
      gates.XOR.inputs.reduce(
        (s, x, i) => s + net.gradients(x, gates.XOR.targets[i], 'mse').loss,
        0,
      ) / gates.XOR.inputs.length;
    const params = new Float64Array(net.parameterCount);
    net.getParams(params);
    const h = 1e-6;
    const slopes = Array.from(params, (p, k) => {
      const at = (v: number) => {
        const moved = params.slice();
        moved[k] = v;
        net.setParams(moved);
        return meanLoss();
      };
      const slope = (at(p + h) - at(p - h)) / (2 * h);
      net.setParams(params);
      return slope;
    });
    expectClose(gradientLength(net, gates.XOR, 'mse'), Math.hypot(...slopes), 1e-8);
  });

  it('is 0 for a linear neuron that already fits its data exactly', () => {
    const net = mlp([1, 1], { output: 'linear' });
    net.setWeights({ weights: [[[2]]], biases: [[1]] });
    expectClose(
      gradientLength(net, { inputs: [[0], [1], [2]], targets: [[1], [3], [5]] }, 'mse'),
      0,
    );
  });
});
