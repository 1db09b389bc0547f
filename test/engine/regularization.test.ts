import { describe, expect, it } from 'vitest';
import {
  createTrainer,
  datasets,
  gates,
  mlp,
  regularizationGradient,
  regularizationPenalty,
  regularizations,
  train,
} from '../../engine/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

describe('regularization', () => {
  it('regularizationPenalty(w, l1) is lambda * sum |w|; l2 is lambda / 2 * sum w^2', () => {
    expect(regularizationPenalty([0.5, -2, 0], { name: 'l1', rate: 0.1 })).toBeCloseTo(0.25, 15);
    expect(regularizationPenalty([0.5, -2, 0], { name: 'l2', rate: 0.1 })).toBeCloseTo(0.2125, 15);
  });

  it('regularizationGradient is lambda sign(w) for l1 (0 at 0) and lambda w for l2', () => {
    expect(regularizationGradient(-3, { name: 'l1', rate: 0.5 })).toBe(-0.5);
    expect(regularizationGradient(0, { name: 'l1', rate: 0.5 })).toBe(0);
    expect(regularizationGradient(-3, { name: 'l2', rate: 0.5 })).toBe(-1.5);
  });

  for (const name of ['l1', 'l2'] as const) {
    it(`regularizations.${name}.df matches a central difference of f away from 0`, () => {
      const r = regularizations[name];
      for (const w of [-1.3, -0.2, 0.4, 2.5]) {
        const h = 1e-5;
        expectClose(r.df(w), (r.f(w + h) - r.f(w - h)) / (2 * h), 1e-8);
      }
    });

    it(`one sgd step with ${name} moves each weight by eta (dL/dw + lambda R'(w)) and each bias by eta dL/db`, () => {
      const net = mlp([2, 3, 1], { seed: 2 });
      const spec = { name, rate: 0.05 };
      const x = [0.3, -0.7];
      const y = [1];
      const g = net.gradients(x, y, 'bce');
      const before = net.getWeights();
      const t = createTrainer(
        net,
        { inputs: [x], targets: [y] },
        {
          loss: 'bce',
          learningRate: 0.5,
          batchSize: 1,
          regularization: spec,
        },
      );
      t.step();
      const after = net.getWeights();
      before.weights.forEach((layer, l) =>
        layer.forEach((row, j) =>
          row.forEach((w, k) =>
            expectClose(
              after.weights[l][j][k],
              w - 0.5 * (g.weights[l][j][k] + regularizationGradient(w, spec)),
              1e-12,
            ),
          ),
        ),
      );
      before.biases.forEach((layer, l) =>
        layer.forEach((b, j) => expectClose(after.biases[l][j], b - 0.5 * g.biases[l][j], 1e-12)),
      );
    });
  }

  it('the penalized gradient matches a finite difference of data loss + penalty over a batch', () => {
    const data = datasets.circle({ n: 6, noise: 0.1, seed: 4 });
    const spec = { name: 'l2' as const, rate: 0.3 };
    const net = mlp([2, 3, 1], { seed: 5 });
    const objective = (n: typeof net) => {
      let loss = 0;
      data.inputs.forEach((x, i) => (loss += n.gradients(x, data.targets[i], 'mse').loss));
      const flat = n.getWeights().weights.flat(2);
      return loss / data.inputs.length + regularizationPenalty(flat, spec);
    };
    // One sgd step with learning rate eta moves w by -eta * gradient: read the gradient back.
    const eta = 1e-3;
    const stepped = net.clone();
    createTrainer(stepped, data, {
      loss: 'mse',
      learningRate: eta,
      batchSize: 6,
      regularization: spec,
    }).step();
    const h = 1e-5;
    for (const [j, k] of [
      [1, 1],
      [2, 2],
      [3, 1],
    ]) {
      const w = net.getWeight(1, j, k);
      const plus = net.clone();
      plus.setWeight(1, j, k, w + h);
      const minus = net.clone();
      minus.setWeight(1, j, k, w - h);
      const numeric = (objective(plus) - objective(minus)) / (2 * h);
      expectClose((w - stepped.getWeight(1, j, k)) / eta, numeric, 1e-6);
    }
  });

  it('l2 with a large rate shrinks the weights; rate 0 gives the same run as none', () => {
    const norm = (n: ReturnType<typeof mlp>) =>
      n
        .getWeights()
        .weights.flat(2)
        .reduce((s, w) => s + w * w, 0);
    const opts = { loss: 'bce' as const, learningRate: 0.3, epochs: 200, batchSize: 4 };
    const plain = mlp([2, 4, 1], { seed: 1 });
    train(plain, gates.XOR, opts);
    const shrunk = mlp([2, 4, 1], { seed: 1 });
    train(shrunk, gates.XOR, { ...opts, regularization: { name: 'l2', rate: 0.1 } });
    expect(norm(shrunk)).toBeLessThan(norm(plain));
    const zero = mlp([2, 4, 1], { seed: 1 });
    train(zero, gates.XOR, { ...opts, regularization: { name: 'l1', rate: 0 } });
    expect(zero.getWeights()).toEqual(plain.getWeights());
  });

  it('a bad regularization is refused with a message', () => {
    const net = mlp([2, 1]);
    const run = (regularization: unknown) => () =>
      train(net, gates.AND, { loss: 'mse', learningRate: 0.1, epochs: 1, regularization } as never);
    expect(run({ name: 'l3', rate: 0.1 })).toThrow(
      /regularization \{ name, rate \} with name one of l1, l2, got "l3"/,
    );
    expect(run({ name: 'l1', rate: -1 })).toThrow(/regularization rate to be >= 0, got -1/);
  });
});
