import { formatNumber, type ValueGraph } from '../../../engine/index.ts';
import type { FoldedNode } from '../../lib/graph/group-graph';
import type { Revealed } from './graph-steps';
import { nodeHead } from './graph-view';
import type { ShownGraph } from './graph-fold';

/**
 * The words of a folded graph in the widget: each box's lines, a group's name for the eye and for
 * screen readers, and where the current step's value is when its box is folded.
 */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A group's name: `neuron a(2)_1` (by its activation's label) or `layer 2`. */
export function groupName(graph: ValueGraph, key: string): string {
  const [, layer, neuron] = /^L(\d+)(?:N(\d+))?$/.exec(key) ?? [];
  if (neuron === undefined) return `layer ${layer}`;
  const members = graph.nodes.filter(
    (n) => n.group?.layer === Number(layer) && n.group.neuron === Number(neuron),
  );
  return `neuron ${members.at(-1)?.label || key}`;
}

/** What a group holds: `11 values`, or for a layer `4 neurons, 28 values`. */
export function groupSize(graph: ValueGraph, key: string, members: readonly number[]): string {
  const values = plural(members.length, 'value');
  if (key.includes('N')) return values;
  const neurons = new Set(
    members.map((id) => graph.nodes[id].group?.neuron).filter((n) => n !== undefined),
  );
  return `${plural(neurons.size, 'neuron')}, ${values}`;
}

/** A number as a box shows it once known, else `?`. */
const shown = (known: boolean, x: number) => (known ? formatNumber(x) : '?');

/** A box's lines: a value's as in the full graph; a neuron's name, size, and its output's numbers. */
export function boxLines(graph: ValueGraph, box: FoldedNode, revealed: Revealed): string[] {
  if (box.kind === 'value') {
    const node = graph.nodes[box.members[0]];
    return [
      nodeHead(node),
      `value ${shown(revealed.values.has(node.id), node.data)}`,
      `grad ${shown(revealed.grads.has(node.id), node.grad)}`,
    ];
  }
  // The plus says the box opens, as a folded outline's does.
  const head = `+ ${groupName(graph, box.key)} (${groupSize(graph, box.key, box.members)})`;
  if (box.output === null) return [head];
  const out = graph.nodes[box.output];
  return [
    head,
    `value ${shown(revealed.values.has(out.id), out.data)}`,
    `grad ${shown(revealed.grads.has(out.id), out.grad)}`,
  ];
}

/**
 * A folded box's name for screen readers: its lines as they read on screen (so a reader who says
 * what they see can reach it by voice), then that it is folded and opens.
 */
export function boxLabel(graph: ValueGraph, box: FoldedNode, revealed: Revealed): string {
  const [head, ...numbers] = boxLines(graph, box, revealed);
  return `${[head.replace(/^\+ /, ''), ...numbers].join(', ')}: folded into one box, which opens`;
}

/**
 * Where the current step's value is, when a folded box hides it: `It is inside the folded box of
 * neuron a(1)_2, which holds 7 values.`; '' when the value has a box of its own.
 */
export function foldedWhere(graph: ValueGraph, shownGraph: ShownGraph, revealed: Revealed): string {
  const id = revealed.current?.id;
  if (id === undefined) return '';
  const box = shownGraph.folded.nodes[shownGraph.boxOf[id]];
  if (box.kind === 'value') return '';
  return ` It is inside the folded box of ${groupName(graph, box.key)}, which holds ${groupSize(graph, box.key, box.members)}.`;
}
