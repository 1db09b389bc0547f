import type { Network } from '../../engine/index.ts';

/** A square of an output heatmap and the network's output at its centre. */
export interface HeatCell {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  value: number;
}

/** How an XOR network's heatmap sits against its two hidden lines. */
export interface HiddenBand {
  /** Whether there is a band between the lines: (0, 1) and (1, 0) on it, (0, 0) and (1, 1) beyond a different line each. */
  between: boolean;
  /** Heatmap cells whose centre lies on the band. */
  band: number;
  /** Cells drawn blue (output above 0.5), and how many of those lie on the band. */
  blue: number;
  blueInBand: number;
}

/**
 * Measures the band of a 2-2-1 network's input plane that lies on the same side of both hidden
 * lines (where each hidden neuron's weighted sum is 0) as the inputs (0, 1) and (1, 0), and how
 * much of the heatmap `cells` that is blue there and elsewhere.
 */
export function hiddenBand(net: Network, cells: readonly HeatCell[]): HiddenBand {
  const z = (j: number, [x, y]: number[]) =>
    net.getWeight(1, j, 1) * x + net.getWeight(1, j, 2) * y + net.getBias(1, j);
  const sides = (p: number[]) => [z(1, p) >= 0, z(2, p) >= 0];
  const band = sides([0, 1]);
  const onBand = (p: number[]) => sides(p).every((s, j) => s === band[j]);
  // Which of the two lines separates a point from the band, or -1 for none or both.
  const across = (p: number[]) => {
    const differ = sides(p).map((s, j) => s !== band[j]);
    return differ[0] === differ[1] ? -1 : differ.indexOf(true);
  };
  const [a, b] = [across([0, 0]), across([1, 1])];
  const centre = (c: HeatCell) => [(c.x1 + c.x2) / 2, (c.y1 + c.y2) / 2];
  const blue = cells.filter((c) => c.value > 0.5);
  return {
    between: onBand([1, 0]) && a !== -1 && b !== -1 && a !== b,
    band: cells.filter((c) => onBand(centre(c))).length,
    blue: blue.length,
    blueInBand: blue.filter((c) => onBand(centre(c))).length,
  };
}
