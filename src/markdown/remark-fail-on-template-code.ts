import type { Root, Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * MDX does not evaluate `{...}` inside `$...$`: `$g = {formatNumber(x)}$` typesets the code
 * itself. This plugin, placed after remark-math, fails the build on what a reader must never see,
 * naming the file and line of each:
 *
 * - a formula holding template code: `{name` where `name` is an identifier the lesson imports or
 *   declares in its ESM (LaTeX braces hold `{\frac`, `{x}`, `{(l)}`, never a lesson's variable,
 *   since a lesson's variables have names like `formatNumber`, `q`, `hidden`; a one-letter
 *   identifier counts only when followed by `.`, `(` or `[`, as code would be);
 * - `undefined` or `NaN` in a formula or in the page's text;
 * - an unrendered `$` (a formula that lost its other half) or a literal `{` or `}` in the text.
 *
 * Values computed at render time are checked where they are made: `<Tex>` throws on
 * undefined/NaN, and the rest of a lesson's numbers go through the engine's `formatNumber`.
 */
export default function remarkFailOnTemplateCode() {
  return (tree: Root, file: VFile) => {
    const names = declaredNames(tree);
    const problems: string[] = [];
    const where = (node: Nodes) => `${file.path}:${node.position?.start.line ?? '?'}`;
    visit(tree, (node: Nodes) => {
      if (node.type === 'inlineMath' || node.type === 'math') {
        const code = templateCode(node.value, names);
        if (code) problems.push(`${where(node)}: template code ${code} inside a formula`);
        const broken = /\b(undefined|NaN)\b/.exec(node.value);
        if (broken) problems.push(`${where(node)}: "${broken[1]}" inside a formula`);
      } else if (node.type === 'text') {
        const broken = /\b(undefined|NaN)\b/.exec(node.value);
        if (broken) problems.push(`${where(node)}: "${broken[1]}" in the text`);
        const stray = /[$]|[{}]/.exec(node.value);
        if (stray) {
          const what = stray[0] === '$' ? 'an unrendered $' : `an unrendered ${stray[0]}`;
          problems.push(`${where(node)}: ${what} in the text: "${node.value.trim().slice(0, 60)}"`);
        }
      }
    });
    if (problems.length) {
      throw new Error(
        `Template code or broken values in ${file.path}:\n  ${problems.join('\n  ')}`,
      );
    }
  };
}

/** `{name` in a formula where `name` is one of the lesson's identifiers, or undefined. */
export function templateCode(latex: string, names: ReadonlySet<string>): string | undefined {
  for (const m of latex.matchAll(/\{\s*([A-Za-z_$][\w$]*)\s*([.([]?)/g)) {
    const [whole, name, next] = m;
    if (!names.has(name)) continue;
    // `{x}` or `{b}` in LaTeX is a group holding one letter; code would go on with . ( or [.
    if (name.length === 1 && !next) continue;
    return `"${whole.trim()}..."`;
  }
  return undefined;
}

interface EsmNode {
  type: 'mdxjsEsm';
  data?: { estree?: { body: EstreeStatement[] } };
}
interface EstreeStatement {
  type: string;
  specifiers?: { local: { name: string } }[];
  declaration?: EstreeStatement | null;
  declarations?: { id: EstreePattern }[];
  id?: { name: string } | null;
}
interface EstreePattern {
  type: string;
  name?: string;
  properties?: { value?: EstreePattern; argument?: EstreePattern }[];
  elements?: (EstreePattern | null)[];
  left?: EstreePattern;
  argument?: EstreePattern;
}

/** Every name the document's import and export statements bind (read from their estree ASTs). */
export function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>();
  const bind = (p: EstreePattern | null | undefined): void => {
    if (!p) return;
    if (p.type === 'Identifier' && p.name) names.add(p.name);
    else if (p.type === 'ObjectPattern') p.properties?.forEach((q) => bind(q.value ?? q.argument));
    else if (p.type === 'ArrayPattern') p.elements?.forEach(bind);
    else if (p.type === 'AssignmentPattern') bind(p.left);
    else if (p.type === 'RestElement') bind(p.argument);
  };
  const statement = (s: EstreeStatement): void => {
    if (s.type === 'ImportDeclaration') s.specifiers?.forEach((x) => names.add(x.local.name));
    else if (s.type === 'ExportNamedDeclaration' && s.declaration) statement(s.declaration);
    else if (s.type === 'VariableDeclaration') s.declarations?.forEach((d) => bind(d.id));
    else if ((s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration') && s.id)
      names.add(s.id.name);
  };
  visit(tree, 'mdxjsEsm', (node: unknown) => {
    (node as EsmNode).data?.estree?.body.forEach(statement);
  });
  return names;
}
