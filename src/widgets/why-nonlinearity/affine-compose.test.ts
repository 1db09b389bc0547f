import { describe, expect, it } from 'vitest';
import { typeset } from '../../lib/typeset';
import { mlp } from '../../../engine/index.ts';
import {
  applyAffine,
  collapseLatex,
  collapseText,
  composeAffine,
  layersOf,
  matrixLatex,
} from './affine-compose';

describe('composeAffine(first, second)', () => {
  it('of a linear 1-3-1 engine network gives the map the network computes, at every x', () => {
    const net = mlp([1, 3, 1], { activation: 'linear', output: 'linear', seed: 3 });
    net.setBias(1, 1, 0.5);
    net.setBias(1, 3, -1);
    net.setBias(2, 1, 0.25);
    const [l1, l2] = layersOf(net.getWeights());
    const { W, b } = composeAffine(l1, l2);
    expect(W).toHaveLength(1);
    expect(W[0]).toHaveLength(1);
    for (const x of [-3, -1.2, 0, 0.7, 2.5]) {
      expect(W[0][0] * x + b[0]).toBeCloseTo(net.predict([x])[0], 12);
      expect(applyAffine({ W, b }, [x])[0]).toBeCloseTo(net.predict([x])[0], 12);
    }
  });

  it('of a linear 2-3-2 engine network matches the network for 2-D inputs', () => {
    const net = mlp([2, 3, 2], { activation: 'linear', output: 'linear', seed: 7 });
    net.setBias(1, 2, 0.3);
    net.setBias(2, 1, -0.4);
    const [l1, l2] = layersOf(net.getWeights());
    const { W, b } = composeAffine(l1, l2);
    for (const x of [
      [1, 0],
      [-0.5, 2],
      [0.3, -1.1],
    ]) {
      const y = net.predict(x);
      W.forEach((row, j) => expect(row[0] * x[0] + row[1] * x[1] + b[j]).toBeCloseTo(y[j], 12));
    }
  });

  it('rejects layers whose sizes do not chain', () => {
    expect(() => composeAffine({ W: [[1], [2]], b: [0, 0] }, { W: [[1, 2, 3]], b: [0] })).toThrow(
      /expects 3 inputs/,
    );
  });
});

describe('matrixLatex(M) and collapseLatex(first, second)', () => {
  it('write bmatrix LaTeX that the site typesets, with the engine number format', () => {
    expect(
      matrixLatex([
        [0.5, -1],
        [2, 1e-6],
      ]),
    ).toBe(String.raw`\begin{bmatrix} 0.5 & -1 \\ 2 & 1 \times 10^{-6} \end{bmatrix}`);
    const { weight, bias } = collapseLatex(
      { W: [[1], [2]], b: [0.5, -1] },
      { W: [[3, -1]], b: [0.25] },
    );
    expect(weight).toContain(String.raw`= \begin{bmatrix} 1 \end{bmatrix}`);
    expect(bias).toContain(String.raw`= \begin{bmatrix} 2.75 \end{bmatrix}`);
    expect(() => typeset(weight)).not.toThrow();
    expect(() => typeset(bias)).not.toThrow();
  });
});

describe('collapseText(first, second)', () => {
  it('says the same product in plain text, row by row', () => {
    expect(collapseText({ W: [[1], [2]], b: [0.5, -1] }, { W: [[3, -1]], b: [0.25] })).toEqual({
      weight: 'W(2) W(1) = [3, -1] times [1; 2] = [1]',
      bias: 'W(2) b(1) + b(2) = [3, -1] times [0.5; -1] + [0.25] = [2.75]',
    });
  });
});
