import type { ParameterRef } from './explain-parameter.ts';
import { label } from './labels.ts';
import { coreOf } from './network.ts';
import type { Network } from './network-types.ts';

/**
 * The model's vocabulary: every weight and bias of a network, once, with the names the course
 * writes them by. Widgets, tables and links list parameters from here, so they all agree.
 */

/** A parameter with its plain-text label (`w(1)_21`) and its LaTeX (`w^{(1)}_{21}`). */
export type LabelledParameter = ParameterRef & { label: string; latex: string };

/** The parameters of a network of these layer sizes, in the flat order of `getParams` (internal). */
export function parameterList(sizes: readonly number[]): LabelledParameter[] {
  const out: LabelledParameter[] = [];
  for (let layer = 1; layer < sizes.length; layer++) {
    for (let j = 1; j <= sizes[layer]; j++)
      for (let k = 1; k <= sizes[layer - 1]; k++) {
        const { text, latex } = label('w', [j, k], layer);
        out.push({ type: 'weight', layer, j, k, label: text, latex });
      }
    for (let j = 1; j <= sizes[layer]; j++) {
      const { text, latex } = label('b', [j], layer);
      out.push({ type: 'bias', layer, j, label: text, latex });
    }
  }
  return out;
}

/**
 * Every weight and bias of `net` in the order of `net.getParams()`: each layer's weights row by
 * row (neuron j, then input k), then its biases. Entry i labels `net.getParams()[i]`.
 */
export function parameters(net: Network): LabelledParameter[] {
  return parameterList(coreOf(net, 'parameters').sizes);
}
