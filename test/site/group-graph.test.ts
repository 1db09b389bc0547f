import { describe, expect, it } from 'vitest';
import {
  Value,
  graphOf,
  mlp,
  valueLoss,
  valueNetwork,
  type ValueGraph,
} from '../../engine/index.ts';
import {
  canFold,
  collapse,
  expand,
  foldGraph,
  type FoldedGraph,
} from '../../src/lib/graph/group-graph';

/** A network's loss on one example as a graph, after backward(). */
function networkGraph(sizes: number[], seed = 1): ValueGraph {
  const net = mlp(sizes, { activation: 'tanh', output: 'sigmoid', seed });
  const x = Array.from({ length: sizes[0] }, (_, i) => 0.5 - i / sizes[0]);
  const loss = valueLoss(
    valueNetwork(net).forward(x),
    Array.from({ length: sizes.at(-1)! }, () => 1),
    'mse',
  );
  loss.backward();
  return graphOf(loss);
}

const box = (folded: FoldedGraph, key: string) => folded.nodes.find((n) => n.key === key)!;
const labels = (graph: ValueGraph, ids: number[]) => ids.map((id) => graph.nodes[id].label);

/** Every arrow goes from an earlier box to a later one, and every value is in exactly one box. */
function expectWellFormed(graph: ValueGraph, folded: FoldedGraph) {
  for (const e of folded.edges) expect(e.from).toBeLessThan(e.to);
  const all = folded.nodes.flatMap((n) => n.members).sort((a, b) => a - b);
  expect(all).toEqual(graph.nodes.map((n) => n.id));
  folded.nodes.forEach((n, i) => expect(n.id).toBe(i));
}

