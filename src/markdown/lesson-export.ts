import type { Root } from 'mdast';
import { parse } from 'acorn';

/**
 * Appends `code` (an `export const ...`) to a lesson's module, after the lesson's own exports so
 * that its expressions can read the constants they declare.
 */
export function appendExport(tree: Root, code: string): void {
  const estree = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  tree.children.push({ type: 'mdxjsEsm', value: code, data: { estree: estree as never } } as never);
}
