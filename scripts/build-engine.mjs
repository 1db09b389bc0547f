/**
 * Builds the engine as a package (engine/dist/): `neural-notebook.js`, the engine as one ES module
 * with no dependencies, and `notebook.js`, the engine plus the notebook's output helpers for
 * Jupyter (it imports `./neural-notebook.js`, so the two share one engine), each with its types.
 * The site serves the same files at /engine/v<major>/ (src/integrations/engine-bundle.ts).
 *
 * Run: node scripts/build-engine.mjs [outDir]   (default engine/dist)
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const engineDir = join(root, 'engine');
const engineEntry = join(engineDir, 'index.ts');

/** The package's version, and the major version that names the site's address (/engine/v1/). */
export const enginePackage = JSON.parse(readFileSync(join(engineDir, 'package.json'), 'utf8'));
export const engineMajor = Number(enginePackage.version.split('.')[0]);

// The helpers module's types, written by hand: its implementation lives in the site's notebook code.
const NOTEBOOK_TYPES = `export * from './neural-notebook.js';
import type { Dataset, HistoryEntry, Network, Step } from './neural-notebook.js';

/** plot(ys), plot(xs, ys) or plot([{ x, y }, ...]): a line chart. */
export declare function plot(
  a: ArrayLike<number> | { x: number; y: number }[],
  b?: ArrayLike<number>,
): void;
/** plotLoss(history): the loss per epoch from train(). */
export declare function plotLoss(history: HistoryEntry[] | { history: HistoryEntry[] }): void;
/** plotBoundary(net, data): the network's output over the plane, with the data on top. */
export declare function plotBoundary(net: Network, data: Dataset, resolution?: number): void;
/** table(rows): an array of objects (columns from their keys) or of arrays. */
export declare function table(rows: unknown[]): void;
/** show(steps): engine steps as formulas: a step, an array of steps, or a result with .steps. */
export declare function show(value: Step | Step[] | { steps: Step[] }): void;
`;

/** The banner of each file: what it is, and (for Deno) where its types are. */
const banner = (name, types) =>
  `// ${enginePackage.name} ${enginePackage.version} (${name}), ${enginePackage.license} licence.\n` +
  `// @ts-self-types="./${types}"`;

/** Declarations of the engine's files, with their `.ts` imports pointing at `.js` as published. */
function writeEngineTypes(outDir) {
  const typesDir = join(outDir, 'types');
  // Found as Node finds the package, so a project inside another one's folder builds too.
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [tsc, '-p', join(engineDir, 'tsconfig.build.json'), '--outDir', typesDir],
    {
      stdio: 'inherit',
    },
  );
  for (const file of readdirSync(typesDir)) {
    const path = join(typesDir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/(from\s+'\.\/[\w-]+)\.ts'/g, "$1.js'"));
  }
  writeFileSync(join(outDir, 'neural-notebook.d.ts'), "export * from './types/index.js';\n");
  writeFileSync(join(outDir, 'notebook.d.ts'), NOTEBOOK_TYPES);
}

/** Builds both modules and their types into `outDir` (emptied first). */
export async function buildEngine(outDir = join(engineDir, 'dist')) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    legalComments: 'inline',
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: [engineEntry],
    outfile: join(outDir, 'neural-notebook.js'),
    banner: { js: banner('the engine', 'neural-notebook.d.ts') },
  });
  await build({
    ...common,
    entryPoints: [join(root, 'src', 'notebook', 'jupyter', 'notebook-module.ts')],
    outfile: join(outDir, 'notebook.js'),
    banner: { js: banner('the engine and the notebook output helpers', 'notebook.d.ts') },
    minify: true,
    plugins: [
      {
        // The helpers use the engine next to them, so a page or kernel loads one engine, not two.
        name: 'engine-beside',
        setup(b) {
          b.onResolve({ filter: /engine\/index\.ts$/ }, () => ({
            path: './neural-notebook.js',
            external: true,
          }));
        },
      },
    ],
  });
  writeEngineTypes(outDir);
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = await buildEngine(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`engine: built ${enginePackage.name} ${enginePackage.version} into ${outDir}`);
}
