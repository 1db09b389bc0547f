import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { rewriteBuiltPages } from './rewrite-built-pages';

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")[^>]*>/g;

/** The family `src/styles/math.css` gives the site's OpenType math font. */
export const MATH_FAMILY = 'NN Latin Modern Math';

/** The woff2 URL of the math font's `@font-face` in a (minified) stylesheet, if it declares one. */
export function mathFontUrl(css: string): string | undefined {
  for (const [, block] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const family = block
      .match(/font-family:\s*([^;]+)/)?.[1]
      ?.trim()
      .replace(/^["'](.*)["']$/, '$1');
    if (family !== MATH_FAMILY) continue;
    return block.match(/url\(\s*["']?([^)"']*\.woff2)["']?\s*\)/)?.[1];
  }
  return undefined;
}

/**
 * Whether a page draws a formula when it loads: a `<math>` element that is not inside `hidden`
 * markup, a closed `<details>` (but for its summary), an instructor note or a `<template>`.
 * Formulas that only appear later fetch the font when they do: preloading a font the page does not
 * draw within a few seconds wastes the download and earns a console warning.
 */
export function drawsMathAtLoad(html: string): boolean {
  if (!html.includes('<math')) return false;
  const visit = (node: Root | Element): boolean => {
    const closed = node.type === 'element' && node.tagName === 'details' && !node.properties.open;
    return node.children.some((child) => {
      if (child.type !== 'element' || !shownAtLoad(child)) return false;
      if (closed && child.tagName !== 'summary') return false;
      return child.tagName === 'math' || visit(child);
    });
  };
  return visit(fromHtml(html));
}

/** Whether an element's content is drawn when the page loads (before any script runs). */
function shownAtLoad(element: Element): boolean {
  const p = element.properties;
  if (p.hidden !== undefined && p.hidden !== false) return false;
  if (p.dataInstructorNote !== undefined) return false;
  return element.tagName !== 'template';
}

/**
 * Adds `<link rel="preload">` for the math font just before a page's first stylesheet, on pages
 * that draw a formula at load. Without it the browser finds the font only after it has styled and
 * laid out the page, then lays every formula out again when it arrives (and `font-display: block`
 * keeps formulas invisible until then). `cssOf` returns a stylesheet's text.
 */
export function addMathFontPreload(
  html: string,
  cssOf: (href: string) => string | undefined,
): string {
  if (html.includes('rel="preload" as="font"') || !drawsMathAtLoad(html)) return html;
  const sheets = [...html.matchAll(STYLESHEET)];
  const url = sheets.map(([, href]) => mathFontUrl(cssOf(href) ?? '')).find(Boolean);
  if (!url) return html;
  const first = sheets[0].index;
  const link = `<link rel="preload" as="font" type="font/woff2" href="${url}" crossorigin>`;
  return html.slice(0, first) + link + html.slice(first);
}

/** Preloads the math font on every built page that draws a formula at load (see `addMathFontPreload`). */
export default function mathFontPreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'neural-notebook:math-font-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const sheets = new Map<string, string | undefined>();
        const cssOf = (href: string) => sheets.get(href);
        const { changed, total } = await rewriteBuiltPages(root, async (html) => {
          for (const [, href] of html.matchAll(STYLESHEET)) {
            if (!sheets.has(href) && href.startsWith(base)) {
              sheets.set(
                href,
                await readFile(join(root, href.slice(base.length)), 'utf8').catch(() => undefined),
              );
            }
          }
          return addMathFontPreload(html, cssOf);
        });
        logger.info(`preloaded the math font in ${changed} of ${total} pages`);
      },
    },
  };
}
