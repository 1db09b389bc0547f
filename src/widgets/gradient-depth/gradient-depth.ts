import { datasets, layerGradients, mlp } from '../../../engine/index.ts';
import type {
  InitSpec,
  LayerGradientStats,
  Network,
  ParameterGradient,
} from '../../../engine/index.ts';

/** The activations the widget compares, all three on the same data and widths. */
export const DEPTH_ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export type DepthActivation = (typeof DEPTH_ACTIVATIONS)[number];

/**
 * The starting scales the reader picks from: the two rules of thumb, one scale far too small and
 * one too large for these layers of 8 neurons (He's standard deviation there is 0.5).
 */
export const DEPTH_INITS = {
  xavier: 'xavier',
  he: 'he',
  small: { name: 'normal', sd: 0.1 },
  large: { name: 'normal', sd: 1 },
} as const satisfies Record<string, InitSpec>;
export type DepthInit = keyof typeof DEPTH_INITS;
export const DEPTH_INIT_NAMES: Record<DepthInit, string> = {
  xavier: 'Xavier',
  he: 'He',
  small: 'N(0, 0.1²)',
  large: 'N(0, 1²)',
};

/**
 * The networks the widget builds: 2 inputs, `depth` hidden layers of `width` neurons, one sigmoid
 * output, on a small fixed set of moons. One forward and backward pass over it per change, no
 * training: the gradients are those of the very first update.
 */
export const GRADIENT_DEPTH = {
  width: 8,
  minDepth: 2,
  maxDepth: 10,
  seed: 1,
  data: { n: 32, seed: 3 },
  start: { activation: 'sigmoid' as DepthActivation, depth: 8, init: 'xavier' as DepthInit },
} as const;

/** The widget's data set: the same every time. */
export function depthData() {
  return datasets.moons(GRADIENT_DEPTH.data);
}

/** The network for a choice of activation, depth (hidden layers) and starting scale. */
export function depthNetwork(activation: DepthActivation, depth: number, init: DepthInit): Network {
  const hidden = Array.from({ length: depth }, () => GRADIENT_DEPTH.width);
  return mlp([2, ...hidden, 1], {
    activation,
    output: 'sigmoid',
    init: DEPTH_INITS[init],
    seed: GRADIENT_DEPTH.seed,
  });
}

/** What the widget shows for one choice: the network, and per layer the engine's gradient sizes. */
export interface DepthRun {
  net: Network;
  stats: LayerGradientStats[];
}

/** The engine's per-layer gradient statistics over the data, before any training. */
export function depthRun(activation: DepthActivation, depth: number, init: DepthInit): DepthRun {
  const net = depthNetwork(activation, depth, init);
  return { net, stats: layerGradients(net, depthData(), 'bce') };
}

/**
 * The gradient of w^{(layer)}_{11} for the first example, with every chain-rule step on its path:
 * the factors da/dz = f'(z) of every layer above it, with their values.
 */
export function layerChain(run: DepthRun, layer: number): ParameterGradient {
  const data = depthData();
  return run.net.explainGradient(data.inputs[0], data.targets[0], 'bce', {
    type: 'weight',
    layer,
    j: 1,
    k: 1,
  });
}

/** How many times larger the gradient of `layer` is than that of the output layer (below 1: smaller). */
export function relativeToOutput(run: DepthRun, layer: number): number {
  const out = run.stats.at(-1)!.weightGradient.rms;
  return run.stats[layer - 1].weightGradient.rms / out;
}

/** One factor of the chain: the slope f'(z) of neuron 1 of a layer for the first example. */
export interface PathSlope {
  layer: number;
  z: number;
  slope: number;
}

/**
 * The slopes of neuron 1 of `layer` and of every layer above it, for the first example: the same
 * numbers as the activationDerivative steps of `layerChain`, output layer first, as the gradient
 * meets them on its way back.
 */
export function pathSlopes(run: DepthRun, layer: number): PathSlope[] {
  const { z } = run.net.forward(depthData().inputs[0]);
  const slopes: PathSlope[] = [];
  for (let l = z.length; l >= layer; l--)
    slopes.push({ layer: l, z: z[l - 1][0], slope: run.net.activations[l - 1].df(z[l - 1][0]) });
  return slopes;
}
