import {
  classifiedRight,
  neuron,
  type Dataset,
  type ForwardResult,
  type Network,
} from '../../../engine/index.ts';
import { halfPlane, type Box, type HalfPlane } from '../../lib/half-plane';

/** One cell of the decision-region heatmap: a small square and the network's output at its centre. */
export interface RegionCell {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  value: number;
}

/** The network's output over a `size` x `size` grid of squares covering `box` (engine predictions). */
export function decisionRegion(net: Network, box: Box, size: number): RegionCell[] {
  const dx = (box.x1 - box.x0) / size;
  const dy = (box.y1 - box.y0) / size;
  const cells: RegionCell[] = [];
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const x = box.x0 + i * dx;
      const y = box.y0 + j * dy;
      cells.push({
        x1: x,
        x2: x + dx,
        y1: y,
        y2: y + dy,
        value: net.predict([x + dx / 2, y + dy / 2])[0],
      });
    }
  }
  return cells;
}

/**
 * One input as a 2-2-1 network sees it: the hidden activations h = (a(1)_1, a(1)_2), the output,
 * the target.
 */
export interface HiddenRow {
  x: readonly number[];
  h: [number, number];
  output: number;
  target: number;
  forward: ForwardResult;
}

/** Each input's forward pass through a 2-2-1 network, read off at the hidden layer and the output. */
export function hiddenRows(net: Network, data: Dataset): HiddenRow[] {
  return data.inputs.map((x, i) => {
    const forward = net.forward(x);
    return {
      x,
      h: [forward.a[0][0], forward.a[0][1]],
      output: forward.output[0],
      target: data.targets[i][0],
      forward,
    };
  });
}

/** Whether a row's output is on its target's side of 0.5, by the engine's rule. */
export function rowRight(row: Pick<HiddenRow, 'output' | 'target'>): boolean {
  return classifiedRight([row.output], [row.target]);
}

/** The line where hidden neuron j's weighted sum is 0, in the input plane. */
export function hiddenLine(net: Network, j: 1 | 2, box: Box): HalfPlane {
  const n = neuron({
    weights: [net.getWeight(1, j, 1), net.getWeight(1, j, 2)],
    bias: net.getBias(1, j),
    activation: 'linear',
  });
  return halfPlane((x, y) => n.forward([x, y]).z, box);
}

/**
 * The output neuron's decision line in the hidden space: where its weighted sum of the hidden
 * activations is 0, so the sigmoid output is 0.5. The region is where it outputs more than 0.5.
 */
export function outputLine(net: Network, box: Box): HalfPlane {
  const n = neuron({
    weights: [net.getWeight(2, 1, 1), net.getWeight(2, 1, 2)],
    bias: net.getBias(2, 1),
    activation: 'sigmoid',
  });
  return halfPlane((h1, h2) => n.forward([h1, h2]).z, box);
}
