import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Slims the MathML of the lessons' formulas (see rehype-math.ts), without changing what screen readers
 * read: the `<semantics>` wrapper and its TeX `<annotation>` go (assistive technology reads the
 * presentation MathML, and the TeX is in the page's source anyway), and an `<mrow>` with a single
 * child and no attributes is replaced by that child, which MathML defines as the same thing (and so is a row that is `<math>`'s only child),
 * and a row sitting in another row opens into it when that changes no operator's spacing (see `opensIntoRow`).
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
      // An inline formula that is only a number ($0$, $-1.5$), or a point made of numbers
      // ($(0, 1)$), reads and looks the same as text.
      const number =
        node.properties.display === 'block'
          ? null
          : (bareNumber(node.children) ?? bareTuple(node.children));
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

/** Elements whose first child makes them an embellished operator when that child is one. */
export const EMBELLISHING = new Set([
  'msub',
  'msup',
  'msubsup',
  'munder',
  'mover',
  'munderover',
  'mfrac',
]);

/** The operator at the core of an embellished operator (`<mo>` itself, or a script's base), if any. */
function coreOperator(e: ElementContent | undefined): Element | null {
  if (e?.type !== 'element') return null;
  if (e.tagName === 'mo') return e;
  if (!EMBELLISHING.has(e.tagName)) return null;
  return coreOperator(e.children.find((c) => c.type === 'element'));
}

/**
 * True when a row can open into the row around it: an operator's form (prefix, infix, postfix: its
 * spacing) is read from its place in its row unless written out, and only the row's first and last
 * children change place (from first or last to somewhere inside; spaces do not count), so those must not be operators
 * whose form is left to be read. A bracketed group, `( … )`, with Temml's written forms, qualifies.
 */
export const opensIntoRow = (only: ElementContent[]) => {
  const fixed = (e: ElementContent | undefined) => {
    const core = coreOperator(e);
    return core === null || core.properties.form !== undefined;
  };
  // Spaces do not count for an operator's place, so the edges are the first and last others.
  const placed = only.filter((e) => !(e.type === 'element' && e.tagName === 'mspace'));
  return only.length >= 2 && fixed(placed[0]) && fixed(placed[placed.length - 1]);
};

/**
 * The text of a formula that is a bracketed list of numbers, `(0, 1)` or `(1, −0.5)`, written with
 * a space after each comma as the lessons write points in text; else null.
 */
export function bareTuple(children: ElementContent[]): string | null {
  const parts = children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
  const text = (e: ElementContent | undefined) =>
    e?.type === 'element' && e.children.length === 1 && e.children[0].type === 'text'
      ? e.children[0].value
      : null;
  const tag = (e: ElementContent | undefined) => (e?.type === 'element' ? e.tagName : '');
  const isOperator = (e: ElementContent | undefined, value: string) =>
    tag(e) === 'mo' && text(e) === value;
  if (parts.length < 5 || !isOperator(parts[0], '(') || !isOperator(parts.at(-1), ')')) return null;
  const numbers: string[] = [];
  let i = 1;
  while (i < parts.length - 1) {
    const number = bareNumber(isOperator(parts[i], '−') ? [parts[i], parts[i + 1]] : [parts[i]]);
    if (number === null) return null;
    numbers.push(number);
    i += number.startsWith('−') ? 2 : 1;
    if (i === parts.length - 1) break;
    if (!isOperator(parts[i], ',')) return null;
    i += 1;
  }
  return numbers.length >= 2 ? `(${numbers.join(', ')})` : null;
}

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
    if (plainRow && inRow && opensIntoRow(only)) return only;
    return [child];
  });
}
