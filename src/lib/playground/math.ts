import {
  label,
  type Network,
  type ParameterGradient,
  type ParameterRef,
  type Step,
} from '../../../engine/index.ts';

/** What the reader selected: a weight, a bias or a neuron, counted from 1 as in the math. */
export type Selection = ParameterRef | { type: 'neuron'; layer: number; j: number };

/** The engine's account of one selected number for one sample. */
export interface SelectionMath {
  /** The parameter's value, or the neuron's activation for this sample. */
  value: number;
  /** The forward steps that compute the selection's neuron (and, for a weight, its input). */
  forward: Step[];
  /** dL/d(parameter), for a neuron dL/db of its bias (which equals dL/dz), with its chain-rule steps. */
  gradient: ParameterGradient;
}

/** Whether a selection still names a parameter of `net` (after layers were removed, it may not). */
export function selectionFits(net: Network, s: Selection): boolean {
  const L = net.sizes.length - 1;
  if (s.layer < 1 || s.layer > L || s.j < 1 || s.j > net.sizes[s.layer]) return false;
  return s.type !== 'weight' || (s.k >= 1 && s.k <= net.sizes[s.layer - 1]);
}

/** The symbol of a selection: w^{(2)}_{13}, b^{(1)}_{2} or a^{(1)}_{2}. */
export function selectionLabel(s: Selection) {
  if (s.type === 'weight') return label('w', [s.j, s.k], s.layer);
  if (s.type === 'bias') return label('b', [s.j], s.layer);
  return label('a', [s.j], s.layer);
}

/**
 * The selection's forward computation and gradient for sample (x, y), all from the engine:
 * `net.forward` for the steps of its neuron, `net.explainGradient` for the chain rule.
 */
export function explainSelection(
  net: Network,
  s: Selection,
  x: readonly number[],
  y: readonly number[],
  loss: 'bce' | 'mse' | 'crossEntropy',
): SelectionMath {
  const { steps, a } = net.forward(x);
  const wanted = new Set([label('z', [s.j], s.layer).text, label('a', [s.j], s.layer).text]);
  // A softmax neuron's output reads every weighted sum of its layer: show them all.
  const L = net.sizes.length - 1;
  if (s.layer === L && net.activations[L - 1].name === 'softmax')
    for (let k = 1; k <= net.sizes[L]; k++) wanted.add(label('z', [k], L).text);
  if (s.type === 'weight' && s.layer > 1) {
    wanted.add(label('z', [s.k], s.layer - 1).text);
    wanted.add(label('a', [s.k], s.layer - 1).text);
  }
  const forward = steps.filter((step) => 'output' in step && wanted.has(step.output.text));
  const ref: ParameterRef = s.type === 'neuron' ? { type: 'bias', layer: s.layer, j: s.j } : s;
  const value =
    s.type === 'weight'
      ? net.getWeight(s.layer, s.j, s.k)
      : s.type === 'bias'
        ? net.getBias(s.layer, s.j)
        : a[s.layer - 1][s.j - 1];
  return { value, forward, gradient: net.explainGradient(x, y, loss, ref) };
}
