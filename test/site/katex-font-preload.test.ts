import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addKatexFontPreloads,
  fontsUsed,
  katexFontFaces,
  katexFontRules,
} from '../../src/integrations/katex-font-preload';

// KaTeX's real stylesheet, with its font URLs moved where the build puts them.
const katexCss = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8').replace(
  /url\(fonts\/([\w-]+)\.(woff2?|ttf)\)/g,
  'url(/nn/_astro/$1.h4sh.$2)',
);
const url = (font: string) => `/nn/_astro/${font}.h4sh.woff2`;
const sheets: Record<string, string> = { '/nn/_astro/site.css': katexCss };
const page = (body: string) =>
  `<head><link rel="stylesheet" href="/nn/_astro/print.css" media="print"><link rel="stylesheet" href="/nn/_astro/site.css"></head><body>${body}</body>`;
const katex = (inner: string) =>
  `<span class="katex"><span class="katex-mathml"><math><mi>x</mi></math></span><span class="katex-html">${inner}</span></span>`;
const italicX = '<span class="mord mathnormal">x</span>';
const bigParen = '<span class="delimsizing size1">(</span>';
const sum = '<span class="mop op-symbol large-op">∑</span>';

describe('KaTeX font preloads', () => {
  it('reads every woff2 face of KaTeX with its family, style and weight', () => {
    const faces = katexFontFaces(katexCss);
    expect(faces).toContainEqual({
      family: 'KaTeX_Math',
      style: 'italic',
      weight: '400',
      url: url('KaTeX_Math-Italic'),
    });
    expect(faces).toContainEqual({
      family: 'KaTeX_Main',
      style: 'normal',
      weight: '700',
      url: url('KaTeX_Main-Bold'),
    });
    expect(faces.length).toBe(20);
  });

  it("reads KaTeX's font-choosing rules from its stylesheet", () => {
    const rules = katexFontRules(katexCss);
    expect(rules).toContainEqual({
      classes: ['delimsizing', 'size1'],
      onParent: false,
      family: 'KaTeX_Size1',
      style: 'normal',
      weight: '400',
    });
    expect(rules).toContainEqual({
      classes: ['delim-size4'],
      onParent: true,
      family: 'KaTeX_Size4',
      style: 'normal',
      weight: '400',
    });
    // \textbf only sets the weight: the family stays KaTeX_Main.
    expect(rules).toContainEqual({
      classes: ['textbf'],
      onParent: false,
      family: 'KaTeX_Main',
      style: 'normal',
      weight: '700',
    });
  });

  it('lists the fonts drawn at load, in the stylesheet order, and none without math', () => {
    expect(fontsUsed(page(katex(`${italicX}${bigParen}${sum}`)), katexCss)).toEqual([
      url('KaTeX_Main-Regular'),
      url('KaTeX_Math-Italic'),
      url('KaTeX_Size1-Regular'),
      url('KaTeX_Size2-Regular'),
    ]);
    expect(fontsUsed(page(katex('<span class="mord">1</span>')), katexCss)).toEqual([
      url('KaTeX_Main-Regular'),
    ]);
    expect(fontsUsed(page('<p>No math</p>'), katexCss)).toEqual([]);
  });

  it('skips markup that is not drawn at load: hidden, closed details, instructor notes, the MathML copy', () => {
    const hiddenSum = [
      `<div hidden>${katex(sum)}</div>`,
      `<details><summary>${katex(italicX)}</summary><p>${katex(bigParen)}</p></details>`,
      `<aside data-instructor-note>${katex(sum)}</aside>`,
      '<span class="katex"><span class="katex-mathml"><span class="delimsizing size1">(</span></span></span>',
    ].join('');
    expect(fontsUsed(page(hiddenSum), katexCss)).toEqual([
      url('KaTeX_Main-Regular'),
      url('KaTeX_Math-Italic'),
    ]);
    // An open <details> is drawn.
    expect(
      fontsUsed(page(`<details open><p>${katex(bigParen)}</p></details>`), katexCss),
    ).toContain(url('KaTeX_Size1-Regular'));
  });

  it('inserts the preloads before the first screen stylesheet, once', () => {
    const out = addKatexFontPreloads(page(katex(italicX)), (href) => sheets[href]);
    const preloads =
      `<link rel="preload" as="font" type="font/woff2" href="${url('KaTeX_Main-Regular')}" crossorigin>` +
      `<link rel="preload" as="font" type="font/woff2" href="${url('KaTeX_Math-Italic')}" crossorigin>`;
    expect(out).toContain(
      `media="print">${preloads}<link rel="stylesheet" href="/nn/_astro/site.css">`,
    );
    expect(addKatexFontPreloads(out, (href) => sheets[href])).toBe(out);
    expect(addKatexFontPreloads(page('<p>No math</p>'), (href) => sheets[href])).toBe(
      page('<p>No math</p>'),
    );
  });
});
