import { describe, expect, it } from 'vitest';
import { type ValueGraph } from '../../../engine/index.ts';
import {
  allGroups,
  closeGroup,
  MAX_OPEN,
  openGroup,
  openGroups,
  shownGraph,
  widgetFold,
  type ShownGraph,
} from './graph-fold';
import { boxLabel, foldedWhere, groupName } from './fold-view';
import { revealedAt, stepOrder } from './graph-steps';
import { lessonGraph, NETWORKS, setInput, snapshot } from './lesson-graph';
import { stableShownLayout } from './stable-layout';
import { FOLD_ABOVE } from '../../lib/graph/drawn-fold';

const big = () => snapshot(lessonGraph(undefined, undefined, undefined, NETWORKS['2-4-4-1']));
const small = () => snapshot(lessonGraph());
const keys = (shown: ShownGraph) => shown.folded.nodes.map((b) => b.key);
const byLabel = (graph: ValueGraph, label: string) => graph.nodes.find((n) => n.label === label)!;

/** Every value is in exactly one box, `boxOf` says which, and arrows run from earlier boxes. */
function expectWellFormed(graph: ValueGraph, shown: ShownGraph) {
  const all = shown.folded.nodes.flatMap((b) => b.members).sort((a, b) => a - b);
  expect(all).toEqual(graph.nodes.map((n) => n.id));
  for (const box of shown.folded.nodes)
    for (const id of box.members) expect(shown.boxOf[id]).toBe(box.id);
  for (const e of shown.folded.edges) expect(e.from).toBeLessThan(e.to);
  // The arrows stand for exactly the graph's edges between different boxes.
  const crossing = graph.edges.filter((e) => shown.boxOf[e.from] !== shown.boxOf[e.to]);
  expect(shown.folded.edges.reduce((s, e) => s + e.count, 0)).toBe(crossing.length);
}

describe('widgetFold(graph)', () => {
  it('shows the lesson’s 2-2-1 in full and folds 2-4-4-1 into neurons, as a cell draws them', () => {
    expect(small().nodes.length).toBeLessThanOrEqual(FOLD_ABOVE);
    expect(widgetFold(small())).toBeNull();
    expect(big().nodes.length).toBeGreaterThan(FOLD_ABOVE);
    expect(widgetFold(big())).toBe('neurons');
  });
});

describe('shownGraph(graph, fold, expanded)', () => {
  it('with no fold is the graph itself: one box per value, one arrow per edge, no frames', () => {
    const graph = small();
    const shown = shownGraph(graph, null, new Set());
    expect(shown.folded.nodes.map((b) => b.members)).toEqual(graph.nodes.map((n) => [n.id]));
    expect(shown.folded.edges.map((e) => [e.from, e.to, e.edge])).toEqual(
      graph.edges.map((e, i) => [e.from, e.to, i]),
    );
    expect(shown.frames).toEqual([]);
    expect(shown.parents.every((p) => p === null)).toBe(true);
  });

  it('folds each neuron of 2-4-4-1 into one box; the inputs, y and the loss stay values', () => {
    const graph = big();
    const shown = shownGraph(graph, 'neurons', new Set());
    expectWellFormed(graph, shown);
    const neurons = shown.folded.nodes.filter((b) => b.kind === 'neuron');
    expect(neurons.map((b) => b.key).sort()).toEqual(
      [...allGroups(graph)].filter((k) => k.includes('N')).sort(),
    );
    const values = shown.folded.nodes.filter((b) => b.kind === 'value');
    expect(values.map((b) => graph.nodes[b.members[0]].group)).toEqual(values.map(() => undefined));
    expect(shown.frames).toEqual([]);
  });

  it('expanding a neuron shows its values inside its frame, and every other neuron stays folded', () => {
    const graph = big();
    const shown = shownGraph(graph, 'neurons', new Set(['L2N1']));
    expectWellFormed(graph, shown);
    const members = graph.nodes.filter((n) => n.group?.layer === 2 && n.group.neuron === 1);
    expect(shown.frames).toEqual([
      { key: 'L2N1', kind: 'neuron', parent: null, members: members.map((n) => n.id) },
    ]);
    for (const n of members) {
      const box = shown.folded.nodes[shown.boxOf[n.id]];
      expect(box.kind).toBe('value');
      expect(shown.parents[box.id]).toBe('L2N1');
    }
    expect(keys(shown)).not.toContain('L2N1');
    expect(keys(shown)).toContain('L2N2');
    // Each weight of the open neuron now has an arrow of its own into its product.
    const w = byLabel(graph, 'w(2)_11');
    const into = shown.folded.edges.filter((e) => e.from === shown.boxOf[w.id]);
    expect(into).toHaveLength(1);
    expect(into[0].edge).not.toBeNull();
  });

  it('expanding every group gives the unfolded graph, and closing each gives the folded one back', () => {
    const graph = big();
    const all = allGroups(graph);
    const open = shownGraph(graph, 'neurons', all);
    const full = shownGraph(graph, null, new Set());
    expect(open.folded).toEqual(full.folded);
    expect(open.frames.map((f) => f.key).sort()).toEqual(
      [...all].filter((k) => k.includes('N')).sort(),
    );
    let expanded: Set<string> = new Set(all);
    for (const key of all) expanded = closeGroup(expanded, key);
    expect(shownGraph(graph, 'neurons', expanded)).toEqual(shownGraph(graph, 'neurons', new Set()));
  });

  it('folding by layers: a layer opens into neuron boxes, a neuron only inside its open layer', () => {
    const graph = big();
    expect(openGroups(graph, 'layers', new Set(['L1N1']))).toEqual([]);
    const layer = shownGraph(graph, 'layers', new Set(['L1']));
    expectWellFormed(graph, layer);
    expect(keys(layer).filter((k) => k.startsWith('L1'))).toEqual(['L1N1', 'L1N2', 'L1N3', 'L1N4']);
    expect(layer.parents[layer.folded.nodes.find((b) => b.key === 'L1N1')!.id]).toBe('L1');
    const neuron = shownGraph(graph, 'layers', new Set(['L1', 'L1N1']));
    expectWellFormed(graph, neuron);
    expect(neuron.frames.map((f) => [f.key, f.parent])).toEqual([
      ['L1', null],
      ['L1N1', 'L1'],
    ]);
    // Closing the layer closes the neuron inside it too.
    expect([...closeGroup(new Set(['L1', 'L1N1', 'L2']), 'L1')]).toEqual(['L2']);
    // Keys of no group (a hand-made set) are ignored.
    expect(openGroups(graph, 'neurons', new Set(['L9N9', 'nonsense']))).toEqual([]);
  });
});

