import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every HTML page of a built site, as URL paths below the base (`/`, `/lessons/the-neuron/`).
 * Reading the build output, not a hand-kept list, means a new page is checked the day it appears.
 */
export function builtPages(outDir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(outDir, path).replace(/\\/g, '/');
        pages.push('/' + rel.replace(/index\.html$/, ''));
      }
    }
  };
  walk(outDir);
  return pages.sort();
}
