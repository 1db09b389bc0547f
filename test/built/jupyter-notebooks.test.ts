/**
 * Every notebook the site exports (each lesson's and the scratch notebook's) runs top to bottom in
 * Jupyter with Deno's kernel, importing the engine from the built site served on loopback, with no
 * error, and its outputs agree with the saved outputs on the lesson page.
 *
 * Needs `npm run build` first, Jupyter's kernel client and nbformat (Debian's python3-nbclient brings
 * both; `.ci/run` installs it) and Deno (the `deno` devDependency).
 * JUPYTER_PORT (default 4700) is the loopback port the site is served on.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { typeset } from '../../src/lib/typeset';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as engine from '../../engine/index.ts';
import { drawGraph } from '../../src/lib/graph/draw-graph';
import * as Plot from '../../src/lib/plot';
import { codeToIpynb } from '../../src/notebook/ipynb';
import { IMPORT_CELL_ID } from '../../src/notebook/notebook-import';
import { createKernel } from '../../src/notebook/kernel';
import { outputsToHtml } from '../../src/notebook/outputs-html';
import type { CellOutput } from '../../src/notebook/outputs';
import { STARTER_CELLS } from '../../src/notebook/scratch-store';
import { hasCodeCells } from '../../src/notebook/has-code-cells';
import { lessonFileName, writtenLessons } from '../../src/course/outline';
import { executeNotebook, freshDenoDir, installDenoKernel } from './jupyter';
import {
  isMissingOutputs,
  jupyterRecord,
  outputRecord,
  savedOutputs,
  type CellRecord,
  type IpynbOutput,
} from './notebook-outputs';
import { serveFolder } from './static-server';

const DIST = 'dist';
const PORT = Number(process.env.JUPYTER_PORT ?? 4700);
/** Runs of one notebook before missing outputs count as a failure (see `isMissingOutputs` and run-notebook.py). */
const ATTEMPTS = 3;

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** The configured site address, with the base path, as the build wrote it into the home page. */
const siteAddress = () => /<link rel="canonical" href="([^"]+)"/.exec(read('index.html'))![1];

/** The scratch notebook's export for its starter cells, and their outputs from the site's kernel in Node. */
async function scratchNotebook(): Promise<{ text: string; expected: CellRecord[] }> {
  const page = read('notebook/index.html');
  const moduleUrl = /data-engine-module="([^"]+)"/.exec(page)![1];
  const ipynb = codeToIpynb(
    'Scratch notebook',
    { pageUrl: `${siteAddress()}notebook/`, moduleUrl },
    STARTER_CELLS,
  );
  const kernel = createKernel(engine as unknown as Record<string, unknown>, {
    stopRequested: () => false,
    progress: () => {},
    pause: () => Promise.resolve(),
  });
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const libs = { typeset, Plot, document: document as unknown as Document, drawGraph };
  const expected: CellRecord[] = [];
  for (const code of STARTER_CELLS) {
    const outputs: CellOutput[] = [];
    expect(await kernel.run(code, (o) => outputs.push(o))).toBe(true);
    const { document: out } = parseHTML(
      `<div class="nb-output">${outputsToHtml(outputs, libs)}</div>`,
    );
    expected.push(outputRecord(out.querySelector('.nb-output')!));
  }
  return { text: JSON.stringify(ipynb), expected };
}

interface Case {
  name: string;
  text: () => Promise<string>;
  expected: () => Promise<CellRecord[]>;
}
const lessonCases: Case[] = readdirSync(join(DIST, 'notebooks'))
  .filter((file) => file.endsWith('.ipynb'))
  .map((file) => {
    const slug = file.replace(/\.ipynb$/, '');
    return {
      name: `lesson ${slug}`,
      text: async () => read(`notebooks/${file}`),
      expected: async () => savedOutputs(read(`lessons/${slug}/index.html`)),
    };
  });
const scratch = scratchNotebook();
const cases: Case[] = [
  ...lessonCases,
  {
    name: 'the scratch notebook',
    text: async () => (await scratch).text,
    expected: async () => (await scratch).expected,
  },
];

let server: Awaited<ReturnType<typeof serveFolder>>;
let denoDir: string;
const work = mkdtempSync(join(tmpdir(), 'nn-jupyter-'));

beforeAll(async () => {
  await installDenoKernel();
  server = await serveFolder(DIST, PORT);
  denoDir = freshDenoDir();
});
afterAll(() => server?.close());

describe.concurrent('exported notebooks in Jupyter (Deno kernel)', () => {
  it('are one per lesson with code cells', () => {
    const withCells = writtenLessons
      .filter((lesson) =>
        hasCodeCells(readFileSync(join('lessons', lessonFileName(lesson)), 'utf8')),
      )
      .map((lesson) => `lesson ${lesson.slug}`);
    expect(withCells.length).toBeGreaterThan(0);
    expect(lessonCases.map((c) => c.name).sort()).toEqual(withCells.sort());
  });

  it.each(cases)(
    '$name runs with no error and its outputs agree with the page',
    async ({ name, text, expected: expectedOf }) => {
      const site = siteAddress();
      const notebook = JSON.parse(await text());
      const importCell = notebook.cells.find((c: { id: string }) => c.id === IMPORT_CELL_ID);
      const moduleUrl = /from '([^']+)'/.exec(importCell.source.join(''))![1];
      // The contract: the engine's address starts with the configured site address.
      expect(moduleUrl).toBe(`${site}engine/v1/notebook.js`);
      const served = JSON.stringify(notebook).replaceAll(site, server.url);
      const slug = name.replace(/\W+/g, '-');
      const input = join(work, `${slug}.ipynb`);
      writeFileSync(input, served);
      const expected = await expectedOf();
      // Every notebook shows something; an empty expectation would prove nothing.
      expect(expected.flatMap((cell) => Object.values(cell).flat()).length).toBeGreaterThan(0);

      for (let attempt = 1; ; attempt++) {
        const output = join(work, `${slug}.run${attempt}.ipynb`);
        const run = await executeNotebook(input, output, denoDir);
        if (!run.ok) throw new Error(`${name} failed in Jupyter:\n${run.log.slice(-3000)}`);
        const executed = JSON.parse(readFileSync(output, 'utf8'));
        const code = executed.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
        const outputs: IpynbOutput[][] = code.map((c: { outputs: IpynbOutput[] }) => c.outputs);
        expect(outputs.flat().filter((o) => o.output_type === 'error')).toEqual([]);
        expect(outputs[0]).toEqual([]); // the import cell
        const actual = outputs.slice(1).map(jupyterRecord);
        expect(actual).toHaveLength(expected.length);
        if (attempt < ATTEMPTS && actual.some((a, i) => isMissingOutputs(a, expected[i]))) {
          console.warn(`${name}: Jupyter lost some outputs on run ${attempt}; running it again`);
          continue;
        }
        expect(actual).toEqual(expected);
        return;
      }
    },
    // Up to three runs of a kernel each; on a loaded 2-core machine one run took up to two minutes.
    600_000,
  );
});
