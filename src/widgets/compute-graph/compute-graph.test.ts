import { describe, expect, it } from 'vitest';
import { formatNumber, mlp, toLatex, toText, type ValueGraph } from '../../../engine/index.ts';
import { expectClose } from '../../../test/helpers/expect-close';
import { chainRuleStep } from './chain-rule';
import { revealedAt, stepCount, stepOrder } from './graph-steps';
import { graphNames, shownLines, stepSentence } from './graph-view';
import { stableShownLayout } from './stable-layout';
import { shownGraph } from './graph-fold';
import { lessonGraph, setInput, snapshot } from './lesson-graph';
import { labelLatex } from './node-latex';
import { parseGraphInput } from './graph-input';

/** The fast path's gradients for the lesson's network, in the graph's labels (`w(1)_11`). */
function fastGradients(x: number[], y: number, edit?: (net: ReturnType<typeof mlp>) => void) {
  const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 1 });
  edit?.(net);
  const g = net.gradients(x, [y], 'mse');
  const byLabel = new Map<string, number>();
  g.weights.forEach((layer, l) =>
    layer.forEach((row, j) =>
      row.forEach((d, k) => byLabel.set(`w(${l + 1})_${j + 1}${k + 1}`, d)),
    ),
  );
  g.biases.forEach((layer, l) => layer.forEach((d, j) => byLabel.set(`b(${l + 1})_${j + 1}`, d)));
  return { loss: g.loss, byLabel };
}

const gradOf = (graph: ValueGraph, label: string) =>
  graph.nodes.find((n) => n.label === label)!.grad;

describe('lessonGraph()', () => {
  it("is the backprop stepper's network: its loss and every parameter's gradient match the fast path to 1e-12", () => {
    const graph = snapshot(lessonGraph());
    const fast = fastGradients([1, 0], 1);
    expectClose(graph.nodes.at(-1)!.data, fast.loss);
    expect(fast.byLabel.size).toBe(9);
    for (const [label, d] of fast.byLabel) expectClose(gradOf(graph, label), d);
  });

  it('setInput(graph, key, value) re-runs both passes: a new weight gives the fast path’s new loss and gradients', () => {
    const lesson = lessonGraph();
    setInput(lesson, 'w(1)_11', 0.5);
    setInput(lesson, 'x2', -1);
    setInput(lesson, 'y', 0);
    const graph = snapshot(lesson);
    const fast = fastGradients([1, -1], 0, (net) => net.setWeight(1, 1, 1, 0.5));
    expectClose(graph.nodes.at(-1)!.data, fast.loss);
    for (const [label, d] of fast.byLabel) expectClose(gradOf(graph, label), d);
  });

  it('offers the inputs, the target and the nine parameters to edit, each named for a screen reader', () => {
    const names = lessonGraph().inputs.map((i) => i.name);
    expect(names).toEqual([
      'input x1',
      'input x2',
      'target y',
      'weight w(1)_11',
      'weight w(1)_12',
      'weight w(1)_21',
      'weight w(1)_22',
      'bias b(1)_1',
      'bias b(1)_2',
      'weight w(2)_11',
      'weight w(2)_12',
      'bias b(2)_1',
    ]);
    expect(() => setInput(lessonGraph(), 'w(3)_11', 1)).toThrow(/no input "w\(3\)_11"/);
  });
});

