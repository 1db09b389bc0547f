import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index.ts';
import { Value, graphOf } from '../../engine/index.ts';
import { drawGraph } from '../../src/lib/graph/draw-graph';
import { drawnFold, drawnSummary, FOLD_ABOVE } from '../../src/lib/graph/drawn-fold';
import { layoutGraph } from '../../src/lib/graph/graph-layout';
import { graphSentences, graphSummary, nodeLines } from '../../src/lib/graph/graph-text';
import * as Plot from '../../src/lib/plot';
import { typeset } from '../../src/lib/typeset';
import { cellHelpers } from '../../src/notebook/cell-helpers';
import { outputToMimeBundle } from '../../src/notebook/jupyter/mime-bundle';
import { createKernel } from '../../src/notebook/kernel';
import { outputsToHtml } from '../../src/notebook/outputs-html';
import type { CellOutput } from '../../src/notebook/outputs';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const libs = { typeset, Plot, document: document as unknown as Document, drawGraph };

/** y = tanh(x * w + b) at x = 2, w = -0.5, b = 0.4: the neuron of lesson 2 as a graph. */
function neuronGraph() {
  const x = new Value(2, 'x');
  const w = new Value(-0.5, 'w');
  const b = new Value(0.4, 'b');
  const z = x.mul(w).add(b);
  z.label = 'z';
  const y = z.tanh();
  y.label = 'y';
  return { x, w, b, z, y };
}

describe('graph(value) in a cell', () => {
  it('runs backward and sends the graph as data, every gradient filled in', () => {
    const outputs: CellOutput[] = [];
    const { y } = neuronGraph();
    cellHelpers((o) => outputs.push(o)).graph(y);
    expect(outputs).toEqual([{ kind: 'graph', graph: graphOf(y) }]);
    const graph = (outputs[0] as Extract<CellOutput, { kind: 'graph' }>).graph;
    // dy/dz = 1 - tanh(-0.6)^2 = 0.7116; dy/dx = dy/dz * w = -0.3558.
    const dydz = 1 - Math.tanh(-0.6) ** 2;
    expect(graph.nodes.find((n) => n.label === 'z')!.grad).toBe(dydz);
    expect(graph.nodes.find((n) => n.label === 'x')!.grad).toBe(dydz * -0.5);
  });

  it('refuses what is not a Value, and a graph too big to read', () => {
    const helpers = cellHelpers(() => {});
    expect(() => helpers.graph(3)).toThrow(
      "graph(): expected a Value, e.g. graph(new Value(2, 'x').mul(3)); got number",
    );
    let v = new Value(0, 'x');
    for (let i = 0; i < 300; i++) v = v.add(1);
    expect(() => helpers.graph(v)).toThrow(
      'graph(): this graph has 601 values; graph() draws at most 500',
    );
  });

  it('works in the kernel with Value in scope, as a reader types it', async () => {
    const kernel = createKernel(engine as unknown as Record<string, unknown>, {
      stopRequested: () => false,
      progress: () => {},
      pause: async () => {},
    });
    const outputs: CellOutput[] = [];
    await kernel.run("const x = new Value(2, 'x');\ngraph(x.mul(x).add(1));", (o) =>
      outputs.push(o),
    );
    expect(outputs.map((o) => o.kind)).toEqual(['graph']);
    const graph = (outputs[0] as Extract<CellOutput, { kind: 'graph' }>).graph;
    expect(graph.nodes.map((n) => [n.op, n.data, n.grad])).toEqual([
      ['input', 2, 4],
      ['mul', 4, 1],
      ['input', 1, 1],
      ['add', 5, 1],
    ]);
  });
});

