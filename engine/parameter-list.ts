import { coreOf } from './network.ts';
import type { Network } from './network-types.ts';
import { parameterList } from './parameters.ts';
import type { LabelledParameter } from './parameters.ts';

export type { LabelledParameter } from './parameters.ts';

/**
 * The model's vocabulary: every weight and bias of a network, once, with the names the course
 * writes them by. Widgets, tables and links list parameters from here, so they all agree.
 */

/**
 * Every weight and bias of `net` in the order of `net.getParams()`: each layer's weights row by
 * row (neuron j, then input k), then its biases. Entry i labels `net.getParams()[i]`.
 */
export function parameters(net: Network): LabelledParameter[] {
  return parameterList(coreOf(net, 'parameters').sizes);
}
