import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { rewriteBuiltPages } from './rewrite-built-pages';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The CSP source expression that allows exactly this inline script, e.g. `'sha256-...'`. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * Adds the hash of every inline script in `html` that its Content-Security-Policy meta tag does not
 * already allow to that tag's `script-src`. Returns the page unchanged when it has no such tag.
 */
export function addInlineScriptHashes(html: string): string {
  const meta = html.match(CSP_META);
  if (!meta) return html;
  const policy = meta[2];
  const missing = new Set<string>();
  for (const [, source] of html.matchAll(INLINE_SCRIPT)) {
    if (!source.trim()) continue;
    const hash = scriptHash(source);
    if (!policy.includes(hash)) missing.add(hash);
  }
  if (missing.size === 0) return html;
  const extra = [...missing].join(' ');
  const updated = policy.replace(
    /script-src ([^;]*)/,
    (_all, sources: string) => `script-src ${sources.trim()} ${extra}`,
  );
  return html.replace(
    CSP_META,
    (_all, start: string, _old: string, end: string) => start + updated + end,
  );
}

/**
 * Astro's CSP hashes the scripts it bundles, but not scripts written `is:inline`, and Starlight
 * writes several (the theme picker, the sidebar state). Rather than loosen `script-src` with
 * 'unsafe-inline', this integration hashes each of those after the build and allows exactly them.
 */
export default function cspInlineHashes(): AstroIntegration {
  return {
    name: 'neural-notebook:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { changed, total } = await rewriteBuiltPages(
          fileURLToPath(dir),
          addInlineScriptHashes,
        );
        logger.info(`allowed Starlight's inline scripts by hash in ${changed} of ${total} pages`);
      },
    },
  };
}
