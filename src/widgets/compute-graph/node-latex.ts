import type { ValueGraph } from '../../../engine/index.ts';

/**
 * Each node's symbol in LaTeX, for the chain-rule products: a labelled node's label in the
 * engine's notation (`w(1)_11` → `w^{(1)}_{11}`, `x1` → `x_{1}`), an unnamed one as its expression
 * (`w^{(1)}_{11} x_{1}`, `a^{(2)}_{1} - y`).
 */
export function nodeLatex(graph: ValueGraph): string[] {
  return latexNames(graph).names;
}

/**
 * Each node's formula in LaTeX: a computed node as its operation on its inputs' symbols, labelled
 * or not (`L` → `(a^{(2)}_{1} - y)^{2}`); an input as its symbol.
 */
export function nodeFormulaLatex(graph: ValueGraph): string[] {
  return latexNames(graph).formulas;
}

function latexNames(graph: ValueGraph): { names: string[]; formulas: string[] } {
  const args: number[][] = graph.nodes.map(() => []);
  for (const e of graph.edges) args[e.to].push(e.from);
  const names: string[] = [];
  const formulas: string[] = [];
  for (const node of graph.nodes) {
    const a = args[node.id].map((id) => names[id]);
    // An unnamed sum or difference inside a product or a power keeps its brackets.
    const inner = args[node.id].map((id) =>
      !graph.nodes[id].label && ['add', 'sub'].includes(graph.nodes[id].op)
        ? `(${names[id]})`
        : names[id],
    );
    const formula = formulaOf(node, a, inner);
    formulas.push(node.op === 'input' && node.label ? labelLatex(node.label) : formula);
    names.push(node.label ? labelLatex(node.label) : formula);
  }
  return { names, formulas };
}

function formulaOf(
  node: ValueGraph['nodes'][number],
  a: readonly string[],
  inner: readonly string[],
): string {
  switch (node.op) {
    case 'input':
      return String(node.data);
    case 'mul':
      return `${inner[0]} \\, ${inner[1]}`;
    case 'add':
      return `${a[0]} + ${a[1]}`;
    case 'sub':
      return `${a[0]} - ${inner[1]}`;
    case 'pow':
      return `${inner[0]}^{${node.exponent}}`;
    default:
      return `\\operatorname{${node.op}}(${a.join(', ')})`;
  }
}

/** An engine text label in LaTeX: `w(1)_11` → `w^{(1)}_{11}`, `x1` → `x_{1}`, `L` → `L`. */
export function labelLatex(text: string): string {
  const m = /^([A-Za-z])(?:\((\d+)\)_)?(\d*)$/.exec(text);
  if (!m) return `\\text{${text.replace(/[\\{}$&#^_%~]/g, '')}}`;
  const [, base, layer, idx] = m;
  return `${base}${layer ? `^{(${layer})}` : ''}${idx ? `_{${idx}}` : ''}`;
}
