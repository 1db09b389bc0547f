import {
  createTrainer,
  evaluate,
  mlp,
  type Dataset,
  type OptimizerName,
} from '../../engine/index.ts';

/** (x1, x2) turned by `degrees` about the origin, anticlockwise. */
export function turn([x1, x2]: readonly number[], degrees: number): [number, number] {
  const t = (degrees * Math.PI) / 180;
  return [Math.cos(t) * x1 - Math.sin(t) * x2, Math.sin(t) * x1 + Math.cos(t) * x2];
}

/**
 * A linear neuron's data set with every two-number input turned by `degrees`. The mean squared
 * error over the weights turns with it, since w . x is unchanged when w and x turn together: a
 * ravine along the axes becomes one tilted across them, with the same curvatures.
 */
export function tiltInputs(data: Dataset, degrees: number): Dataset {
  return { inputs: data.inputs.map((x) => turn(x, degrees)), targets: data.targets };
}

/**
 * Full-batch steps of `optimizer` at rate `eta` a linear neuron (bias fixed at 0 by data that
 * come in pairs (x, y), (-x, -y)) takes on `data` turned by `degrees`, from `start` turned with
 * it, until its mean squared error is below `target`; null if it is not after `maxSteps`.
 */
export function stepsOnTilted(
  data: Dataset,
  start: { w1: number; w2: number },
  degrees: number,
  optimizer: OptimizerName,
  eta: number,
  target: number,
  maxSteps: number,
): number | null {
  const tilted = tiltInputs(data, degrees);
  const [w1, w2] = turn([start.w1, start.w2], degrees);
  const net = mlp([2, 1], { output: 'linear' });
  net.setWeights({ weights: [[[w1, w2]]], biases: [[0]] });
  const trainer = createTrainer(net, tilted, {
    loss: 'mse',
    learningRate: eta,
    batchSize: tilted.inputs.length,
    optimizer,
  });
  for (let k = 1; k <= maxSteps; k++) {
    const update = trainer.step();
    if (update.diverged || update.loss === null) return null;
    if (evaluate(net, tilted, 'mse').loss < target) return k;
  }
  return null;
}
