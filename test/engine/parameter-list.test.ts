import { describe, expect, it } from 'vitest';
import { mlp, parameters } from '../../engine/index.ts';
import type { Network } from '../../engine/index.ts';

describe('parameters(net)', () => {
  it('lists a 2-2-1 network: layer 1 weights row by row, its biases, then layer 2', () => {
    expect(parameters(mlp([2, 2, 1]))).toEqual([
      { type: 'weight', layer: 1, j: 1, k: 1, label: 'w(1)_11', latex: 'w^{(1)}_{11}' },
      { type: 'weight', layer: 1, j: 1, k: 2, label: 'w(1)_12', latex: 'w^{(1)}_{12}' },
      { type: 'weight', layer: 1, j: 2, k: 1, label: 'w(1)_21', latex: 'w^{(1)}_{21}' },
      { type: 'weight', layer: 1, j: 2, k: 2, label: 'w(1)_22', latex: 'w^{(1)}_{22}' },
      { type: 'bias', layer: 1, j: 1, label: 'b(1)_1', latex: 'b^{(1)}_{1}' },
      { type: 'bias', layer: 1, j: 2, label: 'b(1)_2', latex: 'b^{(1)}_{2}' },
      { type: 'weight', layer: 2, j: 1, k: 1, label: 'w(2)_11', latex: 'w^{(2)}_{11}' },
      { type: 'weight', layer: 2, j: 1, k: 2, label: 'w(2)_12', latex: 'w^{(2)}_{12}' },
      { type: 'bias', layer: 2, j: 1, label: 'b(2)_1', latex: 'b^{(2)}_{1}' },
    ]);
  });

  // Parameter i holds the number i, so each entry must read back its own index.
  const numbered = (sizes: number[]): Network => {
    const net = mlp(sizes);
    net.setParams(Array.from({ length: net.parameterCount }, (_, i) => i));
    return net;
  };

  it.each([[[2, 2, 1]], [[2, 3, 3, 1]]])(
    'entry i of %j is getParams()[i], with the label of parameterLabel(i)',
    (sizes) => {
      const net = numbered(sizes);
      const list = parameters(net);
      expect(list).toHaveLength(net.parameterCount);
      expect(
        list.map((p) =>
          p.type === 'weight' ? net.getWeight(p.layer, p.j, p.k) : net.getBias(p.layer, p.j),
        ),
      ).toEqual(Array.from(net.getParams()));
      list.forEach((p, i) =>
        expect({ latex: p.latex, text: p.label }).toEqual(net.parameterLabel(i)),
      );
    },
  );

  it('2-3-3-1 has 9 + 3, 9 + 3 and 3 + 1 parameters per layer, in layer order', () => {
    const list = parameters(mlp([2, 3, 3, 1]));
    expect(list.map((p) => `${p.type[0]}${p.layer}`).join(' ')).toBe(
      [
        ...Array(6).fill('w1'),
        ...Array(3).fill('b1'),
        ...Array(9).fill('w2'),
        ...Array(3).fill('b2'),
        ...Array(3).fill('w3'),
        'b3',
      ].join(' '),
    );
    expect(list[9]).toEqual({
      type: 'weight',
      layer: 2,
      j: 1,
      k: 1,
      label: 'w(2)_11',
      latex: 'w^{(2)}_{11}',
    });
    expect(list.at(-1)).toEqual({
      type: 'bias',
      layer: 3,
      j: 1,
      label: 'b(3)_1',
      latex: 'b^{(3)}_{1}',
    });
  });

  it('separates indices above 9 with a comma, so w_{1,12} is not w_{11,2}', () => {
    const list = parameters(mlp([12, 1]));
    expect(list[11]).toEqual({
      type: 'weight',
      layer: 1,
      j: 1,
      k: 12,
      label: 'w(1)_1,12',
      latex: 'w^{(1)}_{1,12}',
    });
  });

  it('returns a fresh list, so a caller that changes it changes nothing else', () => {
    const net = mlp([2, 1]);
    parameters(net)[0].label = 'changed';
    expect(parameters(net)[0].label).toBe('w(1)_11');
  });

  it('rejects anything that is not a network made by the engine', () => {
    expect(() => parameters({ sizes: [2, 1] } as unknown as Network)).toThrow(
      'parameters: expected a network made by mlp() or networkFromJSON(), got an object',
    );
    expect(() => parameters(null as unknown as Network)).toThrow(
      'parameters: expected a network made by mlp() or networkFromJSON(), got null',
    );
  });
});
