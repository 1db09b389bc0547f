import type { Code, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { fromHtml } from 'hast-util-from-html';
import { parseHTML } from 'linkedom';
import { leanChartSvg } from '../lib/charts/lean-chart-svg';
import * as engine from '../../engine/index.ts';
import { digitsBytes } from '../integrations/digits-data';
import { drawGraph } from '../lib/graph/draw-graph';
import * as Plot from '../lib/plot';
import { typeset } from '../lib/typeset';
import { createKernel } from '../notebook/kernel';
import { foldedOutputHtml } from './fold-long-output';
import { CELL_META } from './ec-notebook-cells';
import type { CellOutput } from '../notebook/outputs';

const CELL_LANGUAGES = new Set(['ts', 'typescript', 'js', 'javascript']);

/** A fenced block written ```ts cell in a lesson. */
export function isCell(node: RootContent): node is Code {
  return (
    node.type === 'code' &&
    CELL_LANGUAGES.has(node.lang ?? '') &&
    /(^|\s)cell(\s|$)/.test(node.meta ?? '')
  );
}

/**
 * Runs a lesson's code cells at build time, in order, in one kernel with the engine in scope, and
 * puts each cell's outputs in the page right after its code, as a saved notebook keeps them: a
 * reader sees every result before any script loads. A cell that throws fails the build and names
 * the lesson, the cell and the line.
 */
export default function remarkNotebookCells() {
  return async (tree: Root, file: VFile) => {
    const cells = tree.children.filter(isCell);
    if (cells.length === 0) return;
    // A lesson cell may train on the digits: at build time they come from the mnist package.
    engine.setDigitsSource(async () => digitsBytes());
    const kernel = createKernel(engine as unknown as Record<string, unknown>, {
      stopRequested: () => false,
      progress: () => {},
      // Nothing can ask a cell to stop while the site builds, and a turn of the build's busy event
      // loop would be counted in a cell's own timings (lesson 8 times three batch sizes): a
      // training cell here runs straight through.
      pause: () => Promise.resolve(),
    });
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const libs = {
      typeset: (latex: string) => typeset(latex),
      Plot,
      document: document as unknown as Document,
      drawGraph,
      leanChart: leanChartSvg,
    };

    for (const [index, cell] of cells.entries()) {
      const outputs: CellOutput[] = [];
      await kernel.run(cell.value, (output) => outputs.push(output));
      const failure = outputs.find((o) => o.kind === 'error');
      if (failure?.kind === 'error') {
        const lessonLine = failure.line
          ? (cell.position?.start.line ?? 0) + failure.line
          : undefined;
        const where = `${file.path}${lessonLine ? `:${lessonLine}` : ''}`;
        throw new Error(
          `Code cell ${index + 1} failed at ${where} (cell line ${failure.line ?? '?'}): ${failure.name}: ${failure.message}`,
        );
      }
      const number = index + 1;
      const source = cell.value;
      // ```ts cell timeout=120 gives a cell more than the default 60 s when readers run it.
      const timeout = /(?:^|\s)timeout=(\d+)(?:\s|$)/.exec(cell.meta ?? '')?.[1];
      // Marks the block for ec-notebook-cells.ts, which writes its highlighted code.
      cell.meta = CELL_META;
      const wrapper = {
        type: 'notebookCell',
        // data-source keeps the lesson's code exactly, for the page's runtime (edit, reset, run).
        // The role, label and empty status box the page's script would otherwise add: changing
        // the lesson's top level after load restyles the whole page (6,700 elements on lesson 9).
        data: {
          hName: 'div',
          hProperties: {
            className: ['nb-cell'],
            role: 'group',
            ariaLabel: `Code cell ${number}`,
            dataCell: number,
            dataSource: source,
            dataTimeout: timeout,
          },
        },
        children: [
          {
            type: 'notebookHead',
            data: {
              hName: 'div',
              hProperties: { className: ['nb-cell-head'] },
              hChildren: [
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: ['nb-count'] },
                  children: [{ type: 'text', value: `In [${number}]` }],
                },
              ],
            },
          },
          cell,
          {
            type: 'notebookStatus',
            data: { hName: 'div', hProperties: { className: ['nb-cell-status'] } },
          },
          {
            type: 'notebookOutput',
            data: {
              hName: 'div',
              hProperties: {
                className: ['nb-output'],
                role: 'group',
                ariaLabel: `Output of cell ${number}`,
              },
              hChildren: fromHtml(
                outputs
                  .map((output, i) =>
                    foldedOutputHtml(output, libs, `Output ${i + 1} of code cell ${number}`),
                  )
                  .join(''),
                { fragment: true },
              ).children,
            },
          },
        ],
      };
      tree.children.splice(tree.children.indexOf(cell), 1, wrapper as unknown as RootContent);
    }
    // Where the page's script puts the notebook's toolbar, above the first cell (see above: filling
    // an element that is already there restyles only that element).
    const slot = {
      type: 'notebookBarSlot',
      data: { hName: 'div', hProperties: { className: ['nb-bar-slot'] } },
    };
    const first = tree.children.findIndex((node) => node.type === ('notebookCell' as string));
    tree.children.splice(first, 0, slot as unknown as RootContent);
  };
}
