import {
  neuron,
  perceptronStep,
  type Dataset,
  type Neuron,
  type NeuronOutput,
  type PerceptronStepResult,
} from '../../engine/index.ts';

/** One row of a gate's truth table: the inputs, the engine's forward pass and the gate's target. */
export interface GateRow {
  x: readonly number[];
  out: NeuronOutput;
  target: number;
}

/** The truth table of `data` as neuron `n` computes it. */
export function truthTable(n: Neuron, data: Dataset): GateRow[] {
  return data.inputs.map((x, i) => ({ x, out: n.forward(x), target: data.targets[i][0] }));
}

/** Where a run of the perceptron rule stands: the neuron, the counters and the last update. */
export interface Learning {
  neuron: Neuron;
  /** The epoch in progress, counted from 1. */
  epoch: number;
  /** The sample the next update looks at (0-3, in truth-table order, as `trainPerceptron` goes). */
  next: number;
  /** Samples misclassified so far in this epoch (each one moved the weights). */
  mistakes: number;
  /** Mistakes made in each finished epoch. */
  history: number[];
  /** Applications of the rule so far, right or wrong. */
  updates: number;
  /** The last application of the rule, with the sample it looked at. */
  last: (PerceptronStepResult & { sample: number }) | null;
}

/** A step neuron with these parameters. */
export function stepNeuron(w1: number, w2: number, b: number): Neuron {
  return neuron({ weights: [w1, w2], bias: b, activation: 'step' });
}

/** A fresh run starting from this neuron. */
export function startLearning(n: Neuron): Learning {
  return { neuron: n, epoch: 1, next: 0, mistakes: 0, history: [], updates: 0, last: null };
}

// Perceptron updates add multiples of eta: in binary, 0.1 + 0.2 is 0.30000000000000004, which
// the widget's number fields would show. Twelve significant digits drop that noise and nothing else.
const clean = (x: number) => Number(x.toPrecision(12));

/** Applies the engine's perceptron rule to the next sample and moves the counters on. */
export function learnOne(state: Learning, data: Dataset, learningRate: number): Learning {
  const sample = state.next;
  const result = perceptronStep(
    state.neuron,
    data.inputs[sample],
    data.targets[sample][0],
    learningRate,
  );
  const n = neuron({
    weights: result.neuron.weights.map(clean),
    bias: clean(result.neuron.bias),
    activation: 'step',
  });
  const mistakes = state.mistakes + (result.error === 0 ? 0 : 1);
  const endsEpoch = sample === data.inputs.length - 1;
  return {
    neuron: n,
    epoch: endsEpoch ? state.epoch + 1 : state.epoch,
    next: endsEpoch ? 0 : sample + 1,
    mistakes: endsEpoch ? 0 : mistakes,
    history: endsEpoch ? [...state.history, mistakes] : state.history,
    updates: state.updates + 1,
    last: { ...result, neuron: n, sample },
  };
}

/** How many samples the neuron classifies right, by the engine's forward pass. */
export function rightCount(n: Neuron, data: Dataset): number {
  return data.inputs.filter((x, i) => n.forward(x).a === data.targets[i][0]).length;
}

/**
 * Applies the rule until every sample is right (no later update could change anything) or
 * `maxEpochs` epochs have passed; `solved` says which.
 */
export function learnUntilRight(
  state: Learning,
  data: Dataset,
  learningRate: number,
  maxEpochs: number,
): { state: Learning; solved: boolean } {
  let s = state;
  while (rightCount(s.neuron, data) < data.inputs.length) {
    if (s.epoch > maxEpochs) return { state: s, solved: false };
    s = learnOne(s, data, learningRate);
  }
  return { state: s, solved: true };
}
