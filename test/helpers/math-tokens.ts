import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { MathToken } from '../../src/lib/math-font-coverage';

const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
const text = (node: RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';

/**
 * Every MathML token element in `html` (a page or a fragment), folded passages included: a fold
 * keeps its body as `<noscript>` text, which is parsed in turn.
 */
export function mathTokens(html: string): MathToken[] {
  const tokens: MathToken[] = [];
  const walk = (node: Root | RootContent, inMath: boolean) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (node.tagName === 'noscript') {
        walk(fromHtml(text(node), { fragment: true }), inMath);
        return;
      }
      if (inMath && TOKENS.has(node.tagName)) {
        const variant = node.properties.mathVariant ?? node.properties.mathvariant;
        tokens.push({
          element: node.tagName,
          mathvariant: variant === undefined ? undefined : String(variant),
          text: text(node),
        });
        return;
      }
      inMath ||= node.tagName === 'math';
    }
    for (const child of node.children) walk(child, inMath);
  };
  walk(fromHtml(html, { fragment: true }), false);
  return tokens;
}
