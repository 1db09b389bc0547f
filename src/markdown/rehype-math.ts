import type { Element, ElementContent, Parent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { typeset } from '../lib/typeset';
import { glueFormulas } from '../lib/glue-formulas';

const classesOf = (node: Element) =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
const isMath = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'code' && classesOf(node).includes('language-math');
const textOf = (node: Element) =>
  node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/**
 * Typesets the `$...$` and `$$...$$` formulas that remark-math leaves as `<code class="language-math">`
 * (display ones inside a `<pre>`), through the site's one typesetter (`src/lib/typeset.ts`). A
 * formula that cannot be typeset fails the build with the file, the line and Temml's reason: a
 * course must not ship broken math. An inline formula is then kept on one line with the
 * punctuation touching it (src/lib/glue-formulas.ts).
 */
export default function rehypeMath() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const inPre =
        node.tagName === 'pre' && node.children.length === 1 && isMath(node.children[0]);
      if (!inPre && !isMath(node)) return;
      const code = inPre ? (node.children[0] as Element) : node;
      const display = inPre || classesOf(code).includes('math-display');
      let html: string;
      try {
        html = typeset(textOf(code), display);
      } catch (error) {
        const at = node.position?.start;
        throw new Error(
          `Could not typeset a formula at ${file.path}:${at?.line ?? '?'}:${at?.column ?? '?'}: ${(error as Error).message}`,
        );
      }
      parent.children.splice(
        index,
        1,
        ...(fromHtml(html, { fragment: true }).children as ElementContent[]),
      );
      return [SKIP, index + 1];
    });
    visit(tree, (node) => {
      if ('children' in node) glueFormulas(node as Parent);
    });
  };
}
