import type { PlaygroundConfig } from './config-model';
import type { Point } from './data';
import { featureCode } from './features';
import { outputFor, sizesOf, trainOptions } from './run-setup';

/** Most own points written into a code cell; more would make a cell nobody can read. */
export const MAX_CODE_POINTS = 400;

const num = (v: number) => String(Number(v.toPrecision(6)));

/**
 * The notebook cell that recreates a playground run with the engine's API as cells see it
 * (engine names in scope, `await train(...)`, `plotLoss`, `plotBoundary`): the same data, split,
 * features, network and settings, trained for the same number of epochs. Hand-edited weights
 * and settings changed mid-run are not replayed; the comment says so.
 */
export function runToCode(
  config: PlaygroundConfig,
  points: readonly Point[],
  epochs: number,
  classes: number,
): string {
  const lines: string[] = [
    '// The playground run as a cell: same data, network, settings and seed.',
  ];
  if (config.dataset === 'own') {
    const shown = points.slice(0, MAX_CODE_POINTS);
    if (shown.length < points.length)
      lines.push(`// The first ${MAX_CODE_POINTS} of your ${points.length} points.`);
    lines.push('const points = {');
    lines.push(`  inputs: [${shown.map((p) => `[${num(p.x1)}, ${num(p.x2)}]`).join(', ')}],`);
    const target = (y: number) =>
      classes === 3 ? `[${[0, 1, 2].map((c) => (c === y ? 1 : 0))}]` : `[${y}]`;
    lines.push(`  targets: [${shown.map((p) => target(p.y)).join(', ')}],`);
    lines.push('};');
  } else {
    lines.push(
      `const points = datasets.${config.dataset}({ n: ${config.points}, noise: ${config.noise}, seed: ${config.dataSeed} });`,
    );
  }
  const n = config.dataset === 'own' ? Math.min(points.length, MAX_CODE_POINTS) : config.points;
  const nTest = Math.round((n * config.testPercent) / 100);
  const split = config.testPercent > 0 && nTest >= 1 && nTest <= n - 1;
  if (split) {
    lines.push(
      `const { train: trainPoints, test: testPoints } = splitTrainTest(points, { testFraction: ${config.testPercent / 100}, seed: ${config.dataSeed} });`,
    );
  } else {
    lines.push('const trainPoints = points;');
  }
  const plain = config.features.join(',') === 'x1,x2';
  if (plain) {
    lines.push('const trainSet = trainPoints;');
  } else {
    lines.push(
      `const features = ([x1, x2]) => [${config.features.map((f) => featureCode[f]).join(', ')}];`,
    );
    lines.push(
      'const trainSet = { inputs: trainPoints.inputs.map(features), targets: trainPoints.targets };',
    );
  }
  const sizes = sizesOf(config, classes);
  lines.push(
    `const net = mlp([${sizes.join(', ')}], { activation: '${config.activation}', output: '${outputFor(classes)}', seed: ${config.seed} });`,
  );
  const o = trainOptions(config, split ? n - nTest : n);
  const settings = [
    `loss: '${o.loss}'`,
    `learningRate: ${o.learningRate}`,
    `epochs: ${Math.max(1, epochs)}`,
    `batchSize: ${o.batchSize}`,
    `optimizer: '${config.optimizer}'`,
    `seed: ${config.seed}`,
  ];
  if (o.regularization)
    settings.push(
      `regularization: { name: '${o.regularization.name}', rate: ${o.regularization.rate} }`,
    );
  lines.push(`const result = await train(net, trainSet, { ${settings.join(', ')} });`);
  lines.push('plotLoss(result);');
  // plotBoundary feeds the plane's (x1, x2) to the network and draws one output, which only fits
  // the plain features and one output.
  if (plain && classes !== 3) lines.push('plotBoundary(net, trainPoints);');
  lines.push('result.history.at(-1);');
  return lines.join('\n') + '\n';
}

/** The notebook page's link that opens `code` in a new cell without running it. */
export function notebookLink(base: string, code: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}notebook/#cell=${encodeURIComponent(code)}`;
}
