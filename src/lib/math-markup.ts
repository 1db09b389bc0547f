import type Temml from 'temml';

/** Temml, the library that turns LaTeX into MathML (loaded up front at build time, lazily in the browser). */
export type TemmlModule = typeof Temml;

/** Temml's `<mo>` for `\big(` and its kin: a fixed `minsize`, no spacing given. */
const SIZED_DELIMITER = /<mo (fence="(?:true|false)" symmetric="true" minsize=)/g;

/**
 * The one place the site typesets LaTeX, for lessons, widgets, notebook outputs, the glossary and
 * the notation page alike: MathML only (browsers draw it with the OpenType math font in
 * `src/styles/math.css`, and screen readers read the same markup), no TeX annotation. A formula
 * Temml cannot parse, or that uses a command LaTeX itself lacks (`strict`), throws. Display
 * formulas come in a `span.math-display`, the box that scrolls a long formula sideways on a phone.
 * A sized delimiter (`\big(`, `\Bigr)`) gets no space of its own, as in TeX: Temml leaves its form
 * to the browser, and Chromium spaced one that stands inside a row like a binary operator, `∑ ( x )`.
 */
export function typesetWith(temml: TemmlModule, latex: string, displayMode = false): string {
  const math = temml.renderToString(latex, {
    displayMode,
    throwOnError: true,
    strict: true,
    annotate: false,
  });
  const tight = math.replaceAll(SIZED_DELIMITER, '<mo lspace="0em" rspace="0em" $1');
  return displayMode ? `<span class="math-display">${tight}</span>` : tight;
}
