/**
 * The engine as people install it: `npm pack` of `engine/` gives a tarball that installs into an
 * empty project and imports in Node 22 and in Deno, with its types.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../scripts/build-engine.mjs';
import { DENO } from './jupyter';

const project = mkdtempSync(join(tmpdir(), 'nn-engine-package-'));
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
const npm = (...args: string[]) => run('npm', args);

// A script that uses the engine as a reader's own code would: a network, training, steps.
const SCRIPT = `
import { mlp, train, gates, neuron, toText } from 'neural-notebook-engine';
import { table } from 'neural-notebook-engine/notebook';
const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 3 });
const { history } = train(net, gates.XOR, { loss: 'bce', learningRate: 1, epochs: 1500, batchSize: 4 });
const step = neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' }).forward([1, 0]).steps[0];
console.log(JSON.stringify({ loss: history.at(-1).loss, step: toText(step) }));
table([{ x: 1 }]);
`;

let tarball: string;
beforeAll(async () => {
  await buildEngine();
  const packed = JSON.parse(
    npm('pack', resolve('engine'), '--json', '--pack-destination', project),
  );
  tarball = join(project, packed[0].filename);
  writeFileSync(join(project, 'package.json'), '{ "name": "reader", "type": "module" }');
  npm('install', tarball, '--no-fund', '--no-audit', '--offline');
  writeFileSync(join(project, 'use.mjs'), SCRIPT);
}, 180_000);

describe('the engine package (npm pack)', () => {
  it('holds the bundles, their types and the README, and no TypeScript sources', () => {
    const files: string[] = JSON.parse(
      npm('pack', resolve('engine'), '--dry-run', '--json'),
    )[0].files.map((f: { path: string }) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'dist/neural-notebook.js',
        'dist/neural-notebook.d.ts',
        'dist/notebook.js',
        'dist/notebook.d.ts',
        'dist/types/index.d.ts',
      ]),
    );
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('installs and runs in Node, with the same numbers as the engine in the repository', async () => {
    const out = run(process.execPath, ['use.mjs']).split('\n');
    const { mlp, train, gates, neuron, toText } = await import('../../engine/index.ts');
    const net = mlp([2, 2, 1], { activation: 'tanh', output: 'sigmoid', seed: 3 });
    const { history } = train(net, gates.XOR, {
      loss: 'bce',
      learningRate: 1,
      epochs: 1500,
      batchSize: 4,
    });
    expect(out[0]).toContain('(0.5)(1) + (-0.3)(0) + 0.1 = 0.6');
    expect(JSON.parse(out[0])).toEqual({
      loss: history.at(-1)!.loss,
      step: toText(
        neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' }).forward([1, 0]).steps[0],
      ),
    });
    expect(out[1]).toBe('x'); // table() outside Jupyter prints its text
  });

  it('installs and runs in Deno, with the same output as in Node', () => {
    const node = run(process.execPath, ['use.mjs']);
    const deno = run(DENO, ['run', '--quiet', 'use.mjs'], { DENO_DIR: join(project, '.deno') });
    expect(deno).toBe(node);
  });

  it('type-checks a TypeScript user of both entry points', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { mlp, type Network } from 'neural-notebook-engine';\n` +
        `import { plotLoss, train, gates } from 'neural-notebook-engine/notebook';\n` +
        `const net: Network = mlp([2, 1], { seed: 1 });\n` +
        `plotLoss(train(net, gates.AND, { loss: 'mse', learningRate: 0.5, epochs: 2 }).history);\n`,
    );
    expect(
      existsSync(join(project, 'node_modules/neural-notebook-engine/dist/notebook.d.ts')),
    ).toBe(true);
    run(DENO, ['check', '--quiet', 'use.ts'], { DENO_DIR: join(project, '.deno') });
    expect(readFileSync(join(project, 'use.ts'), 'utf8')).toContain('plotLoss');
  });
});
