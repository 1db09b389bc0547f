import { formatNumber, type GraphNode, type ValueGraph } from '../../../engine/index.ts';

/** How each operation reads in a node and in a sentence. */
const OP_NAMES: Record<GraphNode['op'], string> = {
  input: 'input',
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

/** What an operation is called in a sentence. */
const OP_WORDS: Record<GraphNode['op'], string> = {
  input: 'an input',
  add: 'the sum',
  sub: 'the difference',
  mul: 'the product',
  div: 'the quotient',
  neg: 'the negative',
  pow: 'the power',
  exp: 'the exponential',
  log: 'the natural logarithm',
  tanh: 'the tanh',
  sigmoid: 'the sigmoid',
  relu: 'the ReLU',
  sum: 'the sum',
};

/**
 * An input's name inside another's expression: long names elided, and an unnamed sum or product
 * in brackets when it is an operand (`(a + b) × c` cannot be misread), not when it is a function's
 * argument, which has brackets of its own (`tanh(a + b)`).
 */
function inner(graph: ValueGraph, names: string[], id: number, operand: boolean): string {
  const name = names[id];
  if (name.length > 12) return '…';
  const node = graph.nodes[id];
  return operand && !node.label && ['add', 'sub', 'mul', 'div'].includes(node.op)
    ? `(${name})`
    : name;
}

/** Whether a node with `count` inputs writes them as operands (`a × b`, `a^2`, `−a`), not as a function's arguments (`tanh(a)`). */
function writesOperands(node: GraphNode, count: number): boolean {
  return node.op === 'pow' || node.op === 'neg' || (count === 2 && node.op !== 'sum');
}

/** A node's inputs' names as its expression writes them. */
function argumentNames(graph: ValueGraph, names: string[], node: GraphNode, ids: number[]) {
  const operands = writesOperands(node, ids.length);
  return ids.map((id) => inner(graph, names, id, operands));
}

/** Each node's inputs' ids, in order. */
function inputIds(graph: ValueGraph): number[][] {
  const ids: number[][] = graph.nodes.map(() => []);
  for (const e of graph.edges) ids[e.to].push(e.from);
  return ids;
}

/** A computed node as an expression of its inputs' names: `x × w`, `tanh(z)`, `x^2`. */
function expression(node: GraphNode, args: string[]): string {
  if (node.op === 'input') return formatNumber(node.data);
  if (node.op === 'pow') return `${args[0]}^${formatNumber(node.exponent ?? 0)}`;
  if (node.op === 'neg') return `−${args[0]}`;
  if (writesOperands(node, args.length)) return `${args[0]} ${OP_NAMES[node.op]} ${args[1]}`;
  return `${OP_NAMES[node.op]}(${args.join(', ')})`;
}

/**
 * Every node's name, in the graph's order: its label, or (unnamed) its expression: a number given
 * directly as that number, a result as its operation on its inputs' names.
 */
export function nodeNames(graph: ValueGraph): string[] {
  const ids = inputIds(graph);
  const names: string[] = [];
  for (const node of graph.nodes)
    names.push(node.label || expression(node, argumentNames(graph, names, node, ids[node.id])));
  return names;
}

/**
 * Every node's formula: a computed node as its operation on its inputs' names, labelled or not
 * (`L` → `(a(2)_1 − y)^2`); an input as its name.
 */
export function nodeFormulas(graph: ValueGraph): string[] {
  const ids = inputIds(graph);
  const names = nodeNames(graph);
  return graph.nodes.map((node, i) =>
    node.op === 'input'
      ? names[i]
      : expression(node, argumentNames(graph, names, node, ids[node.id])),
  );
}

/** The lines each node's box shows: its name (with its expression), its value, its gradient. */
export function nodeLines(graph: ValueGraph): string[][] {
  const names = nodeNames(graph);
  const formulas = nodeFormulas(graph);
  return graph.nodes.map((node, i) => {
    const head = node.op !== 'input' && node.label ? `${node.label} = ${formulas[i]}` : names[i];
    return [head, `value ${formatNumber(node.data)}`, `grad ${formatNumber(node.grad)}`];
  });
}

/** One sentence per node, inputs first, for screen readers and Jupyter's plain text. */
export function graphSentences(graph: ValueGraph): string[] {
  const ids = inputIds(graph);
  const names = nodeNames(graph);
  return graph.nodes.map((node, i) => {
    const args = ids[node.id].map((id) => names[id]);
    const made =
      node.op === 'input'
        ? node.label
          ? 'an input'
          : 'a constant'
        : node.op === 'pow'
          ? `${args[0]} to the power ${formatNumber(node.exponent ?? 0)}`
          : `${OP_WORDS[node.op]} of ${args.join(' and ')}`;
    return `${names[i]} = ${formatNumber(node.data)}, ${made}, gradient ${formatNumber(node.grad)}.`;
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A one-line summary: how many values, and the output's value. */
export function graphSummary(graph: ValueGraph): string {
  return `${graphHead(graph)}; each box shows a value and its gradient, each arrow the local derivative.`;
}

/** The summary's first half: how many values of which kind, and what the graph computes. */
export function graphHead(graph: ValueGraph): string {
  const names = nodeNames(graph);
  const last = graph.nodes.length - 1;
  const inputs = graph.nodes.filter((n) => n.op === 'input' && n.label).length;
  const constants = graph.nodes.filter((n) => n.op === 'input' && !n.label).length;
  const parts = [plural(inputs, 'input'), ...(constants ? [plural(constants, 'constant')] : [])];
  return `A computational graph of ${graph.nodes.length} values (${parts.join(', ')}), computing ${names[last]} = ${formatNumber(graph.nodes[last].data)}`;
}
