import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Slims the MathML of the lessons' formulas (see rehype-math.ts), without changing what screen readers
 * read: the `<semantics>` wrapper and its TeX `<annotation>` go (assistive technology reads the
 * presentation MathML, and the TeX is in the page's source anyway), and an `<mrow>` with a single
 * child and no attributes is replaced by that child, which MathML defines as the same thing (and so is a row that is `<math>`'s only child).
 * Every element removed is one less to style, lay out and scan on each page load; a lesson with a
 * hundred formulas loses a few hundred.
 */
export default function rehypeLeanMathml() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'math') return;
      const children = leanChildren(node.children);
      // <math> lays its children out as a row already, so a row that is its only child is redundant.
      const [only] = children;
      const redundantRow =
        children.length === 1 &&
        only.type === 'element' &&
        only.tagName === 'mrow' &&
        Object.keys(only.properties).length === 0;
      node.children = redundantRow ? only.children : children;
      // An inline formula that is only a number ($0$, $-1.5$) reads and looks the same as text.
      const number = node.properties.display === 'block' ? null : bareNumber(node.children);
      if (number !== null && parent && index !== undefined) {
        parent.children[index] = { type: 'text', value: number };
        return index + 1;
      }
    });
  };
}

/** The text of a formula that is a single number, with an optional minus sign; else null. */
export function bareNumber(children: ElementContent[]): string | null {
  const parts = children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
  const text = (e: ElementContent) =>
    e.type === 'element' && e.children.length === 1 && e.children[0].type === 'text'
      ? e.children[0].value
      : null;
  const tag = (e: ElementContent) => (e.type === 'element' ? e.tagName : '');
  if (parts.length === 1 && tag(parts[0]) === 'mn') return text(parts[0]);
  if (
    parts.length === 2 &&
    tag(parts[0]) === 'mo' &&
    text(parts[0]) === '−' &&
    tag(parts[1]) === 'mn'
  )
    return `−${text(parts[1])}`;
  return null;
}

/** The lean form of a MathML element's children (see `rehypeLeanMathml`). */
export function leanChildren(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    if (child.tagName === 'annotation' || child.tagName === 'annotation-xml') return [];
    if (child.tagName === 'semantics') return leanChildren(child.children);
    child.children = leanChildren(child.children);
    const only = child.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
    if (
      child.tagName === 'mrow' &&
      Object.keys(child.properties).length === 0 &&
      only.length === 1 &&
      only[0].type === 'element'
    ) {
      return [only[0]];
    }
    return [child];
  });
}
