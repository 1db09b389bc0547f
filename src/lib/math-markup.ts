import type Temml from 'temml';

/** Temml, the library that turns LaTeX into MathML (loaded up front at build time, lazily in the browser). */
export type TemmlModule = typeof Temml;

/**
 * The one place the site typesets LaTeX, for lessons, widgets, notebook outputs, the glossary and
 * the notation page alike: MathML only (browsers draw it with the OpenType math font in
 * `src/styles/math.css`, and screen readers read the same markup), no TeX annotation. A formula
 * Temml cannot parse, or that uses a command LaTeX itself lacks (`strict`), throws. Display
 * formulas come in a `span.math-display`, the box that scrolls a long formula sideways on a phone.
 */
export function typesetWith(temml: TemmlModule, latex: string, displayMode = false): string {
  const math = temml.renderToString(latex, {
    displayMode,
    throwOnError: true,
    strict: true,
    annotate: false,
  });
  return displayMode ? `<span class="math-display">${math}</span>` : math;
}