describe('stepOrder(graph) and revealedAt(graph, order, k)', () => {
  const graph = snapshot(lessonGraph());
  const order = stepOrder(graph);

  it('visits the computed nodes forward in topological order, then every node backward in reverse', () => {
    expect(order.forward).toEqual(graph.nodes.filter((n) => n.op !== 'input').map((n) => n.id));
    expect(order.backward).toEqual(graph.nodes.map((n) => n.id).reverse());
    expect(stepCount(order)).toBe(order.forward.length + graph.nodes.length);
    // Each forward step's inputs are known before it; each backward step's readers before it.
    order.forward.forEach((id, i) => {
      const known = revealedAt(graph, order, i).values;
      for (const e of graph.edges.filter((e) => e.to === id)) expect(known.has(e.from)).toBe(true);
    });
    order.backward.forEach((id, i) => {
      const known = revealedAt(graph, order, order.forward.length + i).grads;
      for (const e of graph.edges.filter((e) => e.from === id)) expect(known.has(e.to)).toBe(true);
    });
  });

  it('reveals the given values at step 0, one more value per forward step, one more gradient per backward step', () => {
    const given = graph.nodes.filter((n) => n.op === 'input').length;
    const f = order.forward.length;
    for (let k = 0; k <= stepCount(order); k++) {
      const r = revealedAt(graph, order, k);
      expect(r.values.size).toBe(given + Math.min(k, f));
      expect(r.grads.size).toBe(Math.max(0, k - f));
    }
    expect(revealedAt(graph, order, 0).current).toBeNull();
    expect(revealedAt(graph, order, f).current).toEqual({
      pass: 'forward',
      id: graph.nodes.length - 1,
      index: f,
      of: f,
    });
    // The first backward step is the loss itself.
    expect(revealedAt(graph, order, f + 1).current?.id).toBe(graph.nodes.length - 1);
    expect(() => revealedAt(graph, order, stepCount(order) + 1)).toThrow(/outside 0 to/);
    expect(() => revealedAt(graph, order, -1)).toThrow(/outside 0 to/);
  });

  it('shows ? for what is not computed yet', () => {
    const lines = shownLines(graph, revealedAt(graph, order, 0));
    const last = lines.at(-1)!;
    expect(last).toEqual(['L = ^2', 'value ?', 'grad ?']);
    const x1 = graph.nodes.findIndex((n) => n.label === 'x1');
    expect(lines[x1]).toEqual(['x1', 'value 1', 'grad ?']);
  });
});

