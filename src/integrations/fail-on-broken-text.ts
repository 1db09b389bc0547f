import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { htmlFiles } from './rewrite-built-pages';

/** Elements whose text is code, data or typeset math, not prose a reader takes at its word. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'code',
  'pre',
  'textarea',
  'template',
  'noscript',
  'math',
]);
const SKIP_CLASSES = ['expressive-code', 'cell', 'nn-cell'];

/** What a value computed into a page's text must never print. */
const BROKEN = /\b(undefined|NaN)\b|\[object Object\]/;

function skipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  const cls = el.properties.className;
  const classes = Array.isArray(cls) ? cls.map(String) : [];
  return classes.some((c) => SKIP_CLASSES.includes(c));
}

/**
 * The prose of a built page that prints a broken computed value: a lesson's `{expression}` (a
 * number from the engine in a sentence) is evaluated when the page renders, after the Markdown
 * checks have run, so the built HTML is where `undefined` or `NaN` would show. Returns each with
 * some text around it.
 */
export function brokenText(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'element' && skipped(node)) return;
    if (node.type === 'text') {
      const m = BROKEN.exec(node.value);
      if (m) found.push(node.value.trim().slice(Math.max(0, m.index - 40), m.index + 40));
      return;
    }
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(fromHtml(html));
  return found;
}

/** Fails the build when a page's prose prints `undefined`, `NaN` or `[object Object]`. */
export default function failOnBrokenText(): AstroIntegration {
  return {
    name: 'neural-notebook:fail-on-broken-text',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const problems: string[] = [];
        const files = await htmlFiles(root);
        for (const file of files) {
          for (const text of brokenText(await readFile(file, 'utf8')))
            problems.push(`${relative(root, file)}: "${text}"`);
        }
        if (problems.length)
          throw new Error(`Pages print a broken value:\n  ${problems.join('\n  ')}`);
        logger.info(`no undefined or NaN in the text of ${files.length} pages`);
      },
    },
  };
}
