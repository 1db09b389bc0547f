import { describe, expect, it } from 'vitest';
import { addKatexFontPreloads, fontUrl } from '../../src/integrations/katex-font-preload';

const css =
  '@font-face{font-family:KaTeX_Main;src:url(/nn/_astro/KaTeX_Main-Regular.Ab12.woff2) format("woff2"),url(/nn/_astro/KaTeX_Main-Regular.Cd34.woff) format("woff")}' +
  '@font-face{font-family:KaTeX_Math;src:url(/nn/_astro/KaTeX_Math-Italic.Ef56.woff2) format("woff2")}';
const sheets: Record<string, string> = { '/nn/_astro/site.css': css };
const page = (body: string) =>
  `<head><link rel="stylesheet" href="/nn/_astro/print.css" media="print"><link rel="stylesheet" href="/nn/_astro/site.css"></head><body>${body}</body>`;
const math = '<span class="katex"><span class="mord mathnormal">x</span></span>';

describe('addKatexFontPreloads(html, cssOf)', () => {
  it('finds the woff2 file of a font in the stylesheet', () => {
    expect(fontUrl(css, 'KaTeX_Main-Regular')).toBe('/nn/_astro/KaTeX_Main-Regular.Ab12.woff2');
    expect(fontUrl(css, 'KaTeX_Size4-Regular')).toBeUndefined();
  });

  it('preloads the upright and italic fonts before the first screen stylesheet of a page with math', () => {
    const out = addKatexFontPreloads(page(math), (href) => sheets[href]);
    const preloads =
      '<link rel="preload" as="font" type="font/woff2" href="/nn/_astro/KaTeX_Main-Regular.Ab12.woff2" crossorigin>' +
      '<link rel="preload" as="font" type="font/woff2" href="/nn/_astro/KaTeX_Math-Italic.Ef56.woff2" crossorigin>';
    expect(out).toContain(
      `media="print">${preloads}<link rel="stylesheet" href="/nn/_astro/site.css">`,
    );
    expect(addKatexFontPreloads(out, (href) => sheets[href])).toBe(out);
  });

  it('preloads only the fonts the page uses, and nothing on a page without math', () => {
    const upright = addKatexFontPreloads(
      page('<span class="katex"><span class="mord">1</span></span>'),
      (href) => sheets[href],
    );
    expect(upright).toContain('KaTeX_Main-Regular');
    expect(upright).not.toContain('KaTeX_Math-Italic');
    expect(addKatexFontPreloads(page('<p>No math</p>'), (href) => sheets[href])).toBe(
      page('<p>No math</p>'),
    );
  });
});