describe('chainRuleStep(graph, names, id)', () => {
  it('gives every node its gradient as the engine found it: the terms multiply and add up to grad to 1e-12', () => {
    const lesson = lessonGraph();
    setInput(lesson, 'x2', 0.7);
    const graph = snapshot(lesson);
    const names = graphNames(graph);
    for (const node of graph.nodes) {
      const step = chainRuleStep(graph, names, node.id);
      if (node.id === graph.nodes.length - 1) {
        expect(step).toBeNull();
        expect(node.grad).toBe(1);
        continue;
      }
      expect(step).not.toBeNull();
      const sum =
        step!.kind === 'chainRule'
          ? step!.factors[0].value * step!.factors[1].value
          : step!.terms.reduce((s, t) => s + t.weight.value * t.gradient.value, 0);
      expectClose(sum, node.grad);
      expect(step!.result).toBe(node.grad);
    }
  });

  it('is a product for a value read once, and a sum over its readers for x1, which feeds both hidden neurons', () => {
    const graph = snapshot(lessonGraph());
    const names = graphNames(graph);
    const w = graph.nodes.findIndex((n) => n.label === 'w(1)_11');
    expect(toText(chainRuleStep(graph, names, w)!, { symbolic: true })).toMatch(
      /^dL\/dw\(1\)_11 = dL\/d\(w\(1\)_11 × x1\) \* d\(w\(1\)_11 × x1\)\/dw\(1\)_11 = \(/,
    );
    const x1 = graph.nodes.findIndex((n) => n.label === 'x1');
    const step = chainRuleStep(graph, names, x1)!;
    expect(step.kind).toBe('backpropSum');
    if (step.kind === 'backpropSum') expect(step.terms).toHaveLength(2);
  });
  it("names the loss's local derivative by L's formula, not as the gradient it finds", () => {
    const graph = snapshot(lessonGraph());
    const loss = graph.nodes.length - 1;
    const error = graph.edges.find((e) => e.to === loss)!.from;
    const step = chainRuleStep(graph, graphNames(graph), error)!;
    expect(toText(step, { symbolic: true })).toMatch(
      /^dL\/d\(a\(2\)_1 − y\) = dL\/dL \* d\(\(a\(2\)_1 − y\)\^2\)\/d\(a\(2\)_1 − y\) = \(1\)\(/,
    );
    expect(toLatex(step, { symbolic: true })).toContain(
      String.raw`\frac{\partial ((a^{(2)}_{1} - y)^{2})}{\partial (a^{(2)}_{1} - y)}`,
    );
  });
});

describe('stepSentence(graph, revealed, total)', () => {
  const graph = snapshot(lessonGraph());
  const order = stepOrder(graph);
  const total = stepCount(order);
  const f = order.forward.length;
  const say = (k: number) => stepSentence(graph, revealedAt(graph, order, k), total);

  it("says what a forward step computed, with the engine's numbers", () => {
    expect(say(0)).toMatch(/^Nothing computed yet/);
    const first = graph.nodes[order.forward[0]];
    const [a, b] = graph.edges.filter((e) => e.to === first.id).map((e) => graph.nodes[e.from]);
    expect(say(1)).toBe(
      `Forward pass, step 1 of ${f}: ${a.label} × ${b.label} = ${formatNumber(a.data)} × ${formatNumber(b.data)} = ${formatNumber(first.data)}.`,
    );
    expect(say(f)).toBe(
      `Forward pass, step ${f} of ${f}: L = (${formatNumber(graph.nodes.at(-2)!.data)})^2 = ${formatNumber(graph.nodes.at(-1)!.data)}.`,
    );
  });

  it('says which gradient a backward step found and how, ending with its value', () => {
    expect(say(f + 1)).toBe(
      `Backward pass, step 1 of ${graph.nodes.length}: the gradient of L. dL/dL = 1: the backward pass starts at the loss.`,
    );
    const last = graph.nodes[order.backward.at(-1)!];
    expect(say(total)).toMatch(
      new RegExp(
        `^Backward pass, step ${graph.nodes.length} of ${graph.nodes.length}: the gradient of ${last.label.replace(/[()]/g, '\\$&')}\\. dL/d`,
      ),
    );
    expect(say(total).endsWith(`= ${formatNumber(last.grad)}.`)).toBe(true);
  });
});

describe('stableShownLayout(graph, shown)', () => {
  it('places every node and edge, and does not move a box when the numbers change', () => {
    const lesson = lessonGraph();
    const layout = (g: ValueGraph) => stableShownLayout(g, shownGraph(g, null, new Set()));
    const before = layout(snapshot(lesson));
    setInput(lesson, 'w(2)_12', -123.4567);
    const after = layout(snapshot(lesson));
    expect(after.nodes.map((n) => [n.x, n.y, n.width])).toEqual(
      before.nodes.map((n) => [n.x, n.y, n.width]),
    );
    expect(before.nodes).toHaveLength(snapshot(lesson).nodes.length);
    expect(before.edges).toHaveLength(snapshot(lesson).edges.length);
  });
});

describe('labelLatex(text)', () => {
  it("reads the engine's text labels back into its LaTeX", () => {
    expect(labelLatex('w(1)_12')).toBe('w^{(1)}_{12}');
    expect(labelLatex('x1')).toBe('x_{1}');
    expect(labelLatex('L')).toBe('L');
  });
});

describe('parseGraphInput(key, text)', () => {
  it('accepts a number in range and refuses the rest with a message naming the field and its range', () => {
    expect(parseGraphInput('w(1)_11', '0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseGraphInput('x1', '−2')).toEqual({ ok: true, value: -2 });
    const words = parseGraphInput('w(1)_11', 'abc');
    expect(words.ok).toBe(false);
    if (!words.ok)
      expect(words.message).toBe(
        '“abc” is not a number. weight w(1)_11 takes a number between -10 and 10.',
      );
    const far = parseGraphInput('y', '2');
    expect(far.ok).toBe(false);
    if (!far.ok) expect(far.message).toBe('target y must be between 0 and 1; 2 is outside.');
    expect(parseGraphInput('x2', '').ok).toBe(false);
  });
});
