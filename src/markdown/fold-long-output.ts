import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { escapeHtml } from '../lib/escape-html';
import { foldBody, foldId } from '../lib/fold/fold-store';
import { outputsToHtml, type OutputLibraries } from '../notebook/outputs-html';
import type { CellOutput } from '../notebook/outputs';

/**
 * An output with more elements than this is folded, as Jupyter folds a long output. Shorter ones
 * (a neuron's two steps, a gate's truth table) would save a few dozen elements and hide their result.
 */
export const LONG_OUTPUT_ELEMENTS = 100;
/** The most elements a folded output's preview (its first rows) may have. */
const PREVIEW_ELEMENTS = 36;

type Rows = Extract<CellOutput, { kind: 'steps' | 'table' }>;

function elementCount(html: string): number {
  const count = (node: Root | RootContent): number =>
    (node.type === 'element' ? 1 : 0) +
    ('children' in node ? node.children.reduce((sum, child) => sum + count(child), 0) : 0);
  return count(fromHtml(html, { fragment: true }));
}

const rowCount = (output: Rows) =>
  output.kind === 'steps' ? output.steps.length : output.rows.length;
const firstRows = (output: Rows, n: number): Rows =>
  output.kind === 'steps'
    ? { ...output, steps: output.steps.slice(0, n) }
    : { ...output, rows: output.rows.slice(0, n) };

/**
 * A saved output as HTML, folded when it is long (a list of steps or a table past
 * LONG_OUTPUT_ELEMENTS elements): its first rows, then a button that builds the whole output from
 * a fold's store (src/lib/fold/). Without JavaScript the whole output is shown instead of the
 * preview. Running the cell replaces all of it with the fresh output.
 */
export function foldedOutputHtml(output: CellOutput, libs: OutputLibraries, where: string): string {
  const html = outputsToHtml([output], libs);
  if (
    (output.kind !== 'steps' && output.kind !== 'table') ||
    elementCount(html) <= LONG_OUTPUT_ELEMENTS
  )
    return html;
  const total = rowCount(output);
  let shown = 1;
  while (
    shown + 1 < total &&
    elementCount(outputsToHtml([firstRows(output, shown + 1)], libs)) <= PREVIEW_ELEMENTS
  )
    shown++;
  const preview = outputsToHtml([firstRows(output, shown)], libs);
  const body = foldBody(html, where);
  const id = foldId(where + html);
  const attributes = Object.entries(body.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const label = `Show all ${total} ${output.kind === 'steps' ? 'steps' : 'rows'}`;
  return (
    `<div class="nn-fold nb-fold" data-fold><div data-fold-preview>${preview}</div>` +
    `<button type="button" class="nn-button quiet nn-fold-toggle" aria-expanded="false" aria-controls="${id}" data-fold-toggle disabled>${label}</button>` +
    `<div class="nn-fold-body" id="${id}" data-fold-body${attributes}>${body.store}</div></div>`
  );
}
