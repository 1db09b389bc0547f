/**
 * The engine with the notebook's output helpers, for Jupyter's Deno kernel (and any other
 * runtime): the module the site serves as `/engine/v1/notebook.js` and the package exports as
 * `neural-notebook-engine/notebook`. Under the Deno kernel `table`, `plot`, `plotLoss`,
 * `plotBoundary` and `show` send rich outputs (HTML, SVG, LaTeX) with `Deno.jupyter.display`;
 * elsewhere they print the outputs' plain text.
 */
import { parseHTML } from 'linkedom';
import * as Plot from '../../lib/plot';
import { cellHelpers } from '../cell-helpers';
import { outputToMimeBundle, type MimeBundle } from './mime-bundle';
import { setDigitsSource } from '../../../engine/index.ts';
import { DIGITS_ASSET_PATH, fetchDigitBytes } from '../../lib/digits/digit-source';

export * from '../../../engine/index.ts';

// The site serves this module at <site>/engine/v1/notebook.js, two folders below the digits asset,
// so a lesson notebook's `datasets.digits()` downloads the site's digits, as its cells do on the
// site. (Elsewhere, as from the npm package, call setDigitsSource first, as engine/README.md says.)
setDigitsSource(() => fetchDigitBytes(new URL(`../../${DIGITS_ASSET_PATH}`, import.meta.url).href));

interface DenoJupyter {
  display(bundle: MimeBundle, options: { raw: true }): Promise<void>;
}

/** `Deno.jupyter` when this runs in Deno's Jupyter kernel (reading it elsewhere throws). */
function denoJupyter(): DenoJupyter | undefined {
  try {
    const deno = (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno;
    return typeof deno?.jupyter?.display === 'function' ? deno.jupyter : undefined;
  } catch {
    return undefined;
  }
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const libs = { Plot, document: document as unknown as Document };

function publish(bundle: MimeBundle) {
  const jupyter = denoJupyter();
  if (jupyter) void jupyter.display(bundle, { raw: true });
  else console.log(bundle['text/plain']);
}

const helpers = cellHelpers((output) => publish(outputToMimeBundle(output, libs)));

/** plot(ys), plot(xs, ys) or plot([{ x, y }, ...]): a line chart. */
export const plot = helpers.plot;
/** plotLoss(history): the loss per epoch from train(). */
export const plotLoss = helpers.plotLoss;
/** plotBoundary(net, data): the network's output over the plane, with the data on top. */
export const plotBoundary = helpers.plotBoundary;
/** table(rows): an array of objects (columns from their keys) or of arrays. */
export const table = helpers.table;
/** show(steps): engine steps as formulas, e.g. show(net.forward(x)). */
export const show = helpers.show;
/** graph(value): the computational graph of a Value, with every node's gradient. */
export const graph = helpers.graph;
