import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { builtPages } from './site-pages';
import { elementBreakdown } from '../../scripts/element-breakdown.mjs';

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
/*
 * How the lessons fit: their formulas are lean MathML alone (rows that change nothing opened, bare
 * numbers and points as text); instructor notes, long outputs, widgets' step lists, the "Try this"
 * lists, some derivations and worked examples, the phone's table of contents and the sidebar's
 * closed groups are folded (src/lib/fold/, src/lib/toc/, src/lib/sidebar/), code cells are
 * highlighted as text with coloured runs, and charts drawn at build time have their ticks and grid
 * lines merged (src/lib/charts/lean-chart-svg.ts). A lesson that still grows past the budget is
 * split in two; `node scripts/element-breakdown.mjs` shows each lesson's elements by kind.
 */

const lessons = builtPages('dist').filter((path) => path.startsWith('/lessons/'));
const html = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');

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
  test(`${path} has at most ${MAX_ELEMENTS} elements at load`, () => {
    // Counted as the browser builds the DOM with scripting on: a `<noscript>` (a fold's store, see
    // src/lib/fold/) is one element, its contents text.
    const counts = elementBreakdown(html(path));
    expect(counts.total, JSON.stringify(counts)).toBeLessThanOrEqual(MAX_ELEMENTS);
  });

  test(`${path} runs at most ${FIRST_LOAD_JS_BUDGET / 1024} KB of gzipped JavaScript at load`, () => {
    const { bytes, files } = firstLoadJs(html(path));
    expect(files.length).toBeGreaterThan(0);
    expect(bytes, files.join('\n')).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET);
  });
}
