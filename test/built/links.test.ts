import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './built-files';

/**
 * Every link on every built page goes somewhere: a page or file of the site, and an element with
 * the link's #id on it. Checked on the built HTML, because a build step that rewrites links (the
 * notebook export reads the same Markdown tree the page is rendered from) can break them all
 * without any page failing to build.
 */

const SITES = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-sub-path', base: '/neural-notebook/' },
];
const ORIGIN = 'http://site.test';
/** Unicode's private-use area: build-time markers that must never reach a page. */
const PRIVATE_USE = /[\uE000-\uF8FF]/;

/** The address a built file is served at: `dist/lessons/x/index.html` -> `/lessons/x/`. */
function addressOf(dir: string, base: string, file: string): string {
  return base + relative(dir, file).replace(/(^|\/)index\.html$/, '$1');
}

/** The built file an address is served from, or null. */
function fileOf(dir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const path = join(dir, decodeURIComponent(pathname.slice(base.length)));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
    idsCache.set(file, ids);
  }
  return ids;
}

describe.each(SITES)('$dir/', ({ dir, base }) => {
  it('every link leads to a built page or file, and to an element with its #id', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of filesUnder(dir)) {
      if (!file.endsWith('.html')) continue;
      const page = addressOf(dir, base, file);
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      // Links inside <template> (an island's slot before hydration) are links too.
      const anchors = [
        ...document.querySelectorAll('a[href]'),
        ...[...document.querySelectorAll('template')].flatMap((t) => [
          ...t.content.querySelectorAll('a[href]'),
        ]),
      ];
      for (const a of anchors) {
        const href = a.getAttribute('href')!;
        const say = (why: string) =>
          broken.push(`${page}: "${a.textContent?.trim()}" -> ${href}: ${why}`);
        checked++;
        if (PRIVATE_USE.test(decodeURIComponent(href))) {
          say('contains a build-time marker');
          continue;
        }
        const url = new URL(href, ORIGIN + page);
        if (url.origin !== ORIGIN) continue;
        const target = fileOf(dir, base, url.pathname);
        if (!target) {
          say('no such page or file');
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.endsWith('.html') && !idsOf(target).has(id))
          say(`no element with id "${id}"`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
