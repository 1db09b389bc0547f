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

const explicitOperator = (node: MathNode | undefined) =>
  node?.type === 'mo' && node.attributes?.form !== undefined;

/**
 * `children` with fragments opened, rows that change nothing replaced by their one child, and, when
 * `inRow`, a bracketed group's row (first and last children operators with a written `form`)
 * opened into the row around it.
 */
function leanChildren(children: MathNode[], inRow: boolean): MathNode[] {
  return children.flatMap((child): MathNode[] => {
    if (!child.children) return [child];
    child.children = leanChildren(child.children, child.type ? ROW_PARENTS.has(child.type) : inRow);
    if (!child.type) return child.children;
    const kids = child.children;
    const [only] = kids;
    if (isPlainRow(child) && kids.length === 1 && only.type) return [only];
    if (
      isPlainRow(child) &&
      inRow &&
      kids.length >= 2 &&
      explicitOperator(kids[0]) &&
      explicitOperator(kids[kids.length - 1])
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