describe('a graph as text', () => {
  it('names unnamed results by their expression, bracketed inside another', () => {
    const a = new Value(1, 'a');
    const g = graphOf(a.add(2).mul(a.tanh()).pow(2));
    expect(nodeLines(g).map((lines) => lines[0])).toEqual([
      'a',
      '2',
      'a + 2',
      'tanh(a)',
      '(a + 2) × tanh(a)',
      '…^2',
    ]);
    // A number given directly is a constant: it has no name of its own.
    expect(graphSentences(g)[1]).toBe('2 = 2, a constant, gradient 0.');
    expect(graphSummary(g)).toContain('6 values (1 input, 1 constant)');
  });

  it("writes a function's argument without a second pair of brackets", () => {
    const w = new Value(0.5, 'w');
    const a = w.mul(new Value(2, 'x')).add(new Value(-1, 'b')).tanh();
    a.label = 'a';
    const heads = nodeLines(graphOf(a)).map((lines) => lines[0]);
    expect(heads).toContain('(w × x) + b');
    expect(heads.at(-1)).toBe('a = tanh((w × x) + b)');
    // Squared and negated, a sum is an operand and keeps its brackets.
    const s = w.add(1);
    expect(nodeLines(graphOf(s.pow(2))).at(-1)![0]).toBe('(w + 1)^2');
    expect(nodeLines(graphOf(s.neg())).at(-1)![0]).toBe('−(w + 1)');
  });

  it('reads every value in order, with what made it and its gradient', () => {
    const { y } = neuronGraph();
    y.backward();
    const graph = graphOf(y);
    expect(graphSentences(graph)).toEqual([
      'x = 2, an input, gradient -0.3558.',
      'w = -0.5, an input, gradient 1.4232.',
      'x × w = -1, the product of x and w, gradient 0.7116.',
      'b = 0.4, an input, gradient 0.7116.',
      'z = -0.6, the sum of x × w and b, gradient 0.7116.',
      'y = -0.537, the tanh of z, gradient 1.',
    ]);
    expect(graphSummary(graph)).toBe(
      'A computational graph of 6 values (3 inputs), computing y = -0.537; each box shows a value and its gradient, each arrow the local derivative.',
    );
  });
});

