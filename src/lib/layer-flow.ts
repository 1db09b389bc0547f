import {
  datasets,
  evaluate,
  mlp,
  train,
  type Dataset,
  type Network,
  type Step,
} from '../../engine/index.ts';

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
  /** Fraction of the training points the trained network classifies right. */
  accuracy: number;
  /** The trained network's mean loss (binary cross-entropy) on its training points. */
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
  const { history } = train(net, data, {
    loss: 'bce',
    learningRate: s.learningRate,
    batchSize: s.batchSize,
    epochs: s.epochs,
    seed: s.seed,
  });
  // The final network's figures: an epoch's history entry counts each point before its batch's update.
  const { accuracy, loss } = evaluate(net, data, 'bce');
  return { net, data, epochs: history.length, accuracy: accuracy ?? NaN, loss };
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

/** What the trained network says about the empty ring between the two classes of its data. */
export interface GapProbe {
  /** Radius of the probe circle (outside the class-1 disc, inside the unlabelled gap). */
  radius: number;
  /** How many directions were probed, evenly spaced around the origin. */
  directions: number;
  /** How many probe points the network calls "inside" (output above 0.5), wrongly. */
  wronglyInside: number;
  /** The smallest and largest output at the probe points. */
  minOutput: number;
  maxOutput: number;
  /** Along each direction, the radius where the output first drops below 0.5: its extremes. */
  boundaryMin: number;
  boundaryMax: number;
}

/**
 * Probes the trained network at `radius` in `directions` directions, and finds along each where
 * its decision boundary (output 0.5) really lies. The training data has no point between radius
 * 0.5 and 0.7, so nothing but the start and the training run decide what the network says there.
 */
export function probeGap(net: Network, radius = 0.6, directions = 72): GapProbe {
  const out = (r: number, t: number) => net.forward([r * Math.cos(t), r * Math.sin(t)]).output[0];
  const angles = Array.from({ length: directions }, (_, k) => (2 * Math.PI * k) / directions);
  const outputs = angles.map((t) => out(radius, t));
  // The boundary along a direction: bisection between the centre (inside) and radius 1.5.
  const boundaries = angles.map((t) => {
    let [lo, hi] = [0, 1.5];
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (out(mid, t) > 0.5) lo = mid;
      else hi = mid;
    }
    return lo;
  });
  return {
    radius,
    directions,
    wronglyInside: outputs.filter((v) => v > 0.5).length,
    minOutput: Math.min(...outputs),
    maxOutput: Math.max(...outputs),
    boundaryMin: Math.min(...boundaries),
    boundaryMax: Math.max(...boundaries),
  };
}
