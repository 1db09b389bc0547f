/**
 * Build-time half of a fold (see `folds.ts`): the body's HTML goes inside `<noscript>`, which a
 * browser with scripting on keeps as raw text (no elements until a reader opens the fold) and a
 * browser without it renders as ordinary markup. Scripts and islands inside would never run once
 * the text is turned back into elements, and a nested `<noscript>` would end the store early, so
 * the build fails on them instead.
 */
import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const FORBIDDEN = [
  { pattern: /<script[\s>]/i, what: 'a <script>' },
  { pattern: /<astro-island[\s>]/i, what: 'a hydrated component (astro-island)' },
  { pattern: /<\/?noscript[\s>]/i, what: 'a <noscript>' },
];

/** Why `html` cannot be folded, or null when it can. */
export function foldProblem(html: string): string | null {
  const found = FORBIDDEN.find(({ pattern }) => pattern.test(html));
  return found ? `it holds ${found.what}, which would not work once the fold is opened` : null;
}

/** Throws a build error naming `where` when `html` cannot go inside a fold. */
export function assertFoldable(html: string, where: string): void {
  const problem = foldProblem(html);
  if (problem) throw new Error(`${where} cannot be folded: ${problem}. Move it out of the fold.`);
}

/** `html` as a fold's store: `<noscript>` around it, after checking that it can be folded. */
export function foldStore(html: string, where: string): string {
  assertFoldable(html, where);
  return `<noscript>${html}</noscript>`;
}

/** A stable id for a fold, from what it holds (the same build gives the same page). */
export function foldId(content: string): string {
  return `fold-${createHash('sha256').update(content).digest('hex').slice(0, 10)}`;
}

/**
 * The words of `html` for the site search: Pagefind skips `<noscript>`, so a fold's body carries
 * its text in an attribute that Pagefind indexes (`data-pagefind-index-attrs`), adding no element.
 * A formula's TeX annotation is left out, as the page's own text leaves it out.
 */
export function foldText(html: string): string {
  const words: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') words.push(node.value);
    else if (node.type === 'element' && node.tagName === 'annotation') return;
    if ('children' in node) node.children.forEach(walk);
    if (node.type === 'element' && /^(p|li|h\d|td|th|div|tr|math)$/.test(node.tagName))
      words.push(' ');
  };
  walk(fromHtml(html, { fragment: true }));
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** The attributes of a fold's body element: its store (as HTML) and its text for the search. */
export function foldBody(html: string, where: string) {
  return {
    store: foldStore(html, where),
    attributes: { 'data-pagefind-index-attrs': 'data-fold-text', 'data-fold-text': foldText(html) },
  };
}