describe('openGroup(expanded, key)', () => {
  it('opens a group, and past MAX_OPEN folds the one opened first to make room', () => {
    expect(MAX_OPEN).toBe(2);
    let open = openGroup(new Set(), 'L1N1');
    expect([...open.expanded]).toEqual(['L1N1']);
    open = openGroup(open.expanded, 'L2N3');
    expect([...open.expanded]).toEqual(['L1N1', 'L2N3']);
    expect(open.folded).toEqual([]);
    open = openGroup(open.expanded, 'L3N1');
    expect([...open.expanded]).toEqual(['L2N3', 'L3N1']);
    expect(open.folded).toEqual(['L1N1']);
    // Opening an open group again changes nothing but its place in the order.
    expect([...openGroup(open.expanded, 'L2N3').expanded].sort()).toEqual(['L2N3', 'L3N1']);
  });
});

describe('stableShownLayout(graph, shown)', () => {
  it('draws each open group’s frame around its values, and keeps every box put as numbers change', () => {
    const lesson = lessonGraph(undefined, undefined, undefined, NETWORKS['2-4-4-1']);
    const graph = snapshot(lesson);
    const shown = shownGraph(graph, 'neurons', new Set(['L1N2']));
    const layout = stableShownLayout(graph, shown);
    expect(layout.nodes).toHaveLength(shown.folded.nodes.length);
    const frame = layout.frames!.find((f) => f.key === 'L1N2')!;
    for (const id of shown.frames[0].members) {
      const box = layout.nodes[shown.boxOf[id]];
      expect(box.x - box.width / 2).toBeGreaterThanOrEqual(frame.x - frame.width / 2);
      expect(box.x + box.width / 2).toBeLessThanOrEqual(frame.x + frame.width / 2);
      expect(box.y - box.height / 2).toBeGreaterThanOrEqual(frame.y - frame.height / 2);
      expect(box.y + box.height / 2).toBeLessThanOrEqual(frame.y + frame.height / 2);
    }
    setInput(lesson, 'w(1)_21', -9.87654);
    const edited = snapshot(lesson);
    expect(stableShownLayout(edited, shownGraph(edited, 'neurons', new Set(['L1N2'])))).toEqual(
      layout,
    );
  });
});

describe('stableShownLayout with open groups', () => {
  it('keeps every arrow within the picture for every pair of groups a reader can open', () => {
    const graph = big();
    const groups = [...allGroups(graph)];
    const pairs = groups.flatMap((a, i) => groups.slice(i + 1).map((b) => [a, b]));
    let checked = 0;
    for (const open of [...groups.map((g) => [g]), ...pairs]) {
      if (openGroups(graph, 'neurons', new Set(open)).length !== open.length) continue;
      const layout = stableShownLayout(graph, shownGraph(graph, 'neurons', new Set(open)));
      const boxes = [...layout.nodes, ...(layout.frames ?? [])];
      const top = Math.min(...boxes.map((b) => b.y - b.height / 2));
      const bottom = Math.max(...boxes.map((b) => b.y + b.height / 2));
      for (const edge of layout.edges)
        for (const p of edge.points) {
          expect(p.y, `${open} arrow ${edge.from}->${edge.to}`).toBeGreaterThanOrEqual(top - 8);
          expect(p.y, `${open} arrow ${edge.from}->${edge.to}`).toBeLessThanOrEqual(bottom + 8);
        }
      checked++;
    }
    expect(checked).toBe(45);
  });
});

describe('fold-view', () => {
  it('names a folded box by its neuron’s activation and says how many values it holds', () => {
    const graph = big();
    const shown = shownGraph(graph, 'neurons', new Set());
    const order = stepOrder(graph);
    const box = shown.folded.nodes.find((b) => b.key === 'L1N2')!;
    expect(groupName(graph, 'L1N2')).toBe('neuron a(1)_2');
    expect(groupName(graph, 'L2')).toBe('layer 2');
    expect(boxLabel(graph, box, revealedAt(graph, order, 0))).toBe(
      `neuron a(1)_2 (${box.members.length} values), value ?, grad ?: folded into one box, which opens`,
    );
    // The forward pass's first step computes a value inside the first neuron's folded box.
    const first = revealedAt(graph, order, 1);
    const inside = shown.folded.nodes[shown.boxOf[first.current!.id]];
    expect(foldedWhere(graph, shown, first)).toBe(
      ` It is inside the folded box of ${groupName(graph, inside.key)}, which holds ${inside.members.length} values.`,
    );
    // The forward pass's last step computes the loss, which has a box of its own.
    expect(foldedWhere(graph, shown, revealedAt(graph, order, order.forward.length))).toBe('');
  });
});
