// Counts a built page's elements the way the browser builds its DOM with scripting on (a
// `<noscript>` is one element: its contents are text), split by what they belong to, so the
// element budget of test/e2e/page-weight.spec.ts can be spent where it buys the reader most.
//   node scripts/element-breakdown.mjs [folder=dist]   prints a table of every lesson
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';

/** The kinds an element is counted under, in the order the table prints them. */
export const KINDS = [
  'head',
  'chrome',
  'prose math',
  'code source',
  'cell output',
  'widget',
  'chart svg',
  'rest',
];

/** @param {any} node @param {string} name */
const hasClass = (node, name) => (node.properties?.className ?? []).includes(name);

/**
 * The kind a subtree counts under, decided at its outermost recognisable element: a formula inside
 * a widget counts for the widget, a chart inside a cell's output for the output.
 * @param {any} node
 * @returns {string | undefined}
 */
function kindOf(node) {
  const tag = node.tagName;
  if (tag === 'head') return 'head';
  if (tag === 'header' || hasClass(node, 'sidebar') || hasClass(node, 'right-sidebar-container'))
    return 'chrome';
  if (tag === 'footer' || hasClass(node, 'pagination-links') || tag === 'starlight-menu-button')
    return 'chrome';
  if (tag === 'astro-island') return 'widget';
  if (hasClass(node, 'expressive-code')) return 'code source';
  if (hasClass(node, 'nb-output')) return 'cell output';
  if (tag === 'math') return 'prose math';
  if (tag === 'svg') return 'chart svg';
  return undefined;
}

/**
 * Elements of `html` by kind, with `total` and, for widgets, how many of theirs are `svg`
 * subtrees (`widget svg`) and MathML (`widget math`).
 * @param {string} html
 * @returns {Record<string, number>}
 */
export function elementBreakdown(html) {
  /** @type {Record<string, number>} */
  const counts = Object.fromEntries(
    [...KINDS, 'total', 'widget svg', 'widget math'].map((k) => [k, 0]),
  );
  /** @param {any} node @param {string} kind @param {string | undefined} inner */
  const walk = (node, kind, inner) => {
    if (node.type === 'element') {
      const own = kind === 'rest' ? (kindOf(node) ?? 'rest') : kind;
      if (
        own === 'widget' &&
        inner === undefined &&
        (node.tagName === 'svg' || node.tagName === 'math')
      )
        inner = `widget ${node.tagName}`;
      counts[own] += 1;
      counts.total += 1;
      if (inner) counts[inner] += 1;
      if (node.tagName === 'noscript') return;
      kind = own;
    }
    for (const child of node.children ?? []) walk(child, kind, inner);
  };
  walk(fromHtml(html), 'rest', undefined);
  return counts;
}

/** Every built lesson's breakdown, by URL path. @param {string} outDir */
export function lessonBreakdowns(outDir = 'dist') {
  const dir = join(outDir, 'lessons');
  return readdirSync(dir)
    .sort()
    .map((slug) => ({
      path: `/lessons/${slug}/`,
      counts: elementBreakdown(readFileSync(join(dir, slug, 'index.html'), 'utf8')),
    }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const columns = ['total', ...KINDS, 'widget svg', 'widget math'];
  const rows = lessonBreakdowns(process.argv[2] ?? 'dist').map(({ path, counts }) => [
    path.replace(/^\/lessons\/|\/$/g, ''),
    ...columns.map((c) => String(counts[c])),
  ]);
  const table = [['lesson', ...columns], ...rows];
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const row of table)
    console.log(
      row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '),
    );
}
