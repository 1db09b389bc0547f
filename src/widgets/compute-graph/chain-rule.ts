import {
  gradientLabel,
  type BackpropSumStep,
  type ChainRuleStep,
  type Label,
  type ValueGraph,
} from '../../../engine/index.ts';

/** Each node's name (its label, or its formula if unnamed) and formula, as text and LaTeX. */
export interface GraphNames {
  text: readonly string[];
  latex: readonly string[];
  formula: { text: readonly string[]; latex: readonly string[] };
}

/** The numerator of every gradient the widget shows: dL/dv. */
const LOSS = 'L';

/**
 * The chain-rule step that gives a node's gradient, as an engine step record, so the site's step
 * renderer typesets it (`toLatex`) and reads it out (`toText`). Every number in it is the
 * engine's: the readers' gradients and the local derivatives on their edges come from `graphOf`,
 * and the result is the node's own gradient from `backward()`, never recomputed here.
 *
 * One reader:  dL/dv = dL/dc · dc/dv (a chain-rule product).
 * Several:     dL/dv = Σ_c dc/dv · dL/dc (the sum over every node that reads v, as a
 *              hidden neuron's dL/da sums over the layer above).
 * The output has no readers: its gradient is dL/dL = 1, where the backward pass starts (null).
 * Where the reader is the loss L itself, its local derivative is named by L's formula,
 * d((a − y)^2)/d(a − y): named dL/d(a − y), it would read as the very gradient being found.
 */
export function chainRuleStep(
  graph: ValueGraph,
  names: GraphNames,
  id: number,
): ChainRuleStep | BackpropSumStep | null {
  const symbol = (i: number): Label => {
    const bare = !graph.nodes[i].label;
    return {
      latex: bare ? `(${names.latex[i]})` : names.latex[i],
      text: bare ? `(${names.text[i]})` : names.text[i],
    };
  };
  const formula = (i: number): Label =>
    graph.nodes[i].label === LOSS
      ? { latex: `(${names.formula.latex[i]})`, text: `(${names.formula.text[i]})` }
      : symbol(i);
  const readers = graph.edges.filter((e) => e.from === id);
  if (readers.length === 0) return null;
  const output = gradientLabel(symbol(id));
  const result = graph.nodes[id].grad;
  const upstream = (to: number) => ({
    label: gradientLabel(symbol(to)),
    value: graph.nodes[to].grad,
  });
  const local = (e: (typeof readers)[number]) => ({
    label: gradientLabel(symbol(e.from), formula(e.to)),
    value: e.local,
  });
  if (readers.length === 1)
    return {
      kind: 'chainRule',
      output,
      factors: [upstream(readers[0].to), local(readers[0])],
      result,
    };
  return {
    kind: 'backpropSum',
    output,
    terms: readers.map((e) => ({ weight: local(e), gradient: upstream(e.to) })),
    result,
  };
}
