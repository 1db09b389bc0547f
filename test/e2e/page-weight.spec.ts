import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { builtPages } from './site-pages';

/**
 * Read from `dist/` alone (no browser, no timing), so the figures are the same on every machine:
 * each lesson's element count as the browser builds its DOM from the HTML (`<template>` and
 * `<noscript>` contents are not in the document), and the JavaScript it runs before the reader scrolls or touches
 * anything (module scripts, inline scripts and every chunk they import statically, gzipped). Widgets
 * hydrate on sight and the editor and heavy libraries load on first use, so they are not counted.
 * Lighthouse warns above 800 elements and errs above 1,400; these budgets keep every lesson fast
 * on a phone (see `npm run lighthouse` for the timings).
 */
const MAX_ELEMENTS = 1500;
const FIRST_LOAD_JS_BUDGET = 50 * 1024;
/**
 * Lessons not yet under MAX_ELEMENTS since their formulas became MathML alone, with instructor
 * notes, long outputs, widgets' step lists and some worked examples folded (src/lib/fold/): what
 * remains is mostly prose formulas, code cells' highlighted source and the XOR widget's chart. Each ceiling is the lesson's count when it was set, rounded up to the next 50: it stops the
 * lesson growing further. Lower an entry when a lesson gets lighter; delete it once the lesson fits.
 */
const OVER_BUDGET: Record<string, number> = {
  '/lessons/activation-functions/': 2150,
  '/lessons/logic-gates/': 2000,
  '/lessons/the-xor-problem/': 2700,
  '/lessons/gradient-descent/': 2150,
  '/lessons/forward-and-backpropagation/': 2550,
};

const lessons = builtPages('dist').filter((path) => path.startsWith('/lessons/'));
const html = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');

/**
 * Elements in the document the browser builds from `html` with scripting on: the contents of a
 * `<noscript>` are then raw text (a fold's store, see src/lib/fold/), though `fromHtml` parses
 * them as elements, as a browser without scripting does.
 */
function elementCount(html: string): number {
  const count = (node: Root | RootContent): number =>
    node.type === 'element' && node.tagName === 'noscript'
      ? 1
      : (node.type === 'element' ? 1 : 0) +
        ('children' in node ? node.children.reduce((sum, child) => sum + count(child), 0) : 0);
  return count(fromHtml(html));
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/** The gzipped bytes of the JavaScript a page runs at load, each file counted once. */
function firstLoadJs(page: string): { bytes: number; files: string[] } {
  const seen = new Set<string>();
  let bytes = 0;
  const follow = (code: string, from: string) => {
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      const file = spec.startsWith('/') ? join('dist', spec) : join(from, spec);
      if (seen.has(file)) continue;
      seen.add(file);
      const chunk = readFileSync(file, 'utf8');
      bytes += gzipSync(chunk, { level: 9 }).length;
      follow(chunk, dirname(file));
    }
  };
  const tree = fromHtml(page);
  const scripts: Element[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'script') scripts.push(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  for (const script of scripts) {
    const type = String(script.properties.type ?? '');
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = script.properties.src;
    if (typeof src === 'string') {
      follow(`import "${src}";`, 'dist');
    } else {
      const code = script.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      bytes += gzipSync(code, { level: 9 }).length;
      follow(code, 'dist');
    }
  }
  return { bytes, files: [...seen] };
}

test('every lesson was built', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(9);
});

for (const path of lessons) {
  const maxElements = OVER_BUDGET[path] ?? MAX_ELEMENTS;
  test(`${path} has at most ${maxElements} elements at load`, () => {
    expect(elementCount(html(path))).toBeLessThanOrEqual(maxElements);
  });

  test(`${path} runs at most ${FIRST_LOAD_JS_BUDGET / 1024} KB of gzipped JavaScript at load`, () => {
    const { bytes, files } = firstLoadJs(html(path));
    expect(files.length).toBeGreaterThan(0);
    expect(bytes, files.join('\n')).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET);
  });
}
