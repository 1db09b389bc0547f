import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { typeset } from '../lib/typeset';

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
 * course must not ship broken math.
 *
 * Unlike the glossary's and notation's formulas (src/lib/inline-math.ts), a lesson's inline
 * formulas are not wrapped with the punctuation after them: the wrapper is an element per formula
 * (lesson 9's would take it past its 1,500-element budget), and Chromium breaks lines around a
 * <math> box whatever joins them (a word joiner does not hold). So in a lesson a comma after a
 * formula can begin a line.
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
  };
}
