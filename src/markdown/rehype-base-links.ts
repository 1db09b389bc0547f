import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Lessons link to each other with site-absolute paths (`/lessons/the-neuron/`). When the site is
 * served below a sub-path (Astro's `base`, as on a project's GitHub Pages), those links must carry
 * the base too; this plugin prefixes it so authors never have to.
 */
export default function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!base) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string') return;
      if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${base}/`)) {
        node.properties.href = base + href;
      }
    });
  };
}
