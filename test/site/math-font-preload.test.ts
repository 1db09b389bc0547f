import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addMathFontPreload,
  drawsMathAtLoad,
  mathFontUrl,
} from '../../src/integrations/math-font-preload';

// The site's math stylesheet, with the font URL moved where the build puts it.
const mathCss = readFileSync('src/styles/math.css', 'utf8').replace(
  /url\('\.\.\/assets\/fonts\/latin-modern-math\.woff2'\)/,
  'url(/nn/_astro/latin-modern-math.h4sh.woff2)',
);
const fontUrl = '/nn/_astro/latin-modern-math.h4sh.woff2';
const sheets: Record<string, string> = { '/nn/_astro/site.css': mathCss };
const page = (body: string) =>
  `<head><link rel="stylesheet" href="/nn/_astro/print.css" media="print"><link rel="stylesheet" href="/nn/_astro/site.css"></head><body>${body}</body>`;
const formula = '<math><mi>x</mi></math>';

describe('math font preload', () => {
  it("reads the math font's woff2 URL from the stylesheet, minified or not", () => {
    expect(mathFontUrl(mathCss)).toBe(fontUrl);
    expect(
      mathFontUrl(
        `@font-face{font-family:"NN Latin Modern Math";src:url(${fontUrl}) format("woff2")}`,
      ),
    ).toBe(fontUrl);
    expect(mathFontUrl('@font-face{font-family:Other;src:url(/a.woff2)}')).toBeUndefined();
  });

  it('finds formulas drawn at load, not those hidden, in closed details, notes or templates', () => {
    expect(drawsMathAtLoad(page(`<p>${formula}</p>`))).toBe(true);
    expect(drawsMathAtLoad(page('<p>No math</p>'))).toBe(false);
    const notAtLoad = [
      `<div hidden>${formula}</div>`,
      `<details><summary>Why</summary><p>${formula}</p></details>`,
      `<aside data-instructor-note>${formula}</aside>`,
      `<template>${formula}</template>`,
    ];
    for (const body of notAtLoad) expect(drawsMathAtLoad(page(body))).toBe(false);
    expect(drawsMathAtLoad(page(`<details open><p>${formula}</p></details>`))).toBe(true);
    expect(drawsMathAtLoad(page(`<details><summary>${formula}</summary></details>`))).toBe(true);
  });

  it('inserts the preload before the first screen stylesheet, once, and only on pages with math', () => {
    const out = addMathFontPreload(page(formula), (href) => sheets[href]);
    expect(out).toContain(
      `media="print"><link rel="preload" as="font" type="font/woff2" href="${fontUrl}" crossorigin><link rel="stylesheet" href="/nn/_astro/site.css">`,
    );
    expect(addMathFontPreload(out, (href) => sheets[href])).toBe(out);
    expect(addMathFontPreload(page('<p>No math</p>'), (href) => sheets[href])).toBe(
      page('<p>No math</p>'),
    );
  });
});
