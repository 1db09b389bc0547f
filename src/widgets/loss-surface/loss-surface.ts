import { losses, mlp, type Dataset, type Network } from '../../../engine/index.ts';

/**
 * The loss surface of one sigmoid neuron with one input: its loss over six examples as a function
 * of its weight w and bias b, under squared error and under binary cross-entropy. The examples
 * overlap (x = -0.5 is a 1 and x = 0.5 a 0), so no line separates them and the cross-entropy has a
 * lowest point at finite w and b. Every number comes from the engine: the loss from its loss
 * functions on its forward pass, the gradient from its backpropagation.
 */
export type SurfaceLoss = 'mse' | 'bce';

export const SURFACE_LOSSES: readonly SurfaceLoss[] = ['mse', 'bce'];

export const SURFACE_LOSS_NAMES: Readonly<Record<SurfaceLoss, string>> = {
  mse: 'Squared error',
  bce: 'Cross-entropy',
};

export const LOSS_SURFACE = {
  data: {
    inputs: [[-2], [-1], [-0.5], [0.5], [1], [2]],
    targets: [[0], [0], [1], [0], [1], [1]],
  } as Dataset,
  /** Both axes, w and b, run over this range. */
  range: { min: -6, max: 6, step: 0.1 },
  /** The lesson's starting point: far out, where the sigmoid is saturated for most examples. */
  start: { w: -4, b: 4 },
  /** Gradient descent from the point: this many full-batch steps of this size, under each loss. */
  descent: { steps: 200, eta: 1 },
  /** Grid cells per axis for the maps. */
  cells: 48,
};

/** A neuron with these parameters. */
export function neuronAt(w: number, b: number): Network {
  const net = mlp([1, 1], { output: 'sigmoid' });
  net.setWeight(1, 1, 1, w);
  net.setBias(1, 1, b);
  return net;
}

/** One example's part of the loss at (w, b): z, the output, and its loss under each function. */
export interface ExampleTerm {
  x: number;
  y: number;
  z: number;
  yHat: number;
  loss: Record<SurfaceLoss, number>;
}

/** What the surfaces hold at one point (w, b): each example's term, the means, the gradients. */
export interface SurfacePoint {
  w: number;
  b: number;
  terms: ExampleTerm[];
  loss: Record<SurfaceLoss, number>;
  /** The mean gradient (dL/dw, dL/db) over the examples, from the engine's backpropagation. */
  gradient: Record<SurfaceLoss, [number, number]>;
}

export function pointAt(w: number, b: number): SurfacePoint {
  const net = neuronAt(w, b);
  const { inputs, targets } = LOSS_SURFACE.data;
  const m = inputs.length;
  const terms = inputs.map((x, s): ExampleTerm => {
    const forward = net.forward(x);
    const yHat = forward.output[0];
    const y = targets[s][0];
    return {
      x: x[0],
      y,
      z: forward.z[0][0],
      yHat,
      loss: { mse: losses.mse.f(yHat, y), bce: losses.bce.f(yHat, y) },
    };
  });
  const mean = (loss: SurfaceLoss) => terms.reduce((sum, t) => sum + t.loss[loss], 0) / m;
  const gradient = (loss: SurfaceLoss): [number, number] => {
    let dw = 0;
    let db = 0;
    inputs.forEach((x, s) => {
      const g = net.gradients(x, targets[s], loss);
      dw += g.weights[0][0][0];
      db += g.biases[0][0];
    });
    return [dw / m, db / m];
  };
  return {
    w,
    b,
    terms,
    loss: { mse: mean('mse'), bce: mean('bce') },
    gradient: { mse: gradient('mse'), bce: gradient('bce') },
  };
}

/** The size of a gradient, sqrt(dw^2 + db^2). */
export function gradientSize([dw, db]: readonly [number, number]): number {
  return Math.hypot(dw, db);
}

/** The mean loss at every cell centre of a cells x cells grid over the range, row by row from (min, min): rows go up in b, columns across in w. */
export function surfaceGrid(
  loss: SurfaceLoss,
  cells = LOSS_SURFACE.cells,
): { width: number; height: number; values: number[] } {
  const { min, max } = LOSS_SURFACE.range;
  const size = (max - min) / cells;
  const f = losses[loss].f;
  const { inputs, targets } = LOSS_SURFACE.data;
  const net = neuronAt(0, 0);
  const values: number[] = [];
  for (let row = 0; row < cells; row++) {
    net.setBias(1, 1, min + (row + 0.5) * size);
    for (let col = 0; col < cells; col++) {
      net.setWeight(1, 1, 1, min + (col + 0.5) * size);
      let total = 0;
      inputs.forEach((x, s) => (total += f(net.predict(x)[0], targets[s][0])));
      values.push(total / inputs.length);
    }
  }
  return { width: cells, height: cells, values };
}

/** Full-batch gradient descent from (w, b) under one loss: the path, start included. */
export function descentPath(
  loss: SurfaceLoss,
  w: number,
  b: number,
  { steps, eta } = LOSS_SURFACE.descent,
): { w: number; b: number }[] {
  const path = [{ w, b }];
  for (let t = 0; t < steps; t++) {
    const [dw, db] = pointAt(w, b).gradient[loss];
    w -= eta * dw;
    b -= eta * db;
    path.push({ w, b });
  }
  return path;
}
