import { formatNumber, toText, type GraphNode, type ValueGraph } from '../../../engine/index.ts';
import { nodeFormulas, nodeNames } from '../../lib/graph/graph-text';
import { chainRuleStep, type GraphNames } from './chain-rule';
import type { Revealed } from './graph-steps';
import { nodeFormulaLatex, nodeLatex } from './node-latex';

/** The operation's sign in a node's box: short, so the boxes stay narrow on a phone. */
const OP_SIGNS: Record<GraphNode['op'], string> = {
  input: '',
  add: '+',
  sub: '−',
  mul: '×',
  div: '÷',
  neg: '−',
  pow: '^',
  exp: 'exp',
  log: 'ln',
  tanh: 'tanh',
  sigmoid: 'σ',
  relu: 'ReLU',
  sum: 'sum',
};

/** A node's first line: its name and operation (`z(1)_1 = sum`, `×`), or an input's name. */
export function nodeHead(node: GraphNode): string {
  const sign = node.op === 'pow' ? `^${node.exponent}` : OP_SIGNS[node.op];
  if (node.op === 'input') return node.label || formatNumber(node.data);
  return node.label ? `${node.label} = ${sign}` : sign;
}

/** Each node's lines as the widget shows them after some steps: unknown numbers are `?`. */
export function shownLines(graph: ValueGraph, revealed: Revealed): string[][] {
  return graph.nodes.map((node) => [
    nodeHead(node),
    `value ${revealed.values.has(node.id) ? formatNumber(node.data) : '?'}`,
    `grad ${revealed.grads.has(node.id) ? formatNumber(node.grad) : '?'}`,
  ]);
}

/** Every node's name and formula, as text and as LaTeX. */
export function graphNames(graph: ValueGraph): GraphNames {
  return {
    text: nodeNames(graph),
    latex: nodeLatex(graph),
    formula: { text: nodeFormulas(graph), latex: nodeFormulaLatex(graph) },
  };
}

/** The live region's sentence for the current step, with the engine's numbers. */
export function stepSentence(graph: ValueGraph, revealed: Revealed, total: number): string {
  const c = revealed.current;
  if (!c)
    return `Nothing computed yet: the inputs, the target, the weights and the biases are given. ${total} steps to go: the forward pass, then the backward pass.`;
  const names = graphNames(graph);
  const node = graph.nodes[c.id];
  const name = names.text[c.id];
  if (c.pass === 'forward') {
    const args = graph.edges
      .filter((e) => e.to === c.id)
      .map((e) => formatNumber(graph.nodes[e.from].data));
    return `Forward pass, step ${c.index} of ${c.of}: ${name} = ${operation(node, args)} = ${formatNumber(node.data)}.`;
  }
  const step = chainRuleStep(graph, names, c.id);
  const how = step
    ? toText(step, { symbolic: true })
    : `dL/dL = 1: the backward pass starts at the loss`;
  return `Backward pass, step ${c.index} of ${c.of}: the gradient of ${name}. ${how}.`;
}

/** An operation applied to numbers, as text: `0.5 × 1`, `tanh(0.3)`, `sum(0.5, 0, 0.1)`. */
function operation(node: GraphNode, args: string[]): string {
  if (node.op === 'pow') return `(${args[0]})^${node.exponent}`;
  if (args.length === 2 && node.op !== 'sum') return `${args[0]} ${OP_SIGNS[node.op]} ${args[1]}`;
  return `${OP_SIGNS[node.op]}(${args.join(', ')})`;
}
