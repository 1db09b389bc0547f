import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Slims the MathML of the lessons' formulas (see rehype-math.ts), without changing what screen readers
 * read: the `<semantics>` wrapper and its TeX `<annotation>` go (assistive technology reads the
 * presentation MathML, and the TeX is in the page's source anyway), and an `<mrow>` with a single
 * child and no attributes is replaced by that child, which MathML defines as the same thing (and so is a row that is `<math>`'s only child),
 * and a bracketed group's row sitting in another row opens into it (see `isFenceRow`).
 * Every element removed is one less to style, lay out and scan on each page load; a lesson with a
 * hundred formulas loses a few hundred.
 */
export default function rehypeLeanMathml() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'math') return;
      const children = leanChildren(node.children, true);
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

/** Elements that lay their children out as a row, so a row inside them can open into them. */
export const ROW_PARENTS = new Set([
  'math',
  'mrow',
  'mtd',
  'msqrt',
  'mstyle',
  'mpadded',
  'mphantom',
]);

/**
 * True for a bracketed group, `( … )`, written as a row whose first and last children are operators
 * with their `form` written out: placed in a row directly, its operators keep their form (it is
 * written, not inferred from their place), the ones inside keep their places between other
 * children, and the spacing is the same; only the extra row goes.
 */
const isFenceRow = (only: ElementContent[]) => {
  const first = only[0];
  const last = only[only.length - 1];
  const explicitOperator = (e: ElementContent | undefined) =>
    e?.type === 'element' && e.tagName === 'mo' && e.properties.form !== undefined;
  return only.length >= 2 && explicitOperator(first) && explicitOperator(last);
};

/** The lean form of a MathML element's children (see `rehypeLeanMathml`); `inRow` when the element lays them out as a row. */
export function leanChildren(children: ElementContent[], inRow = true): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    if (child.tagName === 'annotation' || child.tagName === 'annotation-xml') return [];
    if (child.tagName === 'semantics') return leanChildren(child.children, inRow);
    child.children = leanChildren(child.children, ROW_PARENTS.has(child.tagName));
    const only = child.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
    const plainRow = child.tagName === 'mrow' && Object.keys(child.properties).length === 0;
    if (plainRow && only.length === 1 && only[0].type === 'element') return [only[0]];
    if (plainRow && inRow && isFenceRow(only)) return only;
    return [child];
  });
}