describe('foldGraph(graph, fold, expanded)', () => {
  const graph = networkGraph([2, 2, 1]);

  it('folds each neuron into one box: its weights, products, bias, z and a, showing a', () => {
    const folded = foldGraph(graph);
    expectWellFormed(graph, folded);
    const n = box(folded, 'L1N2');
    expect(n.kind).toBe('neuron');
    // Two inputs: two weights, two products, a bias, z (the sum) and a (tanh).
    expect(n.members).toHaveLength(7);
    expect(labels(graph, n.members).filter(Boolean).sort()).toEqual(
      ['a(1)_2', 'b(1)_2', 'w(1)_21', 'w(1)_22', 'z(1)_2'].sort(),
    );
    // The box shows the neuron's activation, with the engine's value and gradient.
    const a = graph.nodes[n.output!];
    expect(a.label).toBe('a(1)_2');
    expect(a.data).toBe(graph.nodes.find((v) => v.label === 'a(1)_2')!.data);
    // The inputs and the loss's own values (y, ŷ − y, its square, the mean) stay single values.
    expect(box(folded, `v${graph.nodes.find((v) => v.label === 'x1')!.id}`).kind).toBe('value');
    const values = folded.nodes.filter((b) => b.kind === 'value');
    expect(values.every((b) => !graph.nodes[b.members[0]].group)).toBe(true);
    expect(folded.nodes.filter((b) => b.kind === 'neuron')).toHaveLength(3);
  });

  it('joins the edges between two boxes into one arrow that counts them', () => {
    const folded = foldGraph(graph);
    const id = (key: string) => box(folded, key).id;
    const x1 = graph.nodes.find((v) => v.label === 'x1')!.id;
    // x1 feeds one product in each hidden neuron; each hidden a feeds one product of the output's.
    expect(folded.edges).toContainEqual({
      from: id(`v${x1}`),
      to: id('L1N1'),
      count: 1,
      edge: null,
    });
    expect(folded.edges).toContainEqual({ from: id('L1N2'), to: id('L2N1'), count: 1, edge: null });
    // Edges between two single values keep the graph's edge, and so its local derivative.
    const lossEdges = folded.edges.filter((e) => e.edge !== null);
    for (const e of lossEdges) {
      const original = graph.edges[e.edge!];
      expect([original.from, original.to]).toEqual([
        folded.nodes[e.from].members[0],
        folded.nodes[e.to].members[0],
      ]);
    }
    expect(lossEdges.length).toBeGreaterThan(0);
    // Nothing else: the arrows are exactly the edges that cross between boxes.
    const crossing = graph.edges.filter((e) => {
      const where = (v: number) => folded.nodes.find((b) => b.members.includes(v))!.id;
      return where(e.from) !== where(e.to);
    });
    expect(folded.edges.reduce((s, e) => s + e.count, 0)).toBe(crossing.length);
  });

  it('folds whole layers with fold "layers", and a 2-16-16-1 net into a handful of boxes', () => {
    const big = networkGraph([2, 16, 16, 1]);
    const layers = foldGraph(big, 'layers');
    expectWellFormed(big, layers);
    expect(layers.nodes.filter((b) => b.kind === 'layer').map((b) => b.key)).toEqual([
      'L1',
      'L2',
      'L3',
    ]);
    expect(box(layers, 'L2').output).toBeNull();
    // Layer 2: 16 neurons of 16 weights, 16 products, a bias, z and a.
    expect(box(layers, 'L2').members).toHaveLength(16 * (16 + 16 + 3));
    // Every edge from layer 1 to layer 2 (16 × 16 products read an a) is one arrow.
    const l1l2 = layers.edges.find(
      (e) => e.from === box(layers, 'L1').id && e.to === box(layers, 'L2').id,
    )!;
    expect(l1l2.count).toBe(256);
    const neurons = foldGraph(big, 'neurons');
    expectWellFormed(big, neurons);
    expect(neurons.nodes.filter((b) => b.kind === 'neuron')).toHaveLength(33);
  });

  it('expand() opens a box into its members and collapse() closes it again', () => {
    const layers = foldGraph(graph, 'layers');
    let open = expand(new Set(), 'L1');
    const neurons = foldGraph(graph, 'layers', open);
    expectWellFormed(graph, neurons);
    expect(neurons.nodes.map((b) => b.key)).toContain('L1N1');
    expect(neurons.nodes.map((b) => b.key)).toContain('L2');
    open = expand(open, 'L1N1');
    const values = foldGraph(graph, 'layers', open);
    expectWellFormed(graph, values);
    expect(values.nodes.find((b) => b.key === 'L1N1')).toBeUndefined();
    const z = graph.nodes.find((v) => v.label === 'z(1)_1')!;
    expect(box(values, `v${z.id}`).members).toEqual([z.id]);
    // Collapsing from one of its values closes the neuron, then from the neuron its layer.
    open = collapse(open, z);
    expect(foldGraph(graph, 'layers', open)).toEqual(neurons);
    open = collapse(open, z);
    expect(foldGraph(graph, 'layers', open)).toEqual(layers);
    expect(collapse(open, z)).toEqual(open);
  });

  it('with every group expanded is the graph itself, in its own order', () => {
    const all = new Set(
      graph.nodes.flatMap((n) =>
        n.group ? [`L${n.group.layer}`, `L${n.group.layer}N${n.group.neuron}`] : [],
      ),
    );
    const folded = foldGraph(graph, 'layers', all);
    expect(folded.nodes.map((b) => b.members)).toEqual(graph.nodes.map((n) => [n.id]));
    expect(folded.edges.map((e) => [e.from, e.to, e.edge])).toEqual(
      graph.edges.map((e, i) => [e.from, e.to, i]),
    );
  });

  it('leaves a graph typed in a cell, with no network in it, as it is', () => {
    const x = new Value(2, 'x');
    const y = x.mul(x).add(1);
    y.backward();
    const g = graphOf(y);
    expect(canFold(g)).toBe(false);
    expect(foldGraph(g).nodes.map((b) => b.kind)).toEqual(g.nodes.map(() => 'value'));
    expect(canFold(graph)).toBe(true);
  });

  it('keeps softmax’s values single when neurons are folded: each output reads every sum', () => {
    const net = mlp([2, 2, 3], { activation: 'tanh', output: 'softmax', seed: 2 });
    const loss = valueLoss(valueNetwork(net).forward([0.3, -0.2]), [0, 1, 0], 'crossEntropy');
    loss.backward();
    const g = graphOf(loss);
    const folded = foldGraph(g);
    expectWellFormed(g, folded);
    expect(
      folded.nodes
        .filter((b) => b.kind === 'neuron')
        .map((b) => b.key)
        .sort(),
    ).toEqual(['L1N1', 'L1N2', 'L2N1', 'L2N2', 'L2N3']);
    // A softmax neuron's box ends at its weighted sum z.
    expect(g.nodes[box(folded, 'L2N3').output!].label).toBe('z(2)_3');
    const layerValues = folded.nodes.filter(
      (b) => b.kind === 'value' && g.nodes[b.members[0]].group,
    );
    expect(layerValues.map((b) => g.nodes[b.members[0]].op)).toContain('sum');
    const layers = foldGraph(g, 'layers');
    expectWellFormed(g, layers);
    for (const b of layerValues) expect(box(layers, 'L2').members).toContain(b.members[0]);
  });
});
