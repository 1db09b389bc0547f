import { datasets, mlp, train, type Dataset, type Network, type Step } from '../../engine/index.ts';

/** How the layer-flow network is made; fixed, so the build, the browser and the tests agree. */
export const LAYER_FLOW_SETUP = {
  sizes: [2, 3, 2, 1],
  seed: 1,
  data: { n: 200, seed: 1 },
  epochs: 150,
  learningRate: 0.3,
  batchSize: 10,
} as const;

/** The trained network with the labelled points it learned from and its final training record. */
export interface LayerFlowModel {
  net: Network;
  data: Dataset;
  epochs: number;
  /** Fraction of the training points classified right after the last epoch. */
  accuracy: number;
  loss: number;
}

/**
 * The lesson's 2-3-2-1 network (tanh hidden layers, sigmoid output), trained by the engine on the
 * engine's `circle` points: label 1 inside radius 0.5, label 0 in the ring outside. Deterministic.
 */
export function layerFlowModel(): LayerFlowModel {
  const s = LAYER_FLOW_SETUP;
  const net = mlp([...s.sizes], { activation: 'tanh', output: 'sigmoid', seed: s.seed });
  const data = datasets.circle({ ...s.data });
  const run = train(net, data, {
    loss: 'bce',
    learningRate: s.learningRate,
    batchSize: s.batchSize,
    epochs: s.epochs,
    seed: s.seed,
  });
  const last = run.history[run.history.length - 1];
  return { net, data, epochs: run.history.length, accuracy: last.accuracy ?? NaN, loss: last.loss };
}

/** Index in `net.forward(x).steps` of neuron j's weighted sum in layer l (both counted from 1). */
export function stepIndex(sizes: readonly number[], layer: number, j: number): number {
  let before = 0;
  for (let m = 1; m < layer; m++) before += sizes[m];
  // The engine emits two steps per neuron, layer by layer: its weighted sum, then its activation.
  return 2 * (before + j - 1);
}

/** Neuron j of layer l's two forward steps: z = w . a + b, then a = f(z). */
export function neuronSteps(
  sizes: readonly number[],
  steps: readonly Step[],
  layer: number,
  j: number,
): Step[] {
  const i = stepIndex(sizes, layer, j);
  return steps.slice(i, i + 2);
}

/** Every forward step of layer l, neuron by neuron. */
export function layerSteps(
  sizes: readonly number[],
  steps: readonly Step[],
  layer: number,
): Step[] {
  return steps.slice(stepIndex(sizes, layer, 1), stepIndex(sizes, layer + 1, 1));
}

/** What each layer is called in the widget: "input", "hidden layer 1", ..., "output". */
export function layerName(sizes: readonly number[], layer: number): string {
  if (layer === 0) return 'input layer';
  if (layer === sizes.length - 1) return 'output layer';
  return `hidden layer ${layer}`;
}
