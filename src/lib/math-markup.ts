import type Temml from 'temml';

/** Temml, the library that turns LaTeX into MathML (loaded up front at build time, lazily in the browser). */
export type TemmlModule = typeof Temml;

/**
 * The one place the site typesets LaTeX, for lessons, widgets, notebook outputs, the glossary and
 * the notation page alike: MathML only (browsers draw it with the OpenType math font in
 * `src/styles/math.css`, and screen readers read the same markup), no TeX annotation. A formula
 * Temml cannot parse, or that uses a command LaTeX itself lacks (`strict`), throws. Display
 * formulas come in a `span.math-display`, the box that scrolls a long formula sideways on a phone.
 */
export function typesetWith(temml: TemmlModule, latex: string, displayMode = false): string {
  const tree = temml.__renderToMathMLTree(latex, {
    displayMode,
    throwOnError: true,
    strict: true,
    annotate: false,
  }) as MathNode;
  const math = lean(tree).toMarkup();
  return displayMode ? `<span class="math-display">${math}</span>` : math;
}

/**
 * The part of Temml's MathML tree (`__renderToMathMLTree`) that `lean` reads: elements have a
 * `type`, fragments (written as their children alone) only `children`, text nodes neither.
 */
interface MathNode {
  type?: string;
  attributes?: Record<string, string>;
  classes?: string[];
  style?: Record<string, string>;
  children?: MathNode[];
  toMarkup(): string;
}

const isPlainRow = (node: MathNode) =>
  node.type === 'mrow' &&
  Object.keys(node.attributes ?? {}).length === 0 &&
  (node.classes ?? []).length === 0 &&
  Object.keys(node.style ?? {}).length === 0;

/** Elements that lay their children out as a row (as in rehype-lean-mathml.ts). */
const ROW_PARENTS = new Set(['math', 'mrow', 'mtd', 'msqrt', 'mstyle', 'mpadded', 'mphantom']);

/** Elements whose first child makes them an embellished operator when that child is one. */
const EMBELLISHING = new Set(['msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mfrac']);

/** The operator at the core of an embellished operator, if any (as in rehype-lean-mathml.ts). */
function coreOperator(node: MathNode | undefined): MathNode | null {
  if (!node?.type) return null;
  if (node.type === 'mo') return node;
  if (!EMBELLISHING.has(node.type)) return null;
  return coreOperator(node.children?.find((c) => c.type));
}

/** A row's edge child that keeps its spacing in another row: not an operator whose form is read from its place. */
const fixedEdge = (node: MathNode | undefined) => {
  const core = coreOperator(node);
  return core === null || core.attributes?.form !== undefined;
};

/**
 * `children` with fragments opened, rows that change nothing replaced by their one child, and, when
 * `inRow`, a row opened into the row around it when its first and last children are not operators
 * whose form is read from their place (see `opensIntoRow` in rehype-lean-mathml.ts).
 */
function leanChildren(children: MathNode[], inRow: boolean): MathNode[] {
  return children.flatMap((child): MathNode[] => {
    if (!child.children) return [child];
    child.children = leanChildren(child.children, child.type ? ROW_PARENTS.has(child.type) : inRow);
    if (!child.type) return child.children;
    const kids = child.children;
    const [only] = kids;
    if (isPlainRow(child) && kids.length === 1 && only.type) return [only];
    const placed = kids.filter((k) => k.type !== 'mspace');
    if (
      isPlainRow(child) &&
      inRow &&
      kids.length >= 2 &&
      fixedEdge(placed[0]) &&
      fixedEdge(placed[placed.length - 1])
    )
      return kids;
    return [child];
  });
}

/**
 * Temml's tree without the rows that change nothing, by the rules rehype-lean-mathml.ts applies to
 * the lessons' own formulas, so `<Tex>`, widgets and outputs are as light: a row with one element
 * child is that child, and a row that is `<math>`'s only child is `<math>`'s row itself. Screen
 * readers and the layout get the same formula with fewer elements.
 */
function lean(math: MathNode): MathNode {
  math.children = leanChildren(math.children ?? [], true);
  const [only] = math.children;
  if (math.children.length === 1 && isPlainRow(only)) math.children = only.children ?? [];
  return math;
}
