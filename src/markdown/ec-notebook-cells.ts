import type { Element } from 'hast';
import { highlightCell } from '../notebook/highlight-cell';

/** The marker remark-notebook-cells.ts puts in a cell's code block's meta. */
export const CELL_META = 'nb-cell';

/** The part of Expressive Code's `postprocessRenderedBlock` hook context this plugin reads. */
interface RenderedBlock {
  codeBlock: { code: string; meta: string };
  renderData: { blockAst: Element };
}

/** The first element below `node` (itself included) with the tag `tagName`. */
function find(node: Element, tagName: string): Element | undefined {
  if (node.tagName === tagName) return node;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const found = find(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/**
 * An Expressive Code plugin for the lessons' code cells: the frame, theme and copy button stay
 * Expressive Code's, and the code inside is written by `highlightCell`, in the editor's colours and
 * with no element per line, so a cell costs a page a quarter of the elements. Other code blocks are
 * left as they are.
 */
export function ecNotebookCells() {
  return {
    name: 'Notebook cells',
    hooks: {
      postprocessRenderedBlock({ codeBlock, renderData }: RenderedBlock) {
        if (!codeBlock.meta.split(/\s+/).includes(CELL_META)) return;
        const code = find(renderData.blockAst, 'code');
        if (!code) throw new Error('A code cell rendered without a <code> element');
        code.properties.className = ['nb-source'];
        code.children = highlightCell(codeBlock.code);
      },
    },
  };
}
