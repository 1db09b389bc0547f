// Writes src/assets/fonts/latin-modern-math.woff2: Latin Modern Math (GUST Font License) cut down to
// the characters the course's formulas draw, with its OpenType MATH table (the sizes of fractions,
// radicals, scripts, and the glyph variants that stretch brackets and sums) kept; and beside it
// latin-modern-math.json, the list of those characters, against which the tests check every
// formula the site shows (src/lib/math-font-coverage.ts). When a test names a missing character,
// add it here and run again:
//   apt-get install fonts-lmodern   # or pass the .otf from a TeX distribution as the first argument
//   node scripts/subset-math-font.mjs [path/to/latinmodern-math.otf]
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const source =
  process.argv[2] ?? '/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf';
const fonts = new URL('../src/assets/fonts/', import.meta.url);

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const codePoints = [
  ...range(0x20, 0x7e), // ASCII: digits, upright letters (function names, text), operators, brackets
  ...[0xa0, 0xac, 0xb1, 0xb7, 0xd7, 0xf7], // no-break space, ¬ ± · × ÷
  ...[0x2c6, 0x2c7, 0x2d9, 0x2dc], // accents: hat, check, dot, tilde
  // Greek capitals, upright as TeX sets them: Γ Δ Θ Λ Ξ Π Σ Υ Φ Ψ Ω
  ...[0x393, 0x394, 0x398, 0x39b, 0x39e, 0x3a0, 0x3a3, 0x3a5, 0x3a6, 0x3a8, 0x3a9],
  ...range(0x2000, 0x200b), // spaces
  ...[0x2016, 0x2026, 0x2032, 0x2033, 0x2061, 0x2062, 0x2063], // ‖ … primes, invisible operators
  ...[0x210e, 0x2112, 0x2113, 0x211d, 0x212c], // ℎ (italic h) ℒ ℓ ℝ ℬ
  ...[0x2190, 0x2192, 0x2194, 0x21a6, 0x21d2, 0x21d4], // ← → ↔ ↦ ⇒ ⇔
  // operators and relations a formula about networks uses
  ...[0x2200, 0x2202, 0x2203, 0x2205, 0x2207, 0x2208, 0x2209, 0x220f, 0x2211, 0x2212, 0x2213],
  ...[0x2217, 0x2218, 0x2219, 0x221a, 0x221d, 0x221e, 0x2223, 0x2225, 0x2227, 0x2228, 0x2229],
  ...[0x222a, 0x222b, 0x223c, 0x2248, 0x2260, 0x2261, 0x2264, 0x2265, 0x226a, 0x226b, 0x2282],
  ...[0x2286, 0x2295, 0x2297, 0x2299, 0x22a4, 0x22c5, 0x22ee, 0x22ef, 0x22f1],
  ...range(0x2308, 0x230b), // ceilings and floors
  ...[0x23de, 0x23df], // over and under braces
  ...[0x27e8, 0x27e9], // angle brackets
  ...range(0x1d41a, 0x1d433), // bold small Latin letters (\mathbf vectors)
  ...range(0x1d434, 0x1d467), // italic Latin letters: every one-letter variable (browsers italicise)
  ...range(0x1d6fc, 0x1d71b), // italic Greek small letters, ∂ and the variants ϵ ϑ ϰ ϕ ϱ ϖ
  0x1d6fb, // italic nabla
  0x1d739, // bold italic delta (\boldsymbol{\delta}, the layer's error vector)
  0x1d53c, // double-struck E (expectation)
  0x1d5b3, // sans-serif T (transpose)
];
const text = String.fromCodePoint(...codePoints);
// No layout closure: the stylistic alternates that GSUB reaches (script-size and flattened-accent
// forms) would double the file; the MATH table's own size variants and stretchy parts are kept.
const font = await subsetFont(readFileSync(source), text, {
  targetFormat: 'woff2',
  noLayoutClosure: true,
});
writeFileSync(new URL('latin-modern-math.woff2', fonts), font);
writeFileSync(
  new URL('latin-modern-math.json', fonts),
  `${JSON.stringify({ codePoints: [...new Set(codePoints)].sort((a, b) => a - b) })}\n`,
);
console.log(
  `latin-modern-math.woff2: ${codePoints.length} characters, ${(font.length / 1024).toFixed(1)} KB`,
);