describe('a graph drawn', () => {
  it('places the boxes left to right without overlaps, inside the picture', () => {
    const { y } = neuronGraph();
    y.backward();
    const layout = layoutGraph(graphOf(y));
    const box = (n: (typeof layout.nodes)[number]) => ({
      l: n.x - n.width / 2,
      r: n.x + n.width / 2,
      t: n.y - n.height / 2,
      b: n.y + n.height / 2,
    });
    for (const n of layout.nodes) {
      const b = box(n);
      expect(b.l).toBeGreaterThanOrEqual(0);
      expect(b.t).toBeGreaterThanOrEqual(0);
      expect(b.r).toBeLessThanOrEqual(layout.width);
      expect(b.b).toBeLessThanOrEqual(layout.height);
      for (const m of layout.nodes) {
        if (m === n) continue;
        const c = box(m);
        expect(b.r <= c.l || c.r <= b.l || b.b <= c.t || c.b <= b.t).toBe(true);
      }
    }
    // Every edge runs from its input rightwards to the value computed from it.
    for (const e of layout.edges) {
      expect(layout.nodes[e.to].x).toBeGreaterThan(layout.nodes[e.from].x);
      expect(e.points.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws a box per value and an arrow per edge, in the page and in Jupyter alike', () => {
    const outputs: CellOutput[] = [];
    cellHelpers((o) => outputs.push(o)).graph(neuronGraph().y);
    const html = outputsToHtml(outputs, libs);
    const page = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
    expect(page.querySelectorAll('svg g[data-node]').length).toBe(6);
    expect(page.querySelectorAll('svg polyline').length).toBe(5);
    expect(page.querySelector('figcaption')!.textContent).toContain('computing y = -0.537');
    expect(page.querySelectorAll('details li').length).toBe(6);
    expect(page.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect([...page.querySelectorAll('svg text')].map((t) => t.textContent)).toContain(
      'grad 0.7116',
    );

    const bundle = outputToMimeBundle(outputs[0], libs);
    expect(bundle['image/svg+xml']).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(bundle['image/svg+xml']).not.toContain('var(--sl-color-accent)');
    expect(bundle['text/plain'].split('\n')).toHaveLength(7);
  });

  it('draws a network over 60 values folded into neurons, each box showing its output as the engine has it', () => {
    const net = engine.mlp([2, 4, 4, 1], { activation: 'tanh', output: 'sigmoid', seed: 4 });
    const loss = engine.valueLoss(engine.valueNetwork(net).forward([0.5, -1]), [1], 'mse');
    const outputs: CellOutput[] = [];
    cellHelpers((o) => outputs.push(o)).graph(loss);
    const graph = (outputs[0] as Extract<CellOutput, { kind: 'graph' }>).graph;
    const drawn = drawnFold(graph)!;
    expect(graph.nodes.length).toBeGreaterThan(FOLD_ABOVE);
    expect(drawn.fold).toBe('neurons');
    const html = outputsToHtml(outputs, libs);
    const page = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
    const groups = [...page.querySelectorAll('svg g[data-group]')];
    expect(groups.map((g) => g.getAttribute('data-group')).sort()).toEqual(
      ['L1N1', 'L1N2', 'L1N3', 'L1N4', 'L2N1', 'L2N2', 'L2N3', 'L2N4', 'L3N1'].sort(),
    );
    expect(page.querySelectorAll('svg g[data-node]').length).toBe(drawn.folded.nodes.length);
    expect(page.querySelectorAll('svg polyline').length).toBe(drawn.folded.edges.length);
    // A neuron's box: its activation's value and gradient, the engine's numbers.
    const a = graph.nodes.find((n) => n.label === 'a(2)_3')!;
    const texts = [...page.querySelector('g[data-group="L2N3"]')!.querySelectorAll('text')].map(
      (t) => t.textContent,
    );
    expect(texts).toEqual([
      expect.stringMatching(/^neuron a\(2\)_3 \(\d+ values\)$/),
      `value ${engine.formatNumber(a.data)}`,
      `grad ${engine.formatNumber(a.grad)}`,
    ]);
    // The caption says how the picture is folded; the list still reads every value.
    expect(page.querySelector('figcaption')!.textContent).toContain(
      'drawn with each of its 9 neurons folded into one box',
    );
    expect(page.querySelectorAll('details li').length).toBe(graph.nodes.length);
    // Jupyter gets the same picture and says the same.
    const bundle = outputToMimeBundle(outputs[0], libs);
    expect(bundle['image/svg+xml'].match(/data-group=/g)).toHaveLength(9);
    expect(bundle['text/plain'].split('\n')[0]).toBe(drawnSummary(graph));
  });

  it('folds a 2-16-16-1 network into its layers, and draws up to 5,000 values of a network', () => {
    const net = engine.mlp([2, 16, 16, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
    const loss = engine.valueLoss(engine.valueNetwork(net).forward([0.5, -1]), [1], 'mse');
    const outputs: CellOutput[] = [];
    cellHelpers((o) => outputs.push(o)).graph(loss);
    const graph = (outputs[0] as Extract<CellOutput, { kind: 'graph' }>).graph;
    expect(graph.nodes.length).toBeGreaterThan(500);
    expect(drawnFold(graph)!.fold).toBe('layers');
    const svg = drawGraph(graph);
    expect(svg.match(/data-group="L\d"/g)).toEqual([
      'data-group="L1"',
      'data-group="L2"',
      'data-group="L3"',
    ]);
    expect(svg).toContain('layer 2: 16 neurons');
    expect(svg).toContain('layer 3: 1 neuron<');
    expect(drawnSummary(graph)).toContain('drawn with each of its 3 layers folded into one box');
    const huge = engine.valueNetwork(engine.mlp([2, 64, 64, 1], { seed: 1 }));
    expect(() => cellHelpers(() => {}).graph(huge.forward([0, 1])[0])).toThrow(
      /^graph\(\): this graph has \d+ values; graph\(\) draws at most 5000 of a network, folded into its neurons or layers$/,
    );
  });

  it('asks for the library it needs by name when the page has not loaded it', () => {
    const outputs: CellOutput[] = [];
    cellHelpers((o) => outputs.push(o)).graph(neuronGraph().y);
    expect(() => outputsToHtml(outputs, { document: libs.document })).toThrow(
      'A graph output needs drawGraph, which was not loaded.',
    );
    // Text outputs need nothing but the document.
    expect(
      outputsToHtml([{ kind: 'value', display: { t: 'number', text: '2' } }], {
        document: libs.document,
      }),
    ).toContain('2');
  });
});
