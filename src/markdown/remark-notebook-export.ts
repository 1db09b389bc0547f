import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { appendExport } from './lesson-export.ts';
import { isCell } from './remark-notebook-cells.ts';
import { notebookPartsSource } from './notebook-prose.ts';

/**
 * A lesson with code cells exports `nnNotebook(ctx)`: its prose and cells as a notebook's parts,
 * with every number and formula the page computes computed again by the lesson's own module
 * (src/markdown/notebook-prose.ts). `/notebooks/<lesson>.ipynb` is built from it. Runs before
 * remark-notebook-cells, which adds the saved outputs after each cell.
 */
export default function remarkNotebookExport() {
  return (tree: Root, file: VFile) => {
    if (!tree.children.some(isCell)) return;
    const code = `export const nnNotebook = ${notebookPartsSource(tree, isCell, file.path ?? 'a lesson')};`;
    appendExport(tree, code);
  };
}
