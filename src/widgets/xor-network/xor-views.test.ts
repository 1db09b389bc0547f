import { describe, expect, it } from 'vitest';
import { gates, mlp, neuron, train } from '../../../engine/index.ts';
import { decisionRegion, hiddenLine, hiddenRows, outputLine } from './xor-views';

const box = { x0: -0.25, x1: 1.25, y0: -0.25, y1: 1.25 };

describe('decisionRegion(net, box, size)', () => {
  it('covers the box with size x size cells valued by net.predict at their centres', () => {
    const net = mlp([2, 2, 1], { activation: 'sigmoid', seed: 3 });
    const cells = decisionRegion(net, box, 6);
    expect(cells).toHaveLength(36);
    expect(cells[0]).toMatchObject({ x1: -0.25, y1: -0.25, x2: 0, y2: 0 });
    for (const c of cells)
      expect(c.value).toBe(net.predict([(c.x1 + c.x2) / 2, (c.y1 + c.y2) / 2])[0]);
  });
});

describe('hiddenRows(net, data)', () => {
  it("reads each input's hidden activations and output from the engine's forward pass", () => {
    const net = mlp([2, 2, 1], { activation: 'sigmoid', seed: 1 });
    const rows = hiddenRows(net, gates.XOR);
    rows.forEach((row, i) => {
      const f = net.forward(gates.XOR.inputs[i]);
      expect(row.h).toEqual([f.a[0][0], f.a[0][1]]);
      expect(row.output).toBe(net.predict(gates.XOR.inputs[i])[0]);
      expect(row.target).toBe(gates.XOR.targets[i][0]);
    });
  });
});

describe('outputLine(net, box) and hiddenLine(net, j, box)', () => {
  it('after training on XOR, one line in the hidden space separates the two classes', () => {
    const net = mlp([2, 2, 1], { activation: 'sigmoid', seed: 1 });
    train(net, gates.XOR, { loss: 'mse', learningRate: 2, batchSize: 4, epochs: 1500 });
    const rows = hiddenRows(net, gates.XOR);
    const out = neuron({
      weights: [net.getWeight(2, 1, 1), net.getWeight(2, 1, 2)],
      bias: net.getBias(2, 1),
    });
    for (const row of rows) expect(out.forward(row.h).z >= 0).toBe(row.target === 1);
    const line = outputLine(net, { x0: 0, x1: 1, y0: 0, y1: 1 });
    expect(line.boundary).not.toBeNull();
    for (const [h1, h2] of line.boundary!)
      expect(Math.abs(out.forward([h1, h2]).z)).toBeLessThan(1e-9);
  });

  it("puts each hidden neuron's line where its weighted sum is 0", () => {
    const net = mlp([2, 2, 1], { activation: 'sigmoid', seed: 2 });
    for (const j of [1, 2] as const) {
      const { boundary } = hiddenLine(net, j, { x0: -5, x1: 5, y0: -5, y1: 5 });
      expect(boundary).not.toBeNull();
      // The hidden neuron's weighted sum is z^(1)_j of the network's own forward pass.
      for (const [x, y] of boundary!)
        expect(Math.abs(net.forward([x, y]).z[0][j - 1])).toBeLessThan(1e-9);
    }
  });
});
