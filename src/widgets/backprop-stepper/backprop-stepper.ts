import type { GradientResult, ParameterRef, Step } from '../../../engine/index.ts';

/**
 * Splits the engine's explained backpropagation (`net.gradients(x, y, loss).steps`) into the
 * stages the backprop stepper reveals one at a time, and says what each stage fills in. The order
 * is the engine's: every neuron forward, layer by layer; the loss; dL/da of the outputs; then from
 * the last layer back, each neuron's dL/dz with its weights' and bias's gradients, and (below the
 * last layer) dL/da of the layer beneath as a sum over the layer above.
 */

/** One stage: a neuron forward, the loss, the output gradient, a neuron backward, or a layer's dL/da sums. */
export type BackpropStage =
  | { kind: 'forward'; layer: number; j: number; steps: Step[] }
  | { kind: 'loss'; steps: Step[] }
  | { kind: 'output'; steps: Step[] }
  | { kind: 'neuron'; layer: number; j: number; steps: Step[] }
  | { kind: 'sum'; layer: number; steps: Step[] };

/** Groups the steps of `net.gradients(...)` for a network of `sizes` into stages, checking each step's kind. */
export function backpropStages(sizes: readonly number[], result: GradientResult): BackpropStage[] {
  const steps = result.steps;
  const L = sizes.length - 1;
  let at = 0;
  const take = (kinds: Step['kind'][]): Step[] => {
    const out = steps.slice(at, at + kinds.length);
    out.forEach((s, i) => {
      if (s.kind !== kinds[i]) {
        throw new Error(
          `backpropStages: expected a ${kinds[i]} step at ${at + i}, got ${s.kind}; has the engine's step order changed?`,
        );
      }
    });
    at += kinds.length;
    return out;
  };
  const stages: BackpropStage[] = [];
  for (let l = 1; l <= L; l++) {
    for (let j = 1; j <= sizes[l]; j++)
      stages.push({ kind: 'forward', layer: l, j, steps: take(['weightedSum', 'activation']) });
  }
  stages.push({ kind: 'loss', steps: take(['loss']) });
  stages.push({ kind: 'output', steps: take(Array(sizes[L]).fill('lossDerivative')) });
  for (let l = L; l >= 1; l--) {
    const neuron: Step['kind'][] = [
      'activationDerivative',
      'chainRule',
      ...Array(sizes[l - 1]).fill('chainRule'),
      'chainRule',
    ];
    for (let j = 1; j <= sizes[l]; j++)
      stages.push({ kind: 'neuron', layer: l, j, steps: take(neuron) });
    if (l > 1)
      stages.push({
        kind: 'sum',
        layer: l - 1,
        steps: take(Array(sizes[l - 1]).fill('backpropSum')),
      });
  }
  if (at !== steps.length) throw new Error(`backpropStages: ${steps.length - at} steps left over`);
  return stages;
}

/** How many stages are the forward pass and the loss (the rest are the backward pass). */
export function forwardStageCount(sizes: readonly number[]): number {
  return sizes.slice(1).reduce((s, n) => s + n, 0) + 1;
}

/** What the first `done` stages have filled in: which neurons have values and which gradients are known. */
export interface Filled {
  /** Neurons (layer, j) whose z and a are computed. */
  forward: Set<string>;
  loss: boolean;
  /** Neurons whose dL/da is known. */
  dLda: Set<string>;
  /** Neurons whose dL/dz is known (and so their weights' and bias's gradients). */
  dLdz: Set<string>;
}

/** The key of neuron j of layer l in `Filled`'s sets. */
export const nodeKey = (layer: number, j: number) => `${layer}:${j}`;

/** Collects what the first `done` stages fill in. */
export function filledBy(
  stages: readonly BackpropStage[],
  done: number,
  sizes: readonly number[],
): Filled {
  const f: Filled = { forward: new Set(), loss: false, dLda: new Set(), dLdz: new Set() };
  const L = sizes.length - 1;
  for (const stage of stages.slice(0, done)) {
    if (stage.kind === 'forward') f.forward.add(nodeKey(stage.layer, stage.j));
    else if (stage.kind === 'loss') f.loss = true;
    else if (stage.kind === 'output') for (let j = 1; j <= sizes[L]; j++) f.dLda.add(nodeKey(L, j));
    else if (stage.kind === 'neuron') f.dLdz.add(nodeKey(stage.layer, stage.j));
    else for (let j = 1; j <= sizes[stage.layer]; j++) f.dLda.add(nodeKey(stage.layer, j));
  }
  return f;
}

/** Whether a parameter's gradient is known once `filled`: its neuron's dL/dz is. */
export function gradientKnown(filled: Filled, p: ParameterRef): boolean {
  return filled.dLdz.has(nodeKey(p.layer, p.j));
}

/** dL/da and dL/dz of each neuron, read from the stages' step results (keys from `nodeKey`). */
export function nodeGradients(stages: readonly BackpropStage[], sizes: readonly number[]) {
  const dLda = new Map<string, number>();
  const dLdz = new Map<string, number>();
  const L = sizes.length - 1;
  for (const stage of stages) {
    if (stage.kind === 'output')
      stage.steps.forEach((s, i) => dLda.set(nodeKey(L, i + 1), s.result));
    else if (stage.kind === 'sum')
      stage.steps.forEach((s, i) => dLda.set(nodeKey(stage.layer, i + 1), s.result));
    else if (stage.kind === 'neuron')
      dLdz.set(nodeKey(stage.layer, stage.j), stage.steps[1].result);
  }
  return { dLda, dLdz };
}

/** A heading for a stage: "Forward: neuron 1 of layer 1". */
export function stageTitle(stage: BackpropStage): string {
  switch (stage.kind) {
    case 'forward':
      return `Forward: neuron ${stage.j} of layer ${stage.layer}`;
    case 'loss':
      return 'Forward: the loss';
    case 'output':
      return 'Backward: how the loss changes with the output';
    case 'neuron':
      return `Backward: neuron ${stage.j} of layer ${stage.layer}, its weights and bias`;
    case 'sum':
      return `Backward: through the weights into layer ${stage.layer}`;
  }
}
