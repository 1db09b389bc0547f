import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rewriteBuiltPages } from './rewrite-built-pages';

const BODY_STYLESHEET = /<link rel="stylesheet" href="[^"]+"[^>]*>/g;

/**
 * Moves every `<link rel="stylesheet">` found in a page's body to the end of its head.
 *
 * Why: Expressive Code writes its stylesheet's link just before a page's first code block. A
 * stylesheet met in the body arrives after the browser has styled and laid out what came before
 * it, and this one sets custom properties on `:root`, so its arrival restyles every element of the
 * page (6,700 on lesson 9) and lays them out again. In the head it is applied with the others.
 */
export function hoistBodyStylesheets(html: string): string {
  const bodyStart = html.indexOf('<body');
  const headEnd = html.indexOf('</head>');
  if (bodyStart < 0 || headEnd < 0 || headEnd > bodyStart) return html;
  const body = html.slice(bodyStart);
  const links = body.match(BODY_STYLESHEET);
  if (!links) return html;
  const kept = [...new Set(links)].filter((link) => !html.slice(0, headEnd).includes(link));
  return (
    html.slice(0, headEnd) +
    kept.join('') +
    html.slice(headEnd, bodyStart) +
    body.replace(BODY_STYLESHEET, '')
  );
}

/** Applies `hoistBodyStylesheets` to every built page. */
export default function hoistStylesheets(): AstroIntegration {
  return {
    name: 'neural-notebook:hoist-stylesheets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { changed, total } = await rewriteBuiltPages(
          fileURLToPath(dir),
          hoistBodyStylesheets,
        );
        logger.info(`moved body stylesheets into the head in ${changed} of ${total} pages`);
      },
    },
  };
}
