import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hexToRgb, rgbCss } from '../../src/lib/theme/theme-colours.svelte';
import { HEAT_PALETTE_VARIABLES } from '../../src/lib/playground/heatmap-colors';

const SOURCE = new URL('../../src/', import.meta.url).pathname;
const THEME = readFileSync(join(SOURCE, 'styles/theme.css'), 'utf8');

/** Every source file's text, by path. */
function sources(dir = SOURCE): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|svelte|astro|css|mdx)$/.test(entry.name)
      ? [[path, readFileSync(path, 'utf8')]]
      : [];
  });
}

/** The value `name` has in the theme's first rule (`:root`, which both themes start from). */
function rootValue(name: string): string | undefined {
  const root = THEME.slice(THEME.indexOf(':root {'), THEME.indexOf('}', THEME.indexOf(':root {')));
  return new RegExp(`${name}:\\s*([^;]+);`).exec(root)?.[1].trim();
}

describe('theme colours', () => {
  it("hexToRgb reads #rrggbb and the minifier's #rgb in either case; rgbCss writes rgb()", () => {
    expect(hexToRgb('--x', '#0877bd')).toEqual([8, 119, 189]);
    expect(hexToRgb('--x', '#F59322')).toEqual([245, 147, 34]);
    expect(hexToRgb('--x', '#a49')).toEqual([170, 68, 153]);
    expect(rgbCss([8, 119, 189])).toBe('rgb(8, 119, 189)');
  });

  it('a colour that is not opaque hex is named in the error, with where to fix it', () => {
    expect(() => hexToRgb('--nn-map-positive', 'rgba(8, 119, 189, 0.5)')).toThrow(
      '--nn-map-positive is "rgba(8, 119, 189, 0.5)": a colour painted pixel by pixel must be opaque, written #rrggbb in src/styles/theme.css.',
    );
    expect(() => hexToRgb('--nn-map-positive', '#0877bd80')).toThrow(/must be opaque/);
  });

  it('the heat maps read their colours from the theme, each #rrggbb', () => {
    const palette = Object.fromEntries(
      Object.entries(HEAT_PALETTE_VARIABLES).map(([key, name]) => [
        key,
        hexToRgb(name, rootValue(name) ?? ''),
      ]),
    );
    expect(palette).toEqual({
      negative: [245, 147, 34],
      neutral: [232, 234, 235],
      positive: [8, 119, 189],
      third: [170, 68, 153],
    });
  });

  it('every --nn- variable the site uses is defined somewhere in src/', () => {
    const files = sources();
    const defined = new Set(
      files.flatMap(([, text]) => [...text.matchAll(/(--nn-[\w-]+)\s*:/g)].map((m) => m[1])),
    );
    const missing = files.flatMap(([path, text]) =>
      [...text.matchAll(/(--nn-[\w-]*\w)(?!\s*:)(?![\w-])/g)]
        .map((m) => m[1])
        .filter((name) => !defined.has(name))
        .map((name) => `${name} in ${path.slice(SOURCE.length)}`),
    );
    expect(missing).toEqual([]);
  });

  it('no colour is written as a hex literal in widget or playground code: the theme holds them', () => {
    const literal = /['"`]#[0-9a-f]{3}(?:[0-9a-f]{3})?['"`]/i;
    const offenders = sources()
      .filter(([path]) => /\/(widgets|components\/playground)\//.test(path))
      .filter(([path]) => !path.endsWith('.test.ts'))
      .filter(
        ([, text]) => literal.test(text) || /(?:^|[\s:(,])#[0-9a-f]{3,6}\b/im.test(styleOf(text)),
      )
      .map(([path]) => path.slice(SOURCE.length));
    expect(offenders).toEqual([]);
  });
});

/** A Svelte component's style block. */
function styleOf(text: string): string {
  return /<style[^>]*>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '';
}
