import type { ValueGraph } from '../../../engine/index.ts';

/**
 * Each node's symbol in LaTeX, for the chain-rule products: a labelled node's label in the
 * engine's notation (`w(1)_11` → `w^{(1)}_{11}`, `x1` → `x_{1}`), an unnamed one as its expression
 * (`w^{(1)}_{11} x_{1}`, `a^{(2)}_{1} - y`).
 */
export function nodeLatex(graph: ValueGraph): string[] {
  const args: number[][] = graph.nodes.map(() => []);
  for (const e of graph.edges) args[e.to].push(e.from);
  const names: string[] = [];
  for (const node of graph.nodes) {
    if (node.label) {
      names.push(labelLatex(node.label));
      continue;
    }
    const a = args[node.id].map((id) => names[id]);
    // An unnamed sum or difference inside a product or a power keeps its brackets.
    const inner = args[node.id].map((id) =>
      !graph.nodes[id].label && ['add', 'sub'].includes(graph.nodes[id].op)
        ? `(${names[id]})`
        : names[id],
    );
    switch (node.op) {
      case 'input':
        names.push(String(node.data));
        break;
      case 'mul':
        names.push(`${inner[0]} \\, ${inner[1]}`);
        break;
      case 'add':
        names.push(`${a[0]} + ${a[1]}`);
        break;
      case 'sub':
        names.push(`${a[0]} - ${inner[1]}`);
        break;
      case 'pow':
        names.push(`${inner[0]}^{${node.exponent}}`);
        break;
      default:
        names.push(`\\operatorname{${node.op}}(${a.join(', ')})`);
    }
  }
  return names;
}

/** An engine text label in LaTeX: `w(1)_11` → `w^{(1)}_{11}`, `x1` → `x_{1}`, `L` → `L`. */
export function labelLatex(text: string): string {
  const m = /^([A-Za-z])(?:\((\d+)\)_)?(\d*)$/.exec(text);
  if (!m) return `\\text{${text.replace(/[\\{}$&#^_%~]/g, '')}}`;
  const [, base, layer, idx] = m;
  return `${base}${layer ? `^{(${layer})}` : ''}${idx ? `_{${idx}}` : ''}`;
}
