/**
 * The layout of a network's graph as a cell draws it (dagre): the lesson's 2-2-1 net in full, and
 * bigger nets folded into neurons or layers (src/lib/graph/drawn-fold.ts), against the 100 ms a
 * drawing may take. Prints the median of 10 runs of each, after 2 to warm up; `npm run bench` runs it.
 */
import { loadavg } from 'node:os';
import { graphOf, mlp, valueLoss, valueNetwork, type ValueGraph } from '../engine/index.ts';
import { foldGraph, type Fold } from '../src/lib/graph/group-graph';
import { layoutFolded } from '../src/lib/graph/folded-drawing';
import { layoutGraph } from '../src/lib/graph/graph-layout';

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
