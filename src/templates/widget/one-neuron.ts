import { mlp, type ForwardResult } from '../../../engine/index.ts';

/**
 * The template widget's logic: one sigmoid neuron with one input, built by the engine. Plain
 * functions of the reader's settings, so they are unit-tested without a browser and the component
 * only holds state.
 */

/** Where the widget starts and how far each control goes. */
export const ONE_NEURON = Object.freeze({
  start: { x: 1, w: 0.5, b: -0.25 },
  range: { min: -4, max: 4, step: 0.05 },
});

/** The engine's forward pass of the neuron at these settings: its output and every step of the math. */
export function oneNeuron(x: number, w: number, b: number): ForwardResult {
  const net = mlp([1, 1], { output: 'sigmoid' });
  net.setWeight(1, 1, 1, w);
  net.setBias(1, 1, b);
  return net.forward([x]);
}
