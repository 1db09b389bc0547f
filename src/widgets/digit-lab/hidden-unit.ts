import type { ActivationStep, Step, WeightedSumStep } from '../../../engine/index.ts';

/**
 * One hidden neuron of the lab's network for the current drawing, read from the engine's explained
 * forward pass (`net.forward(x).steps`), which lists the hidden layer first: for each neuron its
 * weighted sum, then its activation.
 */

/** The weighted sum and activation of hidden neuron `unit` (0-based), or null if there is none. */
export function hiddenUnitSteps(
  steps: readonly Step[],
  unit: number,
): { sum: WeightedSumStep; activation: ActivationStep } | null {
  const sum = steps[2 * unit];
  const activation = steps[2 * unit + 1];
  if (sum?.kind !== 'weightedSum' || activation?.kind !== 'activation') return null;
  if (activation.input.label.latex !== sum.output.latex) return null;
  return { sum, activation };
}

/**
 * The same weighted sum with the pixels that have no ink left out: each of their terms is a weight
 * times 0, so the sum and its result are unchanged, and the few hundred inked pixels of a drawing
 * can be read where 784 terms could not.
 */
export function inkedTerms(step: WeightedSumStep): WeightedSumStep {
  const keep = step.inputs.map((x, k) => (x.value !== 0 ? k : -1)).filter((k) => k >= 0);
  return {
    ...step,
    weights: keep.map((k) => step.weights[k]),
    inputs: keep.map((k) => step.inputs[k]),
  };
}

/** The hidden layer's activations, in order, from the same steps. */
export function hiddenActivations(steps: readonly Step[]): number[] {
  const out: number[] = [];
  for (let unit = 0; ; unit++) {
    const pair = hiddenUnitSteps(steps, unit);
    if (!pair || !pair.sum.output.latex.startsWith('z^{(1)}')) return out;
    out.push(pair.activation.result);
  }
}
