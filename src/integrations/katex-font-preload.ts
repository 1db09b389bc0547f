import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { rewriteBuiltPages } from './rewrite-built-pages';

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")[^>]*>/g;

/** One KaTeX font file: its family, style and weight as `@font-face` declares them. */
interface KatexFace {
  family: string;
  style: string;
  weight: string;
  url: string;
}

/** A KaTeX rule that picks a font: the classes an element (or its parent, for `x > span`) needs. */
interface FontRule {
  classes: string[];
  onParent: boolean;
  family: string;
  style: string;
  weight: string;
}

/** A declaration's value in a minified CSS block, without quotes: `font-family:"KaTeX_X"` -> `KaTeX_X`. */
const declaration = (block: string, name: string) =>
  block
    .match(new RegExp(`(?:^|;)${name}:([^;]+)`))?.[1]
    ?.trim()
    .replace(/^"(.*)"$/, '$1');
const normalWeight = (weight: string | undefined) =>
  weight === undefined || weight === 'normal' ? '400' : weight === 'bold' ? '700' : weight;

/** The woff2 file of every KaTeX `@font-face` in `css`. */
export function katexFontFaces(css: string): KatexFace[] {
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].flatMap(([, block]) => {
    const family = declaration(block, 'font-family');
    const url = block.match(/url\(([^)]*\.woff2)\)/)?.[1];
    if (!family?.startsWith('KaTeX_') || !url) return [];
    return [
      {
        family,
        style: declaration(block, 'font-style') ?? 'normal',
        weight: normalWeight(declaration(block, 'font-weight')),
        url,
      },
    ];
  });
}

/**
 * KaTeX's rules that choose a font family, style or weight, read from its stylesheet (so a new
 * KaTeX version brings its own): `.katex .delimsizing.size1{font-family:KaTeX_Size1}` means an
 * element with the classes `delimsizing` and `size1` draws its glyphs in KaTeX_Size1.
 */
export function katexFontRules(css: string): FontRule[] {
  const rules: FontRule[] = [];
  for (const [, selectors, block] of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    if (!selectors.includes('.katex ')) continue;
    const family = declaration(block, 'font-family');
    const style = declaration(block, 'font-style');
    const weight = declaration(block, 'font-weight');
    // A rule that sets only the style or weight keeps KaTeX's upright family, KaTeX_Main.
    if (!(
      family?.startsWith('KaTeX_') ||
      (!family && (style === 'italic' || weight !== undefined))
    ))
      continue;
    for (const selector of selectors.split(',')) {
      const compounds = selector.trim().split(/\s*[ >]\s*/);
      const last = compounds.at(-1) ?? '';
      const onParent = !last.includes('.') && compounds.length > 1;
      const target = onParent ? compounds.at(-2)! : last;
      const classes = [...target.matchAll(/\.([\w-]+)/g)].map(([, name]) => name);
      if (classes.length === 0 || classes.includes('katex')) continue;
      rules.push({
        classes,
        onParent,
        family: family ?? 'KaTeX_Main',
        style: style ?? 'normal',
        weight: normalWeight(weight),
      });
    }
  }
  return rules;
}

/**
 * The KaTeX fonts a page's markup draws with when it loads: KaTeX_Main for every formula, and
 * each font whose rule matches an element that is shown at load (not inside `hidden`, a closed
 * `<details>`, an instructor note, or KaTeX's MathML copy, which the browser draws in its own math
 * font). Fonts that only widgets' later renders use are left to load when asked for: preloading a
 * font the page does not draw within a few seconds wastes the download and earns a console warning.
 */
export function fontsUsed(html: string, css: string): string[] {
  if (!html.includes('class="katex"')) return [];
  const faces = katexFontFaces(css);
  const rules = katexFontRules(css);
  const used = new Set<KatexFace>();
  const face = (family: string, style: string, weight: string) =>
    faces.find((f) => f.family === family && f.style === style && f.weight === weight);
  const main = face('KaTeX_Main', 'normal', '400');
  if (main) used.add(main);
  const visit = (node: Root | Element, parentClasses: string[]) => {
    const closed = node.type === 'element' && node.tagName === 'details' && !node.properties.open;
    for (const child of node.children) {
      if (child.type !== 'element' || !shownAtLoad(child)) continue;
      if (closed && child.tagName !== 'summary') continue;
      const classes = classList(child);
      for (const rule of rules) {
        const have = rule.onParent ? parentClasses : classes;
        if (!rule.classes.every((name) => have.includes(name))) continue;
        const found = face(rule.family, rule.style, rule.weight);
        if (found) used.add(found);
      }
      visit(child, classes);
    }
  };
  visit(fromHtml(html), []);
  return faces.filter((f) => used.has(f)).map((f) => f.url);
}

const classList = (element: Element) => {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

/** Whether an element's content is drawn when the page loads (before any script runs). */
function shownAtLoad(element: Element): boolean {
  const p = element.properties;
  if (p.hidden !== undefined && p.hidden !== false) return false;
  if (p.dataInstructorNote !== undefined) return false;
  if (element.tagName === 'template' || element.tagName === 'math') return false;
  if (classList(element).includes('katex-mathml')) return false;
  return true;
}

/**
 * Adds `<link rel="preload">` for the KaTeX fonts a page draws with (see `fontsUsed`), just before
 * its first stylesheet. Without it the browser finds each font only after it has styled and laid
 * out the page, and styles and lays out all of KaTeX's markup again when each one arrives (with
 * `font-display: block` the formulas are invisible until then). `cssOf` returns a stylesheet's text.
 */
export function addKatexFontPreloads(
  html: string,
  cssOf: (href: string) => string | undefined,
): string {
  if (!html.includes('class="katex"') || html.includes('rel="preload" as="font"')) return html;
  const sheets = [...html.matchAll(STYLESHEET)];
  if (sheets.length === 0) return html;
  const css = sheets.map(([, href]) => cssOf(href) ?? '').join('\n');
  const links = fontsUsed(html, css).map(
    (url) => `<link rel="preload" as="font" type="font/woff2" href="${url}" crossorigin>`,
  );
  const first = sheets[0].index;
  return html.slice(0, first) + links.join('') + html.slice(first);
}

/** Preloads the KaTeX fonts of every built page that has math (see `addKatexFontPreloads`). */
export default function katexFontPreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'neural-notebook:katex-font-preload',
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
          return addKatexFontPreloads(html, cssOf);
        });
        logger.info(`preloaded KaTeX's fonts in ${changed} of ${total} pages`);
      },
    },
  };
}
