import { mlp, Value, valueNetwork, graphOf, type ValueGraph } from '../../../engine/index.ts';
import { inputRange } from './graph-input';
import { labelLatex } from './node-latex';

/**
 * Lesson 9's network as a graph of autograd `Value`s: the backprop stepper's 2-2-1 network (tanh
 * hidden layer, sigmoid output, seed 1) on one example, and its squared error L = (ŷ − y)². Built
 * from `valueNetwork`, so every number is the engine's; the loss is written as the lesson writes it
 * (one output, so the mean over outputs is the square itself and needs no extra nodes).
 */

/** A number the reader can edit: an input, the target, a weight or a bias. */
export interface GraphInput {
  /** The node's label in the graph: `x1`, `y`, `w(1)_11`. */
  key: string;
  /** The same symbol in LaTeX: `w^{(1)}_{11}`. */
  latex: string;
  /** What a screen reader calls the field: `input x1`, `weight w(1)_11`. */
  name: string;
  value: Value;
}

/** The graph, its output and the values a reader can change. */
export interface LessonGraph {
  loss: Value;
  inputs: GraphInput[];
}

/**
 * The networks the widget offers, by their layer sizes. The lesson's 2-2-1 is small enough to show
 * every value; 2-4-4-1 is the smallest with a second hidden layer whose graph is folded (88 values,
 * past drawn-fold.ts's 60), and each of its hidden activations feeds four neurons, so the chain
 * rule at one is a sum of four terms.
 */
export const NETWORKS = { '2-2-1': [2, 2, 1], '2-4-4-1': [2, 4, 4, 1] } as const;
export type NetworkName = keyof typeof NETWORKS;

/** The lesson's network and example (x = (1, 0), y = 1) unless others are given. */
export function lessonGraph(
  x: readonly number[] = [1, 0],
  y = 1,
  seed = 1,
  sizes: readonly number[] = NETWORKS['2-2-1'],
): LessonGraph {
  const net = mlp([...sizes], { activation: 'tanh', output: 'sigmoid', seed });
  const values = valueNetwork(net);
  const [yHat] = values.forward(x);
  const target = new Value(y, 'y');
  const loss = yHat.sub(target).pow(2);
  loss.label = 'L';
  loss.backward();
  const xs = labelledInputs(loss).filter((v) => v.label.startsWith('x'));
  const inputs: GraphInput[] = [
    ...xs.map((v) => ({
      key: v.label,
      latex: labelLatex(v.label),
      name: inputRange(v.label).label,
      value: v,
    })),
    { key: 'y', latex: 'y', name: inputRange('y').label, value: target },
    ...values.parameters.map((v) => ({
      key: v.label,
      latex: labelLatex(v.label),
      name: inputRange(v.label).label,
      value: v,
    })),
  ];
  return { loss, inputs };
}

/** Sets one input's number, then runs the forward and the backward pass again. */
export function setInput(graph: LessonGraph, key: string, data: number): void {
  const input = graph.inputs.find((i) => i.key === key);
  if (!input) throw new Error(`setInput: no input "${key}" in the graph`);
  input.value.set(data);
  graph.loss.recompute();
  graph.loss.backward();
}

/** The graph as plain data, for drawing and stepping. */
export const snapshot = (graph: LessonGraph): ValueGraph => graphOf(graph.loss);

/** Every labelled input value `root` depends on, in the order they are first reached. */
function labelledInputs(root: Value): Value[] {
  const seen = new Set<Value>();
  const found: Value[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    if (v.op === 'input' && v.label) found.push(v);
    stack.push(...v.inputs);
  }
  return found.sort((a, b) => a.label.localeCompare(b.label));
}
