import { heavy, loadHeavyLibs } from '../../lib/heavy-libs.svelte';
import { typesetWith } from '../../lib/math-markup';
import { outputsToHtml } from '../outputs-html';
import type { CellOutput } from '../outputs';

/** Text, values, tables and errors need neither Temml nor Plot. */
const needsHeavyLibs = (output: CellOutput) => output.kind === 'steps' || output.kind === 'chart';

/**
 * Renders one live output as HTML with the same code the build used for saved outputs. Temml and
 * Plot are loaded only when an output needs them (steps, charts), and the graph layout only for
 * a graph, so a cell that prints text shows it at once.
 */
export async function renderOutput(output: CellOutput): Promise<string> {
  if (output.kind === 'graph') {
    const { drawGraph } = await import('../../lib/graph/draw-graph');
    return outputsToHtml([output], { document, drawGraph });
  }
  if (!needsHeavyLibs(output)) return outputsToHtml([output], { document });
  await loadHeavyLibs();
  return outputsToHtml([output], {
    typeset: (latex) => typesetWith(heavy.temml!, latex),
    Plot: heavy.plot!,
    document,
  });
}
