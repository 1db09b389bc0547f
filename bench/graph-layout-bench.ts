/**
 * The layout of a network's graph as a cell draws it (dagre): the lesson's 2-2-1 net in full, and
 * bigger nets folded into neurons or layers (src/lib/graph/drawn-fold.ts), and the graph widget's
 * 2-4-4-1 (folded, one neuron open, two: the biggest picture a reader can open it into, and all
 * nine, which the widget does not allow), against the 100 ms a drawing may take. Prints the median of 10 runs of each, after 2 to
 * warm up; `npm run bench` runs it.
 */
import { loadavg } from 'node:os';
import { graphOf, mlp, valueLoss, valueNetwork, type ValueGraph } from '../engine/index.ts';
import { foldGraph, type Fold } from '../src/lib/graph/group-graph';
import { layoutFolded } from '../src/lib/graph/folded-drawing';
import { layoutGraph } from '../src/lib/graph/graph-layout';
import {
  allGroups,
  MAX_OPEN,
  shownGraph,
  widgetFold,
} from '../src/widgets/compute-graph/graph-fold';
import { lessonGraph, NETWORKS, snapshot } from '../src/widgets/compute-graph/lesson-graph';
import { stableShownLayout } from '../src/widgets/compute-graph/stable-layout';

function lossGraph(sizes: number[]): ValueGraph {
  const net = mlp(sizes, { activation: 'tanh', output: 'sigmoid', seed: 1 });
  const x = Array.from({ length: sizes[0] }, (_, i) => 0.5 - i / sizes[0]);
  const loss = valueLoss(valueNetwork(net).forward(x), [1], 'mse');
  loss.backward();
  return graphOf(loss);
}

const cases: [string, number[], Fold | null][] = [
  ['2-2-1, in full', [2, 2, 1], null],
  ['2-8-8-1, folded into neurons (as drawn)', [2, 8, 8, 1], 'neurons'],
  ['2-16-16-1, folded into neurons', [2, 16, 16, 1], 'neurons'],
  ['2-16-16-1, folded into layers (as drawn)', [2, 16, 16, 1], 'layers'],
  ['4-16-16-1, folded into layers (as drawn)', [4, 16, 16, 1], 'layers'],
];

function median(run: () => void): number {
  for (let i = 0; i < 2; i++) run();
  const times = Array.from({ length: 10 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return (times[4] + times[5]) / 2;
}

console.log(`Graph layout (dagre), median of 10; load ${loadavg()[0].toFixed(1)}`);
for (const [name, sizes, fold] of cases) {
  const graph = lossGraph(sizes);
  const folded = fold && foldGraph(graph, fold);
  const ms = median(() => void (folded ? layoutFolded(graph, folded) : layoutGraph(graph)));
  const boxes = folded ? `, ${folded.nodes.length} boxes, ${folded.edges.length} arrows` : '';
  console.log(`  ${name}: ${graph.nodes.length} values${boxes}: ${ms.toFixed(1)} ms`);
}

console.log('The graph widget (stable-layout.ts):');
const widget = snapshot(lessonGraph(undefined, undefined, undefined, NETWORKS['2-4-4-1']));
const fold = widgetFold(widget);
const neurons = [...allGroups(widget)].filter((key) => key.includes('N'));
const layout = (expanded: Set<string>) => () =>
  void stableShownLayout(widget, shownGraph(widget, fold, expanded));
// The biggest picture the widget lets a reader open: MAX_OPEN neurons. Each pair is timed once and
// the slowest pair again as the others are.
const pairs = neurons.flatMap((a, i) => neurons.slice(i + 1).map((b) => new Set([a, b])));
if (MAX_OPEN !== 2) throw new Error('the bench times pairs of open neurons: MAX_OPEN changed');
layout(pairs[0])();
const once = pairs.map((pair) => {
  const start = performance.now();
  layout(pair)();
  return performance.now() - start;
});
const slowest = pairs[once.indexOf(Math.max(...once))];
const opened: [string, Set<string>][] = [
  ['folded', new Set()],
  ['one neuron open', new Set(['L2N1'])],
  [`two open (the slowest of ${pairs.length} pairs, ${[...slowest].join(' and ')})`, slowest],
  ['all nine open (more than the widget allows)', new Set(neurons)],
];
for (const [name, expanded] of opened) {
  const shown = shownGraph(widget, fold, expanded);
  const ms = median(layout(expanded));
  const what = `${shown.folded.nodes.length} boxes, ${shown.folded.edges.length} arrows`;
  console.log(`  2-4-4-1, ${name}: ${what}: ${ms.toFixed(1)} ms`);
}
