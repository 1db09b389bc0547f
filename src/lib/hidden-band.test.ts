import { describe, expect, it } from 'vitest';
import { mlp } from '../../engine/index.ts';
import { hiddenBand, type HeatCell } from './hidden-band';

// The hand-built XOR network: OR-like and NAND-like hidden neurons, the output their AND.
const handNet = () => {
  const net = mlp([2, 2, 1], { activation: 'sigmoid', output: 'sigmoid' });
  net.setWeights({
    weights: [
      [
        [20, 20],
        [-20, -20],
      ],
      [[20, 20]],
    ],
    biases: [[-10, 30], [-30]],
  });
  return net;
};
const grid = (value: (x: number, y: number) => number): HeatCell[] =>
  Array.from({ length: 100 }, (_, k) => {
    const [x, y] = [(k % 10) / 5 - 0.5, Math.floor(k / 10) / 5 - 0.5];
    return { x1: x, x2: x + 0.2, y1: y, y2: y + 0.2, value: value(x + 0.1, y + 0.1) };
  });

describe('hiddenBand(net, cells)', () => {
  it('finds the band between the lines x1 + x2 = 0.5 and 1.5, and every blue cell on it', () => {
    const net = handNet();
    const band = hiddenBand(
      net,
      grid((x, y) => net.predict([x, y])[0]),
    );
    expect(band.between).toBe(true);
    expect(band.blue).toBeGreaterThan(0);
    expect(band.blueInBand).toBe(band.blue);
    expect(band.band).toBe(band.blue);
  });

  it('counts blue cells off the band, and no band when (0, 0) and (1, 1) lie beyond the same line', () => {
    const net = handNet();
    expect(
      hiddenBand(
        net,
        grid(() => 1),
      ).blueInBand,
    ).toBeLessThan(100);
    net.setBias(1, 2, -30);
    expect(
      hiddenBand(
        net,
        grid(() => 0),
      ).between,
    ).toBe(false);
  });
});
