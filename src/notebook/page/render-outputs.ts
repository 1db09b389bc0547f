import { heavy, loadHeavyLibs } from '../../lib/heavy-libs.svelte';
import { outputsToHtml } from '../outputs-html';
import type { CellOutput } from '../outputs';

/**
 * Renders one live output as HTML with the same code the build used for saved outputs. Loaded on a
 * reader's first run, with KaTeX and Plot (steps and charts need them).
 */
export async function renderOutput(output: CellOutput): Promise<string> {
  await loadHeavyLibs();
  return outputsToHtml([output], { katex: heavy.katex!, Plot: heavy.plot!, document });
}
