import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The KaTeX fonts that nearly every formula uses (upright text and italic letters), each with the
 * class in KaTeX's markup that proves a page needs it. The rarer fonts (big delimiters, bold) load
 * as the browser finds them: preloading a font a page does not use would waste the download and
 * earn a console warning.
 */
const COMMON_FONTS = [
  { file: 'KaTeX_Main-Regular', usedWhen: 'class="katex"' },
  { file: 'KaTeX_Math-Italic', usedWhen: 'mathnormal' },
] as const;

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")[^>]*>/g;

/** The woff2 URL of `font` as the stylesheet `css` refers to it, e.g. `/_astro/KaTeX_Main-Regular.B2.woff2`. */
export function fontUrl(css: string, font: string): string | undefined {
  return css.match(new RegExp(`url\\(([^)]*/${font}\\.[^)]*\\.woff2)\\)`))?.[1];
}

/**
 * Adds `<link rel="preload">` for the common KaTeX fonts a page uses, just before its first
 * stylesheet. Without it the browser finds the fonts only after it has styled and laid out the
 * whole page, and lays all of KaTeX's markup out again when they arrive (with `font-display: block`
 * the formulas are invisible until then). `cssOf` returns the text of a stylesheet by its href.
 */
export function addKatexFontPreloads(
  html: string,
  cssOf: (href: string) => string | undefined,
): string {
  if (!html.includes('class="katex"') || html.includes('rel="preload" as="font"')) return html;
  const sheets = [...html.matchAll(STYLESHEET)];
  if (sheets.length === 0) return html;
  const css = sheets.map(([, href]) => cssOf(href) ?? '').join('\n');
  const links = COMMON_FONTS.filter(({ usedWhen }) => html.includes(usedWhen))
    .map(({ file }) => fontUrl(css, file))
    .filter((url) => url !== undefined)
    .map((url) => `<link rel="preload" as="font" type="font/woff2" href="${url}" crossorigin>`);
  const first = sheets[0].index;
  return html.slice(0, first) + links.join('') + html.slice(first);
}

/** Preloads the common KaTeX fonts on every built page that has math (see `addKatexFontPreloads`). */
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
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        const files = entries
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name));
        const sheets = new Map<string, string | undefined>();
        const cssOf = (href: string) => sheets.get(href);
        let changed = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          for (const [, href] of html.matchAll(STYLESHEET)) {
            if (!sheets.has(href) && href.startsWith(base)) {
              sheets.set(
                href,
                await readFile(join(root, href.slice(base.length)), 'utf8').catch(() => undefined),
              );
            }
          }
          const updated = addKatexFontPreloads(html, cssOf);
          if (updated !== html) {
            await writeFile(file, updated);
            changed += 1;
          }
        }
        logger.info(`preloaded KaTeX's common fonts in ${changed} of ${files.length} pages`);
      },
    },
  };
}
